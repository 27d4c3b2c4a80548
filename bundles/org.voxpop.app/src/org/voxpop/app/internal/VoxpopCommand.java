package org.voxpop.app.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.voxpop.core.AtomicFiles;
import org.voxpop.core.Contribution;
import org.voxpop.data.DataImportException;
import org.voxpop.data.Dataset;
import org.voxpop.data.RowCondition;
import org.voxpop.estimation.BrantTest;
import org.voxpop.estimation.EstimationException;
import org.voxpop.estimation.Estimator;
import org.voxpop.estimation.Estimators;
import org.voxpop.estimation.ModelComparison;
import org.voxpop.estimation.ModelEstimation;
import org.voxpop.estimation.ModelFormula;
import org.voxpop.estimation.ModelSpecification;
import org.voxpop.estimation.Vce;
import org.voxpop.estimation.Weight;
import org.voxpop.estimation.result.EstimationResult;
import org.voxpop.estimation.result.ResultJsonWriter;
import org.voxpop.estimation.result.TestStatistic;
import org.voxpop.frequencies.FrequencyException;
import org.voxpop.margins.Margins;
import org.voxpop.report.ReportException;
import org.voxpop.report.Reports;

/**
 * The {@code voxpop} command line: arguments in, files and a Stata-like table out. Problems the user can fix
 * are printed as one line naming what is wrong; stack traces only with {@code --debug}.
 */
public final class VoxpopCommand {

	public static final int OK = 0;
	public static final int FAILED = 1;
	public static final int USAGE = 2;
	public static final int INTERNAL_ERROR = 3;

	private static final String USAGE_TEXT = """
			Usage: voxpop COMMAND [OPTIONS]

			Commands:
			  models                       list the installed estimators and their ids
			  estimate                     fit a model
			      --data FILE              survey data (.csv, .sav, .zsav, .dta)
			      [--codebook FILE]        codebook (.xmi): labels, missing codes, recodes
			      --model ID               estimator id, e.g. logit, ologit (see voxpop models)
			      --formula "Y X1 i.X2 ib3.X3 c.X4#c.X4"
			                               Stata varlist: outcome first, then predictors
			      [--fweight W | --pweight W | --iweight W]
			                               frequency, sampling or importance weights
			      [--vce oim|robust|cluster VAR]
			                               variance: observed information (default;
			                               robust with --pweight), robust, clustered
			      [--margins]              average marginal effects, as margins, dydx(*)
			      [--predictive-margins X] average predicted probabilities by level of
			                               the factor X, as margins i.X
			      [--brant]                Brant test of parallel lines (ordered models)
			      Several --formula options fit nested models side by side (esttab);
			      [--common-sample]        fits them on one sample and adds LR tests
			      [--iterate N]            maximum Newton iterations (default 300)
			      [--if "EXPR"]            sample restriction as Stata's if, e.g.
			                               "country == 1 & age >= 18", inlist(x, 1, 2),
			                               inrange(x, 1, 5), !missing(x)
			      [--json OUT.json]        write the result as JSON
			      [--report OUT.pdf|.html] render the regression report
			  freq                         frequencies, as SPSS FREQUENCIES / Stata proportion
			      --data FILE [--codebook FILE] [--encoding NAME] [--question-set ID]
			      --vars "Q1 Q2 $SET"      variables; $SET is a multiple-response set
			      [--if "EXPR"]            a subpopulation (as svy, subpop()), e.g.
			                               "country == 2"
			      [--by VAR]               one table per group, and the cross-tab with
			                               Pearson and Rao-Scott tests
			      [--pweight W | --fweight W]
			                               sampling weights (design-based SEs and CIs)
			                               or frequency weights
			      [--json OUT.json]        write the tables as JSON
			      [--report OUT.pdf|.html] render the frequency report: tables, stacked
			                               bar charts per variable, tests
			  codebook                     print or export the codebook of a data file
			      --data FILE [--codebook FILE] [--encoding NAME] [--question-set ID]
			      [--recode "recode VAR (4/5 = 1 \"Agree\") (1/3 = 0), generate(NEW)"]
			      [--top-box NEW=VAR[:K]] [--bottom-box NEW=VAR[:K]] [--reverse NEW=VAR]
			      [--valid NEW=VAR:CODES] [--missing NEW=VAR:CODES] [--reference VAR=CODE]
			                               recodes kept in the codebook (save with --xmi,
			                               use with --codebook): top/bottom-K box, reversed
			                               scale, codes valid or missing for one analysis,
			                               the base category of i.VAR
			      [--json OUT.json] [--xmi OUT.xmi] [--ddi OUT.xml]
			                               export as JSON, VoxPop XMI or DDI Codebook 2.5
			      --question-sets          list the installed question sets
			  bench                        time logit, ologit and margins on generated data
			      [--rows N] [--predictors K] [--repeat R] [--write-csv FILE]
			      [--model logit|ologit]   only that model
			      [--import FILE]          instead: time importing FILE, with peak heap
			  help                         show this text

			Global options: --debug (show stack traces)
			""";

	private final PrintStream out;
	private final PrintStream err;

	public VoxpopCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/** Runs one command line; returns the process exit code. */
	public int run(String[] argv) {
		List<String> args = new ArrayList<>(List.of(argv));
		boolean debug = args.remove("--debug");
		try {
			if (args.isEmpty()) {
				err.print(USAGE_TEXT);
				return USAGE;
			}
			String command = args.remove(0);
			return switch (command) {
			case "models" -> models(args);
			case "estimate" -> estimate(args);
			case "freq" -> new FrequencyCommand(out).run(args);
			case "codebook" -> new CodebookCommand(out).run(args);
			case "bench" -> bench(args);
			case "help", "--help", "-h" -> {
				out.print(USAGE_TEXT);
				yield OK;
			}
			default -> throw new CommandLineException("voxpop: unknown command '" + command + "' (commands: models, estimate, freq, codebook, bench, help)");
			};
		} catch (CommandLineException e) {
			err.println(e.getMessage());
			err.println("Run 'voxpop help' for usage.");
			return USAGE;
		} catch (DataImportException | EstimationException | FrequencyException | ReportException | IOException e) {
			err.println("voxpop: " + e.getMessage());
			if (debug) {
				e.printStackTrace(err);
			}
			return FAILED;
		} catch (OperationCanceledException e) {
			err.println("voxpop: cancelled");
			return FAILED;
		} catch (OutOfMemoryError e) {
			err.println("voxpop: out of memory; give Java more heap, e.g. VOXPOP_JAVA_OPTS=-Xmx8g");
			return INTERNAL_ERROR;
		} catch (RuntimeException | LinkageError e) {
			err.println("voxpop: internal error: " + e + (debug ? "" : " (run again with --debug for details)"));
			if (debug) {
				e.printStackTrace(err);
			}
			return INTERNAL_ERROR;
		}
	}

	private int models(List<String> args) throws CommandLineException {
		Arguments.parse("models", args, Set.of(), Set.of());
		List<Contribution<Estimator>> estimators = Estimators.all();
		out.printf(Locale.ROOT, "%-12s %-44s %s%n", "id", "name", "bundle");
		for (Contribution<Estimator> c : estimators) {
			out.printf(Locale.ROOT, "%-12s %-44s %s%n", c.id(), c.name(), c.contributor());
		}
		if (estimators.isEmpty()) {
			err.println("voxpop: no estimators are installed");
			return FAILED;
		}
		return OK;
	}

	private int estimate(List<String> args) throws CommandLineException, DataImportException, EstimationException,
			ReportException, IOException {
		Arguments a = Arguments.parse("estimate", joinClusterVariable(args), Set.of("data", "codebook", "encoding", "question-set",
				"if", "model", "formula", "json", "report", "fweight", "pweight", "iweight", "vce", "iterate", "predictive-margins"),
				Set.of("margins", "common-sample", "brant"));
		a.required("estimate", "data", "poll.csv");
		String modelId = a.required("estimate", "model", "logit");
		a.required("estimate", "formula", "\"support age i.region\"");
		List<ModelFormula> formulas = new ArrayList<>();
		for (String text : a.values("formula")) {
			formulas.add(ModelFormula.parse(text));
		}
		Path json = a.value("json") == null ? null : Path.of(a.value("json"));
		Path report = a.value("report") == null ? null : Path.of(a.value("report"));
		if (report != null) {
			Reports.checkOutputFormat(report);
		}
		Contribution<Estimator> model = Estimators.get(modelId); // fails on an unknown model before reading the data
		// on the other core, while the data are read
		ModelEstimation.warmUpInBackground(modelId, formulas.get(0).terms().size());
		Weight weight = weight(a);
		Vce vce = vce(a, weight);
		int iterations = a.value("iterate") == null ? ModelSpecification.DEFAULT_MAX_ITERATIONS
				: positiveInteger("iterate", a.value("iterate"));
		IProgressMonitor monitor = ConsoleProgress.forTerminal(out);
		RowCondition restriction = DataOptions.condition("estimate", a);
		Dataset dataset = DataOptions.open("estimate", a, out);
		List<ModelSpecification> specs = new ArrayList<>();
		for (ModelFormula formula : formulas) {
			specs.add(ModelSpecification.of(modelId, formula).withWeight(weight).withVce(vce).withMaxIterations(iterations)
					.withRestriction(restriction));
		}
		List<EstimationResult> results = new ArrayList<>(
				ModelComparison.estimate(dataset, specs, a.flag("common-sample"), monitor));
		for (int m = 0; m < results.size(); m++) {
			EstimationResult result = results.get(m);
			if (a.flag("margins") || a.value("predictive-margins") != null) {
				String factor = a.value("predictive-margins");
				List<String> factors = Margins.factorVariables(result.fitted());
				if (factor != null && !factors.contains(factor)) {
					throw new CommandLineException("voxpop estimate: --predictive-margins " + factor + ": not a factor variable "
							+ "of the model (factor variables: " + String.join(", ", factors) + ")");
				}
				result = result.withMargins(a.flag("margins") ? Margins.averageMarginalEffects(result.fitted()) : List.of(),
						factor == null ? List.of() : Margins.predictiveMargins(result.fitted(), factor));
			}
			if (a.flag("brant")) {
				result = result.withTests(BrantTest.test(result.fitted()).stream()
						.map(line -> new TestStatistic("brant", line.term(), line.chi2(), line.df(), line.p())).toList());
			}
			results.set(m, result);
			if (results.size() > 1) {
				out.println("Model " + (m + 1) + ": " + formulas.get(m).outcome() + " " + String.join(" ",
						formulas.get(m).terms().stream().map(t -> t.stataName()).toList()));
			}
			for (int i = 0; i < result.iterationLog().size(); i++) {
				out.printf(Locale.ROOT, "Iteration %d:  Log likelihood = %.8g%n", i, result.iterationLog().get(i));
			}
			out.println();
			out.print(CoefficientTable.format(result, model.name()));
			if (!result.tests().isEmpty()) {
				out.println();
				out.print(CoefficientTable.brant(result));
			}
			out.println();
		}
		List<ModelComparison.LikelihoodRatioTest> lrTests = List.of();
		if (results.size() > 1) {
			out.print(CoefficientTable.sideBySide(results));
			if (a.flag("common-sample")) {
				lrTests = ModelComparison.likelihoodRatioTests(results);
				out.println();
				out.print(CoefficientTable.likelihoodRatioTests(lrTests));
			}
		}
		if (json != null) {
			String text = results.size() == 1 ? ResultJsonWriter.toJson(results.get(0))
					: ResultJsonWriter.toJson(results, lrTests);
			AtomicFiles.write(json, temp -> Files.writeString(temp, text, StandardCharsets.UTF_8));
			out.println("JSON result written to " + json.toAbsolutePath());
		}
		if (report != null) {
			Reports.render(Reports.REGRESSION_TABLE, results, report, monitor);
			out.println("Report written to " + report.toAbsolutePath());
		}
		return results.stream().allMatch(EstimationResult::converged) ? OK : FAILED;
	}

	private int bench(List<String> args) throws CommandLineException, EstimationException, DataImportException,
			IOException {
		Arguments a = Arguments.parse("bench", args, Set.of("rows", "predictors", "repeat", "write-csv", "import", "model"),
				Set.of());
		if (a.value("import") != null) {
			ImportBenchmark.run(out, Path.of(a.value("import")),
					a.value("repeat") == null ? 3 : positiveInteger("repeat", a.value("repeat")));
			return OK;
		}
		int rows = a.value("rows") == null ? 1_000_000 : positiveInteger("rows", a.value("rows"));
		int predictors = a.value("predictors") == null ? 20 : positiveInteger("predictors", a.value("predictors"));
		int repeats = a.value("repeat") == null ? 6 : positiveInteger("repeat", a.value("repeat"));
		List<String> models = a.value("model") == null ? Benchmark.MODELS : List.of(a.value("model"));
		if (!Benchmark.MODELS.containsAll(models)) {
			throw new CommandLineException("voxpop bench: --model " + a.value("model") + ": not benchmarked (models: "
					+ String.join(", ", Benchmark.MODELS) + ")");
		}
		Benchmark.run(out, rows, predictors, repeats, models,
				a.value("write-csv") == null ? null : Path.of(a.value("write-csv")));
		return OK;
	}

	/** {@code --vce cluster VAR} is one option with two words. */
	private static List<String> joinClusterVariable(List<String> args) {
		List<String> result = new ArrayList<>(args);
		for (int i = 0; i + 2 < result.size(); i++) {
			if (result.get(i).equals("--vce") && result.get(i + 1).equals("cluster")) {
				result.set(i + 1, "cluster " + result.remove(i + 2));
			}
		}
		return result;
	}

	private static Weight weight(Arguments a) throws CommandLineException {
		Weight weight = null;
		for (Weight.Type type : Weight.Type.values()) {
			String variable = a.value(type.stataName());
			if (variable != null) {
				if (weight != null) {
					throw new CommandLineException("voxpop estimate: give one kind of weight, not --" + weight.type().stataName()
							+ " and --" + type.stataName());
				}
				weight = new Weight(type, variable);
			}
		}
		return weight;
	}

	private static Vce vce(Arguments a, Weight weight) throws CommandLineException {
		String text = a.value("vce");
		if (text == null) {
			return weight != null && weight.type() == Weight.Type.PROBABILITY ? Vce.ROBUST : Vce.OIM;
		}
		String[] words = text.trim().split("\\s+");
		return switch (words[0]) {
		case "oim" -> Vce.OIM;
		case "robust" -> Vce.ROBUST;
		case "cluster" -> {
			if (words.length != 2) {
				throw new CommandLineException("voxpop estimate: --vce cluster needs the cluster variable, e.g. --vce cluster school");
			}
			yield Vce.cluster(words[1]);
		}
		default -> throw new CommandLineException("voxpop estimate: --vce takes oim, robust or cluster VAR, not '" + text + "'");
		};
	}

	private static int positiveInteger(String option, String value) throws CommandLineException {
		try {
			int n = Integer.parseInt(value);
			if (n > 0) {
				return n;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new CommandLineException("voxpop estimate: --" + option + " takes a positive whole number, not '" + value + "'");
	}
}
