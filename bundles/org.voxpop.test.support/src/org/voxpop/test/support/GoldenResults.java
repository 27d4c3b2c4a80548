package org.voxpop.test.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.voxpop.test.support.NumericAssertions.RELATIVE_TOLERANCE;
import static org.voxpop.test.support.NumericAssertions.assertRelativelyClose;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.voxpop.data.DataImportException;
import org.voxpop.data.Dataset;
import org.voxpop.data.ImportSource;
import org.voxpop.data.Importers;
import org.voxpop.estimation.EstimationException;
import org.voxpop.estimation.ModelEstimation;
import org.voxpop.estimation.ModelFormula;
import org.voxpop.estimation.ModelSpecification;
import org.voxpop.estimation.Vce;
import org.voxpop.estimation.Weight;
import org.voxpop.estimation.result.Coefficient;
import org.voxpop.estimation.result.EstimationResult;
import org.voxpop.estimation.result.Margin;
import org.voxpop.estimation.result.TestStatistic;

/**
 * Compares an estimation result with a golden case folder made by an independent implementation (R):
 * {@code coefficients.csv} (term, estimate, se), {@code fit.csv} (stat, value: n, loglik, loglik0),
 * {@code margins.csv} (term, outcome, dydx, se), {@code predictive_margins.csv} (term, outcome, margin, se) and
 * {@code brant.csv} (term, chi2, df, p), each optional but the first. Numbers must agree within {@link NumericAssertions#RELATIVE_TOLERANCE}.
 */
public final class GoldenResults {

	private GoldenResults() {
	}

	/**
	 * Parses a specification as the command line writes it.
	 *
	 * @param weight {@code -}, or {@code fweight=w}, {@code pweight=w}, {@code iweight=w}
	 * @param vce    {@code oim}, {@code robust} or {@code cluster VAR}
	 */
	public static ModelSpecification specification(String model, String formula, String weight, String vce)
			throws EstimationException {
		ModelSpecification spec = ModelSpecification.of(model, ModelFormula.parse(formula));
		if (!weight.equals("-")) {
			String[] parts = weight.split("=");
			Weight.Type type = java.util.Arrays.stream(Weight.Type.values()).filter(t -> t.stataName().equals(parts[0]))
					.findFirst().orElseThrow();
			spec = spec.withWeight(new Weight(type, parts[1]));
		}
		String[] words = vce.trim().split("\\s+");
		return spec.withVce(switch (words[0]) {
		case "oim" -> Vce.OIM;
		case "robust" -> Vce.ROBUST;
		default -> Vce.cluster(words[1]);
		});
	}

	/** Imports a fixture CSV (with its codebook when {@code codebook} is not null). */
	public static Dataset dataset(Path csv, Path codebook) throws DataImportException {
		return Importers.importDataset(new ImportSource(csv, codebook, null), new NullProgressMonitor());
	}

	/** Fits {@code spec} to {@code data}. */
	public static EstimationResult fit(Dataset data, ModelSpecification spec) throws EstimationException {
		return ModelEstimation.estimate(data, spec, new NullProgressMonitor());
	}

	/** Asserts that {@code result} matches every file present in {@code caseFolder}. */
	public static void assertMatches(Path caseFolder, EstimationResult result) {
		List<Map<String, String>> coefficients = Fixtures.table(caseFolder.resolve("coefficients.csv"));
		List<String> estimated = new ArrayList<>();
		result.coefficients().stream().filter(c -> !c.base()).map(Coefficient::term).forEach(estimated::add);
		result.cutpoints().stream().map(Coefficient::term).forEach(estimated::add);
		assertEquals(coefficients.stream().map(r -> r.get("term")).toList(), estimated, "the same terms in Stata's order");
		for (Map<String, String> row : coefficients) {
			Coefficient c = result.coefficient(row.get("term"));
			assertRelativelyClose(number(row, "estimate"), c.estimate(), RELATIVE_TOLERANCE, c.term() + " estimate");
			assertRelativelyClose(number(row, "se"), c.se(), RELATIVE_TOLERANCE, c.term() + " se");
		}
		Path fit = caseFolder.resolve("fit.csv");
		if (Files.exists(fit)) {
			Map<String, Double> stats = Fixtures.statistics(fit);
			if (stats.containsKey("n")) {
				assertEquals(stats.get("n").longValue(), result.n(), "N");
			}
			if (stats.containsKey("loglik")) {
				assertRelativelyClose(stats.get("loglik"), result.logLikelihood(), 1e-9, "log likelihood");
			}
			if (stats.containsKey("loglik0")) {
				assertRelativelyClose(stats.get("loglik0"), result.nullLogLikelihood(), 1e-9, "null log likelihood");
			}
		}
		assertMargins(caseFolder.resolve("margins.csv"), "dydx", result.margins());
		assertMargins(caseFolder.resolve("predictive_margins.csv"), "margin", result.predictiveMargins());
		Path brant = caseFolder.resolve("brant.csv");
		if (Files.exists(brant)) {
			List<Map<String, String>> rows = Fixtures.table(brant);
			assertEquals(rows.stream().map(r -> r.get("term")).toList(), result.tests().stream().map(TestStatistic::term).toList(),
					"Brant test lines");
			for (int i = 0; i < rows.size(); i++) {
				Map<String, String> row = rows.get(i);
				TestStatistic test = result.tests().get(i);
				assertRelativelyClose(number(row, "chi2"), test.chi2(), RELATIVE_TOLERANCE, "Brant chi2 " + test.term());
				assertEquals((int) number(row, "df"), test.df(), "Brant df " + test.term());
				assertRelativelyClose(Math.log(number(row, "p")), Math.log(test.p()), RELATIVE_TOLERANCE, "Brant ln p " + test.term());
			}
		}
	}

	private static void assertMargins(Path file, String valueColumn, List<Margin> margins) {
		if (!Files.exists(file)) {
			return;
		}
		List<Map<String, String>> rows = Fixtures.table(file);
		assertEquals(rows.size(), margins.size(), "number of margins in " + file.getFileName());
		for (Map<String, String> row : rows) {
			String outcomeText = row.get("outcome");
			double outcome = outcomeText == null || outcomeText.isEmpty() || outcomeText.equals("NA") ? Double.NaN
					: Double.parseDouble(outcomeText);
			Margin margin = margins.stream()
					.filter(m -> m.term().equals(row.get("term")) && Double.compare(m.outcome(), outcome) == 0).findFirst()
					.orElse(null);
			String what = file.getFileName() + " " + row.get("term") + " outcome " + outcomeText;
			assertNotNull(margin, what);
			assertRelativelyClose(number(row, valueColumn), margin.estimate(), RELATIVE_TOLERANCE, what);
			assertRelativelyClose(number(row, "se"), margin.se(), RELATIVE_TOLERANCE, what + " se");
		}
	}

	private static double number(Map<String, String> row, String column) {
		String text = row.get(column);
		assertNotNull(text, "column " + column);
		return Double.parseDouble(text);
	}
}
