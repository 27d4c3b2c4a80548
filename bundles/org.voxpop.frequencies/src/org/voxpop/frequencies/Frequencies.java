package org.voxpop.frequencies;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import org.voxpop.codebook.Category;
import org.voxpop.codebook.MeasurementLevel;
import org.voxpop.codebook.MissingKind;
import org.voxpop.codebook.MultipleResponseSet;
import org.voxpop.codebook.MultipleResponseType;
import org.voxpop.codebook.Variable;
import org.voxpop.data.Codes;
import org.voxpop.data.Column;
import org.voxpop.data.DataImportException;
import org.voxpop.data.Dataset;
import org.voxpop.data.NumericColumn;
import org.voxpop.data.RowCondition;
import org.voxpop.frequencies.internal.DomainEstimator;
import org.voxpop.frequencies.internal.DomainEstimator.Domain;
import org.voxpop.frequencies.internal.RaoScott;

/**
 * Frequencies, cross-tabs and multiple-response tables of a survey dataset, weighted or not, with design-based
 * standard errors and confidence intervals (see {@link Estimate}) and the Rao-Scott test of independence (see
 * {@link IndependenceTest}).
 * <p>
 * Missing codes come from the codebook: a value is missing if it is NaN, its category is flagged missing, or it lies
 * in a missing range. Percentages of valid answers leave missing values out; the missing lines show their share of
 * all respondents. A by-group is a domain of the whole design (R: {@code subset(design, year == 2023)}), so its
 * standard errors are those of the full sample's design, not of a separate sample.
 */
public final class Frequencies {

	/** The restriction of these frequencies, or {@code null} for everybody. */
	public RowCondition restriction() {
		return restriction;
	}

	/** The confidence level of all intervals. */
	public static final double LEVEL = 0.95;

	private final Dataset data;
	private final DomainEstimator estimator;
	private final boolean[] scope;
	private final RowCondition restriction;

	/**
	 * @param data   the dataset; never {@code null}
	 * @param weight the weight, or {@code null} for none
	 * @throws FrequencyException if the weight variable is missing, not numeric, or has a missing or negative value
	 *                            (the message names the row), or a frequency weight is not a whole number
	 */
	public Frequencies(Dataset data, SurveyWeight weight) throws FrequencyException {
		this(data, weight, null);
	}

	/**
	 * Frequencies of the respondents who meet a condition (Stata's {@code if}), estimated as a domain of the whole
	 * sample (Stata's {@code svy, subpop()}, R's {@code subset(design, ...)}): the other rows still count in the
	 * design, so the standard errors are those of a subpopulation, not of a smaller sample.
	 *
	 * @param restriction the condition, or {@code null} for everybody
	 * @throws FrequencyException also if the condition names a variable the data lack
	 */
	public Frequencies(Dataset data, SurveyWeight weight, RowCondition restriction) throws FrequencyException {
		this.data = data;
		this.restriction = restriction;
		int rows = data.rowCount();
		if (restriction == null) {
			scope = new boolean[rows];
			Arrays.fill(scope, true);
		} else {
			try {
				scope = restriction.rows(data);
			} catch (DataImportException e) {
				throw new FrequencyException(e.getMessage());
			}
		}
		if (weight == null) {
			estimator = new DomainEstimator(null, null, rows);
			return;
		}
		double[] values = numeric(weight.variable(), "--" + weight.option());
		for (int row = 0; row < rows; row++) {
			double w = values[row];
			if (!(w >= 0) || Double.isInfinite(w)) {
				throw new FrequencyException(data.displayName() + " row " + (row + 1) + ": the weight " + weight.variable()
						+ " is " + Codes.format(w) + "; weights must be zero or positive numbers. Drop the row or fix the weight.");
			}
			if (weight.type() == SurveyWeight.Type.FREQUENCY && w != Math.rint(w)) {
				throw new FrequencyException(data.displayName() + " row " + (row + 1) + ": the frequency weight "
						+ weight.variable() + " is " + w + "; frequency weights count respondents and must be whole "
						+ "numbers. Use --pweight for sampling weights.");
			}
		}
		estimator = weight.type() == SurveyWeight.Type.FREQUENCY ? new DomainEstimator(values, null, rows)
				: new DomainEstimator(null, values, rows);
	}

	/**
	 * The frequencies of a variable, for all respondents or per group of a grouping variable.
	 *
	 * @param variable   a numeric variable
	 * @param byVariable a numeric grouping variable, or {@code null} for one table of all respondents
	 * @return one table, or one per valid value of the grouping variable (ascending); never {@code null}
	 * @throws FrequencyException for an unknown or string variable
	 */
	public List<FrequencyTable> frequencies(String variable, String byVariable) throws FrequencyException {
		double[] values = numeric(variable, "--vars");
		Variable described = data.codebook().getVariable(variable);
		List<FrequencyTable> tables = new ArrayList<>();
		for (Subset subset : subsets(byVariable)) {
			tables.add(table(variable, described, values, subset));
		}
		return tables;
	}

	private FrequencyTable table(String name, Variable described, double[] values, Subset subset) {
		int rows = data.rowCount();
		boolean[] inGroup = subset.rows;
		boolean[] valid = new boolean[rows];
		for (int row = 0; row < rows; row++) {
			valid[row] = inGroup[row] && !isMissing(described, values[row]);
		}
		Domain group = estimator.domain(inGroup);
		Domain validDomain = estimator.domain(valid);
		List<FrequencyRow> lines = new ArrayList<>();
		for (double code : validCodes(described, values, inGroup)) {
			Domain selected = estimator.domain(equalTo(values, code, valid));
			lines.add(new FrequencyRow(code, label(described, code), MissingKind.NONE, selected.count(),
					100 * selected.count() / group.count(), 100 * selected.count() / validDomain.count(), selected.total(),
					100 * selected.total() / group.total(), estimator.share(validDomain, selected, LEVEL)));
		}
		TreeSet<Double> missingCodes = new TreeSet<>();
		boolean systemMissing = false;
		for (int row = 0; row < rows; row++) {
			if (inGroup[row] && !valid[row]) {
				if (Double.isNaN(values[row])) {
					systemMissing = true;
				} else {
					missingCodes.add(values[row]);
				}
			}
		}
		if (systemMissing) {
			missingCodes.add(Double.NaN); // TreeSet orders NaN last
		}
		for (double code : missingCodes) {
			Domain selected = estimator.domain(equalTo(values, code, inGroup));
			lines.add(new FrequencyRow(code, Double.isNaN(code) ? "System missing" : label(described, code),
					missingKind(described, code), selected.count(), 100 * selected.count() / group.count(), Double.NaN,
					selected.total(), 100 * selected.total() / group.total(), null));
		}
		return new FrequencyTable(name, described == null ? null : described.getLabel(), subset.group, group.count(),
				validDomain.count(), group.total(), validDomain.total(), validDomain.degreesOfFreedom(), lines,
				boxes(described, values, validDomain));
	}

	private List<BoxScore> boxes(Variable described, double[] values, Domain valid) {
		if (described == null || described.getMeasurementLevel() != MeasurementLevel.ORDINAL) {
			return List.of();
		}
		List<Double> scale = new ArrayList<>();
		for (Category category : described.getCategories()) {
			if (!category.isMissing()) {
				scale.add(category.getCode());
			}
		}
		if (scale.size() < 4) {
			return List.of();
		}
		scale.sort(null);
		List<BoxScore> boxes = new ArrayList<>();
		boxes.add(box("top2", "Top-2 box", described, scale.subList(scale.size() - 2, scale.size()), values, valid));
		boxes.add(box("bottom2", "Bottom-2 box", described, scale.subList(0, 2), values, valid));
		return boxes;
	}

	private BoxScore box(String name, String title, Variable described, List<Double> codes, double[] values,
			Domain valid) {
		boolean[] selected = new boolean[values.length];
		for (int row = 0; row < values.length; row++) {
			selected[row] = valid.rows()[row] && codes.contains(values[row]);
		}
		List<String> labels = codes.stream().map(code -> label(described, code)).toList();
		return new BoxScore(name, title + " (" + String.join(", ", labels) + ")", List.copyOf(codes),
				estimator.share(valid, estimator.domain(selected), LEVEL));
	}

	/**
	 * The cross-tab of the valid answers of two variables (e.g. an answer by year), overall or per group of a third.
	 *
	 * @throws FrequencyException for an unknown or string variable, or fewer than one valid value in either
	 */
	public CrossTable crossTable(String rowVariable, String columnVariable) throws FrequencyException {
		double[] rowValues = numeric(rowVariable, "--vars");
		double[] columnValues = numeric(columnVariable, "--by");
		Variable rowDescribed = data.codebook().getVariable(rowVariable);
		Variable columnDescribed = data.codebook().getVariable(columnVariable);
		int rows = data.rowCount();
		boolean[] domain = new boolean[rows];
		for (int row = 0; row < rows; row++) {
			domain[row] = scope[row] && !isMissing(rowDescribed, rowValues[row])
					&& !isMissing(columnDescribed, columnValues[row]);
		}
		List<Double> rowCodes = observed(rowValues, domain);
		List<Double> columnCodes = observed(columnValues, domain);
		if (rowCodes.isEmpty() || columnCodes.isEmpty()) {
			throw new FrequencyException("no respondent has valid answers to both " + rowVariable + " and "
					+ columnVariable + "; nothing to cross-tabulate");
		}
		int r = rowCodes.size();
		int c = columnCodes.size();
		int[] rowIndex = new int[rows];
		int[] columnIndex = new int[rows];
		double[][] counts = new double[r][c];
		double[][] weighted = new double[r][c];
		for (int row = 0; row < rows; row++) {
			if (domain[row]) {
				rowIndex[row] = rowCodes.indexOf(rowValues[row]);
				columnIndex[row] = columnCodes.indexOf(columnValues[row]);
				counts[rowIndex[row]][columnIndex[row]] += estimator.replication(row);
				weighted[rowIndex[row]][columnIndex[row]] += estimator.replication(row) * estimator.weight(row);
			}
		}
		Estimate[][] percents = new Estimate[r][c];
		for (int j = 0; j < c; j++) {
			Domain inColumn = estimator.domain(equalTo(columnValues, columnCodes.get(j), domain));
			for (int i = 0; i < r; i++) {
				percents[i][j] = estimator.share(inColumn,
						estimator.domain(equalTo(rowValues, rowCodes.get(i), inColumn.rows())), LEVEL);
			}
		}
		IndependenceTest test = RaoScott.test(estimator, domain, rowIndex, columnIndex, r, c);
		return new CrossTable(rowVariable, columnVariable, rowCodes, labels(rowDescribed, rowCodes), columnCodes,
				labels(columnDescribed, columnCodes), counts, weighted, percents, test);
	}

	/**
	 * The table of a multiple-response set of the codebook, overall or per group.
	 *
	 * @throws FrequencyException if the codebook has no such set or a member is not a numeric column
	 */
	public List<MultipleResponseTable> multipleResponse(String setName, String byVariable) throws FrequencyException {
		MultipleResponseSet set = data.codebook().getMultipleResponseSet(setName);
		if (set == null) {
			throw new FrequencyException("the codebook has no multiple-response set " + setName + " (sets: "
					+ data.codebook().getMultipleResponseSets().stream().map(MultipleResponseSet::getName).toList() + ")");
		}
		if (set.getType() == MultipleResponseType.DICHOTOMIES) {
			try {
				Double.parseDouble(String.valueOf(set.getCountedValue()));
			} catch (NumberFormatException e) {
				throw new FrequencyException("the multiple-response set " + setName + " counts the value '"
						+ set.getCountedValue() + "' as selected; give a numeric counted value (countedValue) in the codebook");
			}
		}
		List<double[]> members = new ArrayList<>();
		for (Variable member : set.getVariables()) {
			members.add(numeric(member.getName(), "multiple-response set " + setName));
		}
		List<MultipleResponseTable> tables = new ArrayList<>();
		for (Subset subset : subsets(byVariable)) {
			tables.add(multipleResponse(set, members, subset));
		}
		return tables;
	}

	private MultipleResponseTable multipleResponse(MultipleResponseSet set, List<double[]> members, Subset subset) {
		int rows = data.rowCount();
		boolean[] base = new boolean[rows];
		for (int row = 0; row < rows; row++) {
			for (int m = 0; m < members.size() && subset.rows[row] && !base[row]; m++) {
				base[row] = !isMissing(set.getVariables().get(m), members.get(m)[row]);
			}
		}
		Domain respondents = estimator.domain(base);
		List<MultipleResponseTable.Option> options = new ArrayList<>();
		if (set.getType() == MultipleResponseType.DICHOTOMIES) {
			double counted = Double.parseDouble(set.getCountedValue());
			for (int m = 0; m < members.size(); m++) {
				Variable member = set.getVariables().get(m);
				String label = set.isCategoryLabelSource() ? label(member, counted)
						: member.getLabel() == null ? member.getName() : member.getLabel();
				options.add(option(member.getName(), label, respondents, equalTo(members.get(m), counted, base)));
			}
		} else {
			TreeSet<Double> codes = new TreeSet<>();
			for (int m = 0; m < members.size(); m++) {
				codes.addAll(observed(members.get(m), base));
			}
			for (double code : codes) {
				boolean[] chose = new boolean[rows];
				for (int m = 0; m < members.size(); m++) {
					if (isMissing(set.getVariables().get(m), code)) {
						continue; // a missing code of this member is no mention
					}
					boolean[] mentioned = equalTo(members.get(m), code, base);
					for (int row = 0; row < rows; row++) {
						chose[row] |= mentioned[row];
					}
				}
				options.add(option(Codes.format(code), label(set.getVariables().get(0), code), respondents, chose));
			}
		}
		return new MultipleResponseTable(set.getName(), set.getLabel(), subset.group, respondents.count(),
				respondents.total(), options);
	}

	private MultipleResponseTable.Option option(String name, String label, Domain respondents, boolean[] chose) {
		Domain chosen = estimator.domain(chose);
		return new MultipleResponseTable.Option(name, label, chosen.count(), 100 * chosen.count() / respondents.count(),
				chosen.total(), estimator.share(respondents, chosen, LEVEL));
	}

	private record Subset(Group group, boolean[] rows) {
	}

	private List<Subset> subsets(String byVariable) throws FrequencyException {
		int rows = data.rowCount();
		if (byVariable == null) {
			return List.of(new Subset(null, scope.clone()));
		}
		double[] by = numeric(byVariable, "--by");
		Variable described = data.codebook().getVariable(byVariable);
		boolean[] valid = new boolean[rows];
		for (int row = 0; row < rows; row++) {
			valid[row] = scope[row] && !isMissing(described, by[row]);
		}
		List<Subset> subsets = new ArrayList<>();
		for (double code : observed(by, valid)) {
			subsets.add(new Subset(new Group(byVariable, code, label(described, code)), equalTo(by, code, valid)));
		}
		return subsets;
	}

	private double[] numeric(String name, String option) throws FrequencyException {
		Column column = data.column(name);
		if (column == null) {
			throw new FrequencyException(option + ": " + data.displayName() + " has no variable '" + name
					+ "'. Its variables are: " + String.join(" ", data.columnNames()));
		}
		if (!(column instanceof NumericColumn numeric)) {
			throw new FrequencyException(option + ": " + name + " is a string variable; tabulate numeric codes "
					+ "(encode the texts as codes with value labels first)");
		}
		return numeric.values();
	}

	private static boolean isMissing(Variable described, double value) {
		return described == null ? Double.isNaN(value) : described.isMissingCode(value);
	}

	private static MissingKind missingKind(Variable described, double value) {
		return described == null ? MissingKind.SYSTEM : described.missingKindOf(value);
	}

	/** Labelled valid codes and the valid values that occur in the rows, ascending. */
	private static List<Double> validCodes(Variable described, double[] values, boolean[] rows) {
		TreeSet<Double> codes = new TreeSet<>();
		if (described != null) {
			for (Category category : described.getCategories()) {
				if (!category.isMissing() && category.getText() == null) {
					codes.add(category.getCode());
				}
			}
		}
		for (int row = 0; row < values.length; row++) {
			if (rows[row] && !isMissing(described, values[row])) {
				codes.add(values[row]);
			}
		}
		return new ArrayList<>(codes);
	}

	private static List<Double> observed(double[] values, boolean[] rows) {
		TreeSet<Double> codes = new TreeSet<>();
		for (int row = 0; row < values.length; row++) {
			if (rows[row]) {
				codes.add(values[row]);
			}
		}
		return new ArrayList<>(codes);
	}

	private static boolean[] equalTo(double[] values, double code, boolean[] within) {
		boolean[] selected = new boolean[values.length];
		boolean nan = Double.isNaN(code);
		for (int row = 0; row < values.length; row++) {
			selected[row] = within[row] && (nan ? Double.isNaN(values[row]) : values[row] == code);
		}
		return selected;
	}

	private static List<String> labels(Variable described, List<Double> codes) {
		return codes.stream().map(code -> label(described, code)).toList();
	}

	/** The value label, or the code as Stata prints it. */
	private static String label(Variable described, double code) {
		Category category = described == null ? null : described.getCategory(code);
		return category == null || category.getLabel() == null ? Codes.format(code) : category.getLabel();
	}
}
