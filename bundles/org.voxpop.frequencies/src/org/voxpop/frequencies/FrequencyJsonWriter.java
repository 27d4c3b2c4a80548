package org.voxpop.frequencies;

import static org.voxpop.core.JsonText.number;
import static org.voxpop.core.JsonText.quote;

import java.util.List;

/**
 * Writes frequency results as JSON, the contract of {@code voxpop freq --json} (documented in the README):
 * <pre>
 * {"data_file", "weight": {"type", "variable"} | null, "level": 0.95,
 *  "frequencies": [{"variable", "label", "group": {"variable", "code", "label"} | null, "respondents", "valid",
 *                   "weighted_total", "weighted_valid", "df",
 *                   "rows": [{"code", "label", "missing", "count", "percent", "valid_percent", "weighted_count",
 *                             "weighted_percent", "weighted_valid_percent", "se", "ci_low", "ci_high"}],
 *                   "boxes": [{"name", "label", "codes", "percent", "se", "ci_low", "ci_high"}]}],
 *  "crosstabs": [{"row_variable", "column_variable", "row_codes", "row_labels", "column_codes", "column_labels",
 *                 "counts", "weighted_counts", "column_percents", "column_percent_se",
 *                 "test": {"pearson_chi2", "df", "pearson_p", "weighted_chi2", "rao_scott_f", "ndf", "ddf",
 *                          "rao_scott_p", "first_order_chi2", "first_order_p"}}],
 *  "multiple_response": [{"set", "label", "group", "respondents", "weighted_base",
 *                         "options": [{"name", "label", "count", "percent", "weighted_count", "weighted_percent",
 *                                      "se", "ci_low", "ci_high"}]}]}
 * </pre>
 * Percentages are 0–100; {@code missing} is null for a valid answer, else the missing kind ("notSure",
 * "noResponse", "notAsked", "other", "system"); a system-missing line has {@code "code": null}; undefined numbers
 * (a percentage of nobody, the valid percentage of a missing line) are {@code null}. Matrices are [row][column].
 */
public final class FrequencyJsonWriter {

	private FrequencyJsonWriter() {
	}

	/** The report as JSON text; never {@code null}. */
	public static String toJson(FrequencyReport report) {
		SurveyWeight weight = report.weight();
		List<FrequencyTable> frequencies = report.frequencies();
		List<CrossTable> crossTables = report.crossTables();
		List<MultipleResponseTable> multipleResponses = report.multipleResponses();
		StringBuilder out = new StringBuilder(8192).append("{\n  \"data_file\": ").append(quote(report.dataFile()));
		out.append(",\n  \"weight\": ");
		out.append(weight == null ? "null"
				: "{\"type\": " + quote(weight.option()) + ", \"variable\": " + quote(weight.variable()) + "}");
		out.append(",\n  \"level\": ").append(number(Frequencies.LEVEL));
		out.append(",\n  \"frequencies\": [");
		for (int t = 0; t < frequencies.size(); t++) {
			FrequencyTable table = frequencies.get(t);
			out.append(t == 0 ? "\n" : ",\n").append("    {\"variable\": ").append(quote(table.variable()));
			out.append(", \"label\": ").append(quote(table.label()));
			group(out, table.group());
			out.append(", \"respondents\": ").append(number(table.respondents()));
			out.append(", \"valid\": ").append(number(table.valid()));
			out.append(", \"weighted_total\": ").append(number(table.weightedTotal()));
			out.append(", \"weighted_valid\": ").append(number(table.weightedValid()));
			out.append(", \"df\": ").append(number(table.degreesOfFreedom()));
			out.append(",\n      \"rows\": [");
			for (int i = 0; i < table.rows().size(); i++) {
				FrequencyRow row = table.rows().get(i);
				out.append(i == 0 ? "\n" : ",\n").append("        {\"code\": ").append(number(row.code()));
				out.append(", \"label\": ").append(quote(row.label()));
				out.append(", \"missing\": ").append(row.isMissing() ? quote(row.missingKind().getLiteral()) : "null");
				out.append(", \"count\": ").append(number(row.count()));
				out.append(", \"percent\": ").append(number(row.percent()));
				out.append(", \"valid_percent\": ").append(number(row.validPercent()));
				out.append(", \"weighted_count\": ").append(number(row.weightedCount()));
				out.append(", \"weighted_percent\": ").append(number(row.weightedPercent()));
				Estimate e = row.estimate();
				out.append(", \"weighted_valid_percent\": ").append(number(e == null ? Double.NaN : e.percent()));
				estimate(out, e, false);
				out.append('}');
			}
			out.append(table.rows().isEmpty() ? "]" : "\n      ]").append(",\n      \"boxes\": [");
			for (int i = 0; i < table.boxes().size(); i++) {
				BoxScore box = table.boxes().get(i);
				out.append(i == 0 ? "" : ", ").append("{\"name\": ").append(quote(box.name()));
				out.append(", \"label\": ").append(quote(box.label()));
				out.append(", \"codes\": ").append(numbers(box.codes()));
				estimate(out, box.estimate(), true);
				out.append('}');
			}
			out.append("]}");
		}
		out.append(frequencies.isEmpty() ? "]" : "\n  ]").append(",\n  \"crosstabs\": [");
		for (int t = 0; t < crossTables.size(); t++) {
			CrossTable table = crossTables.get(t);
			out.append(t == 0 ? "\n" : ",\n").append("    {\"row_variable\": ").append(quote(table.rowVariable()));
			out.append(", \"column_variable\": ").append(quote(table.columnVariable()));
			out.append(",\n      \"row_codes\": ").append(numbers(table.rowCodes()));
			out.append(", \"row_labels\": ").append(strings(table.rowLabels()));
			out.append(",\n      \"column_codes\": ").append(numbers(table.columnCodes()));
			out.append(", \"column_labels\": ").append(strings(table.columnLabels()));
			out.append(",\n      \"counts\": ").append(matrix(table.counts()));
			out.append(",\n      \"weighted_counts\": ").append(matrix(table.weightedCounts()));
			double[][] percents = new double[table.rowCodes().size()][table.columnCodes().size()];
			double[][] ses = new double[percents.length][percents[0].length];
			for (int i = 0; i < percents.length; i++) {
				for (int j = 0; j < percents[i].length; j++) {
					percents[i][j] = table.columnPercents()[i][j].percent();
					ses[i][j] = table.columnPercents()[i][j].se();
				}
			}
			out.append(",\n      \"column_percents\": ").append(matrix(percents));
			out.append(",\n      \"column_percent_se\": ").append(matrix(ses));
			IndependenceTest test = table.test();
			out.append(",\n      \"test\": {\"pearson_chi2\": ").append(number(test.pearsonChi2()));
			out.append(", \"df\": ").append(test.df());
			out.append(", \"pearson_p\": ").append(number(test.pearsonP()));
			out.append(", \"weighted_chi2\": ").append(number(test.weightedChi2()));
			out.append(", \"rao_scott_f\": ").append(number(test.raoScottF()));
			out.append(", \"ndf\": ").append(number(test.numeratorDf()));
			out.append(", \"ddf\": ").append(number(test.denominatorDf()));
			out.append(", \"rao_scott_p\": ").append(number(test.raoScottP()));
			out.append(", \"first_order_chi2\": ").append(number(test.firstOrderChi2()));
			out.append(", \"first_order_p\": ").append(number(test.firstOrderP())).append("}}");
		}
		out.append(crossTables.isEmpty() ? "]" : "\n  ]").append(",\n  \"multiple_response\": [");
		for (int t = 0; t < multipleResponses.size(); t++) {
			MultipleResponseTable table = multipleResponses.get(t);
			out.append(t == 0 ? "\n" : ",\n").append("    {\"set\": ").append(quote(table.set()));
			out.append(", \"label\": ").append(quote(table.label()));
			group(out, table.group());
			out.append(", \"respondents\": ").append(number(table.respondents()));
			out.append(", \"weighted_base\": ").append(number(table.weightedBase()));
			out.append(",\n      \"options\": [");
			for (int i = 0; i < table.options().size(); i++) {
				MultipleResponseTable.Option option = table.options().get(i);
				out.append(i == 0 ? "\n" : ",\n").append("        {\"name\": ").append(quote(option.name()));
				out.append(", \"label\": ").append(quote(option.label()));
				out.append(", \"count\": ").append(number(option.count()));
				out.append(", \"percent\": ").append(number(option.percent()));
				out.append(", \"weighted_count\": ").append(number(option.weightedCount()));
				out.append(", \"weighted_percent\": ").append(number(option.estimate().percent()));
				estimate(out, option.estimate(), false);
				out.append('}');
			}
			out.append(table.options().isEmpty() ? "]}" : "\n      ]}");
		}
		return out.append(multipleResponses.isEmpty() ? "]" : "\n  ]").append("\n}\n").toString();
	}

	private static void group(StringBuilder out, Group group) {
		out.append(", \"group\": ");
		out.append(group == null ? "null"
				: "{\"variable\": " + quote(group.variable()) + ", \"code\": " + number(group.code()) + ", \"label\": "
						+ quote(group.label()) + "}");
	}

	private static void estimate(StringBuilder out, Estimate e, boolean withPercent) {
		if (withPercent) {
			out.append(", \"percent\": ").append(number(e == null ? Double.NaN : e.percent()));
		}
		out.append(", \"se\": ").append(number(e == null ? Double.NaN : e.se()));
		out.append(", \"ci_low\": ").append(number(e == null ? Double.NaN : e.ciLow()));
		out.append(", \"ci_high\": ").append(number(e == null ? Double.NaN : e.ciHigh()));
	}

	private static String numbers(List<Double> values) {
		return "[" + String.join(", ", values.stream().map(v -> number(v)).toList()) + "]";
	}

	private static String strings(List<String> values) {
		return "[" + String.join(", ", values.stream().map(v -> quote(v)).toList()) + "]";
	}

	private static String matrix(double[][] values) {
		StringBuilder out = new StringBuilder("[");
		for (int i = 0; i < values.length; i++) {
			out.append(i == 0 ? "[" : ", [");
			for (int j = 0; j < values[i].length; j++) {
				out.append(j == 0 ? "" : ", ").append(number(values[i][j]));
			}
			out.append(']');
		}
		return out.append(']').toString();
	}
}
