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

import org.eclipse.core.runtime.NullProgressMonitor;
import org.voxpop.core.AtomicFiles;
import org.voxpop.data.Codes;
import org.voxpop.data.DataImportException;
import org.voxpop.data.Dataset;
import org.voxpop.data.RowCondition;
import org.voxpop.frequencies.BoxScore;
import org.voxpop.frequencies.CrossTable;
import org.voxpop.frequencies.Estimate;
import org.voxpop.frequencies.Frequencies;
import org.voxpop.frequencies.FrequencyException;
import org.voxpop.frequencies.FrequencyJsonWriter;
import org.voxpop.frequencies.FrequencyReport;
import org.voxpop.frequencies.FrequencyRow;
import org.voxpop.frequencies.FrequencyTable;
import org.voxpop.frequencies.IndependenceTest;
import org.voxpop.frequencies.MultipleResponseTable;
import org.voxpop.frequencies.SurveyWeight;
import org.voxpop.report.ReportException;
import org.voxpop.report.Reports;

/**
 * {@code voxpop freq}: frequency tables as SPSS lays them out (valid answers, then missing codes, then system
 * missing), with weighted percentages, standard errors and 95% CIs, top-2/bottom-2 boxes, multiple-response sets
 * ({@code $name} in {@code --vars}) and, with {@code --by}, tables per group plus the cross-tab with its tests;
 * {@code --json} writes them as JSON, {@code --report} as a PDF or HTML report (template
 * {@link Reports#FREQUENCY_TABLES}).
 */
final class FrequencyCommand {

	private final PrintStream out;

	FrequencyCommand(PrintStream out) {
		this.out = out;
	}

	int run(List<String> args) throws CommandLineException, DataImportException, FrequencyException, ReportException,
			IOException {
		Arguments a = Arguments.parse("freq", args, Set.of("data", "codebook", "encoding", "question-set", "vars", "by",
				"if", "pweight", "fweight", "json", "report"), Set.of());
		String vars = a.required("freq", "vars", "\"q1 q2 $sources\"");
		if (a.value("pweight") != null && a.value("fweight") != null) {
			throw new CommandLineException("voxpop freq: give one kind of weight, not --pweight and --fweight");
		}
		Path report = a.value("report") == null ? null : Path.of(a.value("report"));
		if (report != null) {
			Reports.checkOutputFormat(report); // before the data are read
		}
		SurveyWeight weight = a.value("pweight") != null ? new SurveyWeight(SurveyWeight.Type.SAMPLING, a.value("pweight"))
				: a.value("fweight") != null ? new SurveyWeight(SurveyWeight.Type.FREQUENCY, a.value("fweight")) : null;
		RowCondition condition = DataOptions.condition("freq", a);
		Dataset dataset = DataOptions.open("freq", a, out);
		Frequencies frequencies = new Frequencies(dataset, weight, condition);
		if (condition != null) {
			out.println("(" + condition + ": a subpopulation of the whole sample)");
		}
		String by = a.value("by");
		List<FrequencyTable> tables = new ArrayList<>();
		List<CrossTable> crossTables = new ArrayList<>();
		List<MultipleResponseTable> sets = new ArrayList<>();
		for (String name : vars.trim().split("\\s+")) {
			if (name.startsWith("$")) {
				List<MultipleResponseTable> set = frequencies.multipleResponse(name.substring(1), by);
				set.forEach(this::print);
				sets.addAll(set);
				continue;
			}
			List<FrequencyTable> own = frequencies.frequencies(name, by);
			own.forEach(table -> print(table, weight));
			tables.addAll(own);
			if (by != null) {
				CrossTable crossTable = frequencies.crossTable(name, by);
				print(crossTable, weight != null);
				crossTables.add(crossTable);
			}
		}
		FrequencyReport result = new FrequencyReport(dataset.displayName(), weight, tables, crossTables, sets);
		if (a.value("json") != null) {
			Path json = Path.of(a.value("json"));
			String text = FrequencyJsonWriter.toJson(result);
			AtomicFiles.write(json, temp -> Files.writeString(temp, text, StandardCharsets.UTF_8));
			out.println("JSON result written to " + json.toAbsolutePath());
		}
		if (report != null) {
			Reports.render(Reports.FREQUENCY_TABLES, result, report, new NullProgressMonitor());
			out.println("Report written to " + report.toAbsolutePath());
		}
		return VoxpopCommand.OK;
	}

	private void print(FrequencyTable table, SurveyWeight weight) {
		out.println();
		out.println(title(table.variable(), table.label(), table.group()) + (weight == null ? ""
				: "   [" + weight.option() + " = " + weight.variable() + "]"));
		out.printf(Locale.ROOT, "%-36s %9s %8s %8s %10s %8s %17s%n", "", "Count", "Percent", "Valid %", "Wtd valid %",
				"SE", "[95% CI]");
		boolean missingStarted = false;
		for (FrequencyRow row : table.rows()) {
			String section = "";
			if (row.isMissing() && !missingStarted) {
				section = "Missing";
				missingStarted = true;
			} else if (row == table.rows().get(0) && !row.isMissing()) {
				section = "Valid";
			}
			String what = row.codeText() + " " + row.label()
					+ (row.isMissing() && !Double.isNaN(row.code()) ? " (" + row.missingKind().getLiteral() + ")" : "");
			Estimate e = row.estimate();
			out.printf(Locale.ROOT, "%-8s%-28s %9s %8.1f %8s %10s %8s %17s%n", section, cut(what, 28),
					count(row.count()), row.percent(), e == null ? "" : percent(row.validPercent()),
					e == null ? "" : percent(e.percent()), e == null ? "" : percent(e.se()), interval(e));
		}
		out.printf(Locale.ROOT, "%-36s %9s %8.1f%n", "Total", count(table.respondents()), 100.0);
		for (BoxScore box : table.boxes()) {
			Estimate e = box.estimate();
			out.printf(Locale.ROOT, "%-36s %9s %8s %8s %10s %8s %17s%n", cut(box.label(), 36), "", "", "",
					percent(e.percent()), percent(e.se()), interval(e));
		}
	}

	private void print(CrossTable table, boolean weighted) {
		out.println();
		out.println(table.rowVariable() + " by " + table.columnVariable() + (weighted ? ": weighted column percentages"
				: ": column percentages"));
		StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-30s", ""));
		for (String label : table.columnLabels()) {
			header.append(String.format(Locale.ROOT, " %12s", cut(label, 12)));
		}
		out.println(header);
		for (int i = 0; i < table.rowCodes().size(); i++) {
			StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-30s",
					cut(Codes.format(table.rowCodes().get(i)) + " " + table.rowLabels().get(i), 30)));
			for (int j = 0; j < table.columnCodes().size(); j++) {
				line.append(String.format(Locale.ROOT, " %12s", percent(table.columnPercents()[i][j].percent())));
			}
			out.println(line);
		}
		IndependenceTest test = table.test();
		if (test.df() == 0) {
			out.println("  (one row or one column: no test of independence)");
			return;
		}
		out.printf(Locale.ROOT, "  Pearson (unweighted):  chi2(%d) = %10.4f   Pr = %.4f%n", test.df(), test.pearsonChi2(),
				test.pearsonP());
		out.printf(Locale.ROOT, "  Design-based (Rao-Scott):  F(%.2f, %.2f) = %8.4f   P = %.4f%n", test.numeratorDf(),
				test.denominatorDf(), test.raoScottF(), test.raoScottP());
	}

	private void print(MultipleResponseTable table) {
		out.println();
		out.println(title("$" + table.set(), table.label(), table.group()) + "   (percent of "
				+ count(table.respondents()) + " respondents)");
		out.printf(Locale.ROOT, "%-36s %9s %8s %10s %8s %17s%n", "", "Count", "Percent", "Weighted %", "SE", "[95% CI]");
		for (MultipleResponseTable.Option option : table.options()) {
			Estimate e = option.estimate();
			out.printf(Locale.ROOT, "%-36s %9s %8.1f %10s %8s %17s%n", cut(option.label(), 36), count(option.count()),
					option.percent(), percent(e.percent()), percent(e.se()), interval(e));
		}
	}

	private static String title(String name, String label, org.voxpop.frequencies.Group group) {
		return name + (label == null ? "" : "  " + label)
				+ (group == null ? "" : "   -- " + group.variable() + " = " + Codes.format(group.code())
						+ (group.label().equals(Codes.format(group.code())) ? "" : " (" + group.label() + ")"));
	}

	private static String count(double count) {
		return Codes.format(count);
	}

	private static String percent(double value) {
		return FrequencyRow.formatPercent(value);
	}

	private static String interval(Estimate e) {
		return e == null ? "" : String.format(Locale.ROOT, "%7s %7s", percent(e.ciLow()), percent(e.ciHigh()));
	}

	private static String cut(String text, int width) {
		return text.length() <= width ? text : text.substring(0, width - 1) + "…";
	}
}
