package org.voxpop.report.internal;

import static org.voxpop.report.internal.ReportData.number;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.voxpop.data.Codes;
import org.voxpop.frequencies.BoxScore;
import org.voxpop.frequencies.CrossTable;
import org.voxpop.frequencies.Estimate;
import org.voxpop.frequencies.FrequencyReport;
import org.voxpop.frequencies.FrequencyRow;
import org.voxpop.frequencies.FrequencyTable;
import org.voxpop.frequencies.Group;
import org.voxpop.frequencies.IndependenceTest;
import org.voxpop.frequencies.MultipleResponseTable;

/**
 * A {@link FrequencyReport} as report designs see it: the scripted data sets of a template with
 * {@code resultKind="frequencies"} read it through the script object {@code voxpop}, one row at a time:
 * {@code voxpop.tables()}, {@code voxpop.frequencies()}, {@code voxpop.distribution()}, {@code voxpop.crossTests()}
 * and {@code voxpop.multipleResponse()} (columns: the record components below). Percentages are 0–100; numbers
 * that do not exist (the valid percentage of a missing line, a percentage of nobody) are {@code null}.
 */
public final class FrequencyReportData {

	/** The group of a table that has none. */
	public static final String ALL = "All";

	/**
	 * One frequency table (a variable, overall or in one group); what a template's "tables" data set binds to.
	 *
	 * @param tableIndex    1, 2, … in the order of the run (per variable, then per group)
	 * @param variableIndex 1, 2, … per variable, in the order asked for
	 * @param title         e.g. "q1  Support for the proposal — year = 2021"
	 * @param group         e.g. "year = 2021", "country = 1 (Korea)"; {@code null} for all respondents
	 * @param dataFile      the data file's name; may be {@code null}
	 * @param weight        e.g. "pweight = w", or "unweighted"
	 * @param df            the design degrees of freedom of the valid answers
	 */
	public record TableRow(int tableIndex, int variableIndex, String variable, String label, String title, String group,
			String dataFile, String weight, Double respondents, Double valid, Double weightedTotal, Double weightedValid,
			Double df) {
	}

	/**
	 * One line of a frequency table; what a template's "frequencies" data set binds to. Per table: the valid answers,
	 * the missing lines, then the boxes (section "Box").
	 *
	 * @param section              "Valid", "Missing" or "Box"
	 * @param lineIndex            1, 2, … within the table
	 * @param code                 the code as text ("." for system missing, "" for a box)
	 * @param answer               code and label, e.g. "1  Strongly oppose"; the label alone for a box
	 * @param missingKind          "notSure", "noResponse", "notAsked", "other", "system"; {@code null} unless missing
	 * @param weightedValidPercent the weighted percentage of valid answers (the box share on box lines)
	 */
	public record FrequencyLine(int tableIndex, int variableIndex, String variable, String title, String group,
			String section, int lineIndex, String code, String label, String answer, String missingKind, Double count,
			Double percent, Double validPercent, Double weightedValidPercent, Double se, Double ciLow, Double ciHigh) {
	}

	/**
	 * One bar segment of a stacked distribution chart: a valid answer's weighted percentage in one group; what a
	 * template's "distribution" data set binds to.
	 *
	 * @param groupIndex  1, 2, … in the order of the groups (one bar each)
	 * @param groupLabel  the group's value label (e.g. "2021"), or "All"
	 * @param answerIndex 1, 2, … in code order (the order of the series)
	 * @param ordinal     whether the variable is an ordinal scale (it has top/bottom boxes): a diverging palette
	 */
	public record DistributionRow(int variableIndex, String variable, String title, int groupIndex, String groupLabel,
			int answerIndex, String answer, Double weightedValidPercent, boolean ordinal) {
	}

	/**
	 * The tests of independence of one cross-tab; what a template's "crossTests" data set binds to.
	 *
	 * @param title    e.g. "q1 by year"
	 * @param pearson  e.g. "Pearson (unweighted) chi2(4) = 5.1234, Pr = 0.2749"
	 * @param raoScott e.g. "Design-based F(3.99, 2152.33) = 1.0543, P = 0.3776", as Stata's svy: tabulate
	 */
	public record CrossTestRow(int variableIndex, String variable, String title, String pearson, String raoScott,
			Double pearsonChi2, int df, Double pearsonP, Double raoScottF, Double numeratorDf, Double denominatorDf,
			Double raoScottP) {
	}

	/**
	 * One option of a multiple-response table; what a template's "multipleResponse" data set binds to.
	 *
	 * @param setIndex    1, 2, … per table (a set, overall or in one group)
	 * @param title       e.g. "$mr  News sources — year = 2021"
	 * @param respondents the base: respondents with an answer in the set
	 */
	public record MultipleResponseRow(int setIndex, String set, String title, String group, Double respondents,
			int optionIndex, String option, Double count, Double percent, Double weightedPercent, Double se,
			Double ciLow, Double ciHigh) {
	}

	private final List<TableRow> tables = new ArrayList<>();
	private final List<FrequencyLine> frequencies = new ArrayList<>();
	private final List<DistributionRow> distribution = new ArrayList<>();
	private final List<CrossTestRow> crossTests = new ArrayList<>();
	private final List<MultipleResponseRow> multipleResponse = new ArrayList<>();

	public FrequencyReportData(FrequencyReport report) {
		String weight = report.weight() == null ? "unweighted"
				: report.weight().option() + " = " + report.weight().variable();
		Map<String, Integer> variables = new LinkedHashMap<>();
		Map<String, Integer> groupsPerVariable = new LinkedHashMap<>();
		List<FrequencyTable> all = report.frequencies();
		for (int t = 0; t < all.size(); t++) {
			FrequencyTable table = all.get(t);
			int tableIndex = t + 1;
			int variableIndex = variables.computeIfAbsent(table.variable(), v -> variables.size() + 1);
			int groupIndex = groupsPerVariable.merge(table.variable(), 1, Integer::sum);
			String group = group(table.group());
			String title = title(table.variable(), table.label(), table.group());
			tables.add(new TableRow(tableIndex, variableIndex, table.variable(), table.label(), title, group,
					report.dataFile(), weight, number(table.respondents()), number(table.valid()),
					number(table.weightedTotal()), number(table.weightedValid()), number(table.degreesOfFreedom())));
			int line = 0;
			int answer = 0;
			for (FrequencyRow row : table.rows()) {
				String code = row.codeText();
				Estimate e = row.estimate();
				frequencies.add(new FrequencyLine(tableIndex, variableIndex, table.variable(), title, group,
						row.isMissing() ? "Missing" : "Valid", ++line, code, row.label(), code + "  " + row.label(),
						row.isMissing() ? row.missingKind().getLiteral() : null, number(row.count()),
						number(row.percent()), number(row.validPercent()), e == null ? null : number(e.percent()),
						e == null ? null : number(e.se()), e == null ? null : number(e.ciLow()),
						e == null ? null : number(e.ciHigh())));
				if (!row.isMissing()) {
					distribution.add(new DistributionRow(variableIndex, table.variable(),
							title(table.variable(), table.label(), null), groupIndex,
							table.group() == null ? ALL : table.group().label(), ++answer, row.label(),
							e == null ? null : number(e.percent()), !table.boxes().isEmpty()));
				}
			}
			for (BoxScore box : table.boxes()) {
				Estimate e = box.estimate();
				frequencies.add(new FrequencyLine(tableIndex, variableIndex, table.variable(), title, group, "Box", ++line,
						"", box.label(), box.label(), null, null, null, null, number(e.percent()), number(e.se()),
						number(e.ciLow()), number(e.ciHigh())));
			}
		}
		for (CrossTable table : report.crossTables()) {
			IndependenceTest test = table.test();
			int variableIndex = variables.computeIfAbsent(table.rowVariable(), v -> variables.size() + 1);
			boolean none = test.df() == 0;
			String pearson = none ? "one row or one column: no test of independence"
					: String.format(Locale.ROOT, "Pearson (unweighted) chi2(%d) = %.4f, Pr = %.4f", test.df(),
							test.pearsonChi2(), test.pearsonP());
			String raoScott = none || Double.isNaN(test.raoScottF()) ? null
					: String.format(Locale.ROOT, "Design-based F(%.2f, %.2f) = %.4f, P = %.4f", test.numeratorDf(),
							test.denominatorDf(), test.raoScottF(), test.raoScottP());
			crossTests.add(new CrossTestRow(variableIndex, table.rowVariable(),
					table.rowVariable() + " by " + table.columnVariable(), pearson, raoScott, number(test.pearsonChi2()),
					test.df(), number(test.pearsonP()), number(test.raoScottF()), number(test.numeratorDf()),
					number(test.denominatorDf()), number(test.raoScottP())));
		}
		List<MultipleResponseTable> sets = report.multipleResponses();
		for (int s = 0; s < sets.size(); s++) {
			MultipleResponseTable set = sets.get(s);
			String title = title("$" + set.set(), set.label(), set.group());
			for (int o = 0; o < set.options().size(); o++) {
				MultipleResponseTable.Option option = set.options().get(o);
				Estimate e = option.estimate();
				multipleResponse.add(new MultipleResponseRow(s + 1, set.set(), title, group(set.group()),
						number(set.respondents()), o + 1, option.label(), number(option.count()), number(option.percent()),
						number(e.percent()), number(e.se()), number(e.ciLow()), number(e.ciHigh())));
			}
		}
	}

	public Cursor<TableRow> tables() {
		return new Cursor<>(tables);
	}

	public Cursor<FrequencyLine> frequencies() {
		return new Cursor<>(frequencies);
	}

	public Cursor<DistributionRow> distribution() {
		return new Cursor<>(distribution);
	}

	public Cursor<CrossTestRow> crossTests() {
		return new Cursor<>(crossTests);
	}

	public Cursor<MultipleResponseRow> multipleResponse() {
		return new Cursor<>(multipleResponse);
	}

	/** "year = 2021", or "country = 1 (Korea)" when the label is not the code; {@code null} for no group. */
	static String group(Group group) {
		if (group == null) {
			return null;
		}
		String code = Codes.format(group.code());
		return group.variable() + " = " + code + (group.label() == null || group.label().equals(code) ? ""
				: " (" + group.label() + ")");
	}

	/** "q1  Support for the proposal — year = 2021". */
	static String title(String name, String label, Group group) {
		return name + (label == null || label.isBlank() ? "" : "  " + label) + (group == null ? "" : " \u2014 " + group(group));
	}
}
