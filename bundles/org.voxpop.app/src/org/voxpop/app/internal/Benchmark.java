package org.voxpop.app.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.voxpop.codebook.CodebookFactory;
import org.voxpop.data.Codes;
import org.voxpop.data.Column;
import org.voxpop.data.Dataset;
import org.voxpop.data.NumericColumn;
import org.voxpop.estimation.DesignMatrixBuilder;
import org.voxpop.estimation.EstimationException;
import org.voxpop.estimation.ModelEstimation;
import org.voxpop.estimation.ModelFormula;
import org.voxpop.estimation.ModelSpecification;
import org.voxpop.estimation.result.EstimationResult;
import org.voxpop.margins.Margins;

/**
 * {@code voxpop bench}: fits logit and ordered logit with OIM standard errors, and all average marginal effects with
 * delta-method standard errors, on a generated, seeded dataset held in memory, and prints the first (cold) and the
 * best of several warm timings. {@code --write-csv FILE} writes the same data for whole-process comparisons.
 */
final class Benchmark {

	/** Seed of the generated data, so that runs and the CSV are reproducible. */
	static final long SEED = 20261123L;

	private Benchmark() {
	}

	/** Outcome {@code y} (0/1), {@code yo} (1..5) and predictors {@code x1..xK} ~ N(0, 1). */
	static Dataset generate(int rows, int predictors) {
		SplittableRandom random = new SplittableRandom(SEED);
		double[][] x = new double[predictors][rows];
		double[] y = new double[rows];
		double[] yo = new double[rows];
		double[] beta = new double[predictors];
		for (int j = 0; j < predictors; j++) {
			beta[j] = (j % 2 == 0 ? 1 : -1) * 0.05 * (1 + j % 5);
		}
		double[] cutpoints = { -2.0, -0.7, 0.7, 2.0 };
		for (int i = 0; i < rows; i++) {
			double eta = 0;
			for (int j = 0; j < predictors; j++) {
				double v = Math.round(gaussian(random) * 1000) / 1000.0; // 3 decimals, as written to CSV
				x[j][i] = v;
				eta += beta[j] * v;
			}
			double u = random.nextDouble();
			double logistic = Math.log(u / (1 - u));
			y[i] = -0.2 + eta + logistic > 0 ? 1 : 0;
			double latent = eta + logistic;
			int category = 1;
			while (category <= cutpoints.length && latent > cutpoints[category - 1]) {
				category++;
			}
			yo[i] = category;
		}
		List<Column> columns = new ArrayList<>();
		columns.add(new NumericColumn("y", y));
		columns.add(new NumericColumn("yo", yo));
		for (int j = 0; j < predictors; j++) {
			columns.add(new NumericColumn("x" + (j + 1), x[j]));
		}
		return new Dataset(null, CodebookFactory.eINSTANCE.createStudy(), columns);
	}

	private static double gaussian(SplittableRandom random) {
		double u1 = random.nextDouble();
		double u2 = random.nextDouble();
		return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
	}

	static String formula(String outcome, int predictors) {
		StringBuilder text = new StringBuilder(outcome);
		for (int j = 1; j <= predictors; j++) {
			text.append(" x").append(j);
		}
		return text.toString();
	}

	static void writeCsv(Dataset data, Path file) throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write(String.join(",", data.columnNames()));
			out.write('\n');
			List<double[]> columns = data.columnNames().stream().map(n -> ((NumericColumn) data.column(n)).values()).toList();
			StringBuilder line = new StringBuilder(256);
			for (int i = 0; i < data.rowCount(); i++) {
				line.setLength(0);
				for (int c = 0; c < columns.size(); c++) {
					if (c > 0) {
						line.append(',');
					}
					double v = columns.get(c)[i];
					line.append(Codes.format(v));
				}
				out.append(line).append('\n');
			}
		}
	}

	/** The models benchmarked, with their outcomes in the generated data. */
	static final List<String> MODELS = List.of("logit", "ologit");

	/** @param models some of {@link #MODELS}, in that order */
	static void run(PrintStream out, int rows, int predictors, int repeats, List<String> models, Path csv)
			throws EstimationException, IOException {
		long start = System.nanoTime();
		// as voxpop estimate does while it reads the data (the first job's model; the others' cold fits follow it)
		ModelEstimation.warmUpInBackground(models.get(0), predictors);
		Dataset data = generate(rows, predictors);
		out.printf(Locale.ROOT, "data: %,d rows x %d predictors, seed %d, generated in %.2f s; Java %s, %d cores, %s kernels%n",
				rows, predictors, SEED, seconds(start), Runtime.version(), Runtime.getRuntime().availableProcessors(),
				ModelEstimation.kernels());
		if (csv != null) {
			writeCsv(data, csv);
			out.println("CSV written to " + csv.toAbsolutePath());
			return;
		}
		String[][] jobs = { { "logit", "y" }, { "ologit", "yo" } };
		for (String[] job : jobs) {
			if (!models.contains(job[0])) {
				continue;
			}
			ModelSpecification spec = ModelSpecification.of(job[0], ModelFormula.parse(formula(job[1], predictors)));
			double[] fit = new double[repeats];
			double[] margins = new double[repeats];
			EstimationResult result = null;
			for (int r = 0; r < repeats; r++) {
				long t0 = System.nanoTime();
				result = ModelEstimation.estimate(data, spec, new NullProgressMonitor());
				fit[r] = seconds(t0);
				long t1 = System.nanoTime();
				result = result.withMargins(Margins.averageMarginalEffects(result.fitted()), List.of());
				margins[r] = seconds(t1);
			}
			out.printf(Locale.ROOT, "%-7s fit with OIM SEs: cold %.3f s, warm best %.3f s, median %.3f s (%d Newton steps, "
					+ "log L %.4f)%n", job[0], fit[0], best(fit), median(fit), result.iterations(), result.logLikelihood());
			double[] design = new double[Math.max(2, repeats / 2)];
			for (int r = 0; r < design.length; r++) {
				long t0 = System.nanoTime();
				DesignMatrixBuilder.build(data, spec, job[0].equals("logit"));
				design[r] = seconds(t0);
			}
			out.printf(Locale.ROOT, "%-7s of which building the design matrix from the dataset: warm best %.3f s%n", "",
					best(design));
			out.printf(Locale.ROOT, "%-7s %d AMEs with delta-method SEs: cold %.3f s, warm best %.3f s, median %.3f s%n", "",
					result.margins().size(), margins[0], best(margins), median(margins));
		}
		out.printf(Locale.ROOT, "peak heap after the runs: %,d MB%n",
				ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted() >> 20);
	}

	private static double seconds(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e9;
	}

	private static double best(double[] times) {
		return Arrays.stream(times, Math.min(1, times.length - 1), times.length).min().orElse(times[0]);
	}

	private static double median(double[] times) {
		double[] warm = Arrays.copyOfRange(times, Math.min(1, times.length - 1), times.length);
		Arrays.sort(warm);
		return warm[warm.length / 2];
	}
}
