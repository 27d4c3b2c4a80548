package org.voxpop.estimation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.voxpop.codebook.Category;
import org.voxpop.codebook.ValueRange;
import org.voxpop.codebook.Variable;
import org.voxpop.data.Codes;
import org.voxpop.data.Column;
import org.voxpop.data.DataImportException;
import org.voxpop.data.Dataset;
import org.voxpop.data.RowCondition;
import org.voxpop.data.NumericColumn;
import org.voxpop.data.StringColumn;
import org.voxpop.estimation.internal.RowParts;

/**
 * Builds the {@link DesignMatrix} of a formula over a dataset; shared by all estimators, so that factor coding,
 * base levels, term names and missing-value handling are the same for every model.
 * <p>
 * Rows where any variable of the formula is system missing ({@code NaN}) or holds a code that the codebook flags
 * as missing are dropped (listwise deletion). Factor levels are the distinct values in the estimation sample;
 * they must be non-negative integers, as in Stata.
 */
public final class DesignMatrixBuilder {

	private DesignMatrixBuilder() {
	}

	/**
	 * @param data            the dataset; never {@code null}
	 * @param spec            the formula, weights, cluster variable and sample variables; never {@code null}
	 * @param includeConstant whether to append the constant column {@code _cons}
	 * @throws EstimationException for unknown or string variables, non-integer or negative factor values, a base
	 *                             level that does not occur, bad weights, or an empty estimation sample
	 */
	public static DesignMatrix build(Dataset data, ModelSpecification spec, boolean includeConstant)
			throws EstimationException {
		ModelFormula formula = spec.formula();
		Map<String, double[]> values = new HashMap<>();
		for (String name : spec.requiredVariables()) {
			if (!(name.equals(spec.vce().clusterVariable()) && data.column(name) instanceof StringColumn)) {
				values.put(name, numericValues(data, name));
			}
		}
		List<String> sampleVariables = new ArrayList<>(spec.requiredVariables());
		Weight weight = spec.weight();
		boolean[] excluded = excludedRows(data, spec.restriction());
		int[] sample = estimationSample(data, sampleVariables, values, weight, spec.vce().clusterVariable(), excluded);
		if (sample.length == 0) {
			throw new EstimationException("no observations: every row of " + data.displayName()
					+ (spec.restriction() == null ? "" : " that meets " + spec.restriction())
					+ " has a missing value in one of " + String.join(", ", sampleVariables));
		}
		double[] weights = weight == null ? null : weights(data, weight, values.get(weight.variable()), sample);
		Map<String, FactorLevels> factors = new HashMap<>();
		for (Term term : formula.terms()) {
			for (TermComponent component : term.components()) {
				if (component.factor()) {
					FactorLevels levels = factorLevels(data, component, values.get(component.variable()), sample);
					FactorLevels previous = factors.putIfAbsent(component.variable(), levels);
					if (previous != null && previous.base() != levels.base()) {
						throw new EstimationException("variable " + component.variable()
								+ " is given two different base levels in the formula; use one");
					}
				}
			}
		}
		int n = sample.length;
		List<DesignColumn> columns = new ArrayList<>();
		List<DesignMatrix.BaseRow> baseRows = new ArrayList<>();
		for (Term term : formula.terms()) {
			if (!term.isInteraction() && term.components().get(0).factor()) {
				TermComponent component = term.components().get(0);
				FactorLevels levels = factors.get(component.variable());
				DesignColumn base = new DesignColumn(levelName(levels.base(), true) + "." + component.variable(),
						component.variable(), levels.base(), levelLabel(data, component.variable(), levels.base()), true,
						List.of(new DesignColumn.Part(component.variable(), levels.base())));
				baseRows.add(new DesignMatrix.BaseRow(base, columns.size()));
			}
			expand(data, term, factors, columns);
		}
		if (includeConstant) {
			columns.add(new DesignColumn(DesignColumn.CONSTANT, null, Double.NaN, null, false, List.of()));
		}
		Map<String, double[]> sampleValues = new HashMap<>();
		for (String name : formula.variables()) {
			sampleValues.put(name, pick(values.get(name), sample));
		}
		double[] x = new double[columns.size() * n];
		// the columns in two halves on two threads for large samples (copying is bound by memory bandwidth per core)
		int half = RowParts.threadsFor(n) > 1 ? columns.size() / 2 : 0;
		Future<?> other = half == 0 ? null : ForkJoinPool.commonPool().submit(() -> {
			for (int j = 0; j < half; j++) {
				fill(columns.get(j), sampleValues, x, j * n, n);
			}
		});
		for (int j = half; j < columns.size(); j++) {
			fill(columns.get(j), sampleValues, x, j * n, n);
		}
		if (other != null) {
			RowParts.join(other);
		}
		int[] clusters = null;
		int clusterCount = 0;
		if (spec.vce().clusterVariable() != null) {
			Map<Object, Integer> ids = new HashMap<>();
			Column column = data.column(spec.vce().clusterVariable());
			clusters = new int[n];
			for (int i = 0; i < n; i++) {
				Object key = column instanceof NumericColumn numeric ? (Object) numeric.values()[sample[i]]
						: ((StringColumn) column).values()[sample[i]];
				clusters[i] = ids.computeIfAbsent(key, k -> ids.size());
			}
			clusterCount = ids.size();
		}
		return new DesignMatrix(formula.outcome(), sampleValues.get(formula.outcome()), x, columns, baseRows, weight,
				weights, clusters, clusterCount, sampleValues, sample, data.rowCount());
	}

	/**
	 * The values of the sample's rows. When the sample is every row, the column itself: the design only reads its
	 * values, and a copy of a large dataset's columns costs as much as a Newton step.
	 */
	private static double[] pick(double[] values, int[] sample) {
		if (sample.length == values.length) {
			return values; // sample holds every row, in order
		}
		double[] result = new double[sample.length];
		for (int i = 0; i < sample.length; i++) {
			result[i] = values[sample[i]];
		}
		return result;
	}

	private static double[] weights(Dataset data, Weight weight, double[] raw, int[] sample) throws EstimationException {
		double[] result = pick(raw, sample);
		if (weight.type() == Weight.Type.FREQUENCY) {
			for (int i = 0; i < result.length; i++) {
				if (result[i] != Math.rint(result[i])) {
					throw new EstimationException("may not use noninteger frequency weights: " + weight.variable()
							+ " is " + result[i] + " in row " + (sample[i] + 1) + " of " + data.displayName()
							+ ". Use --pweight for sampling weights or --iweight.");
				}
			}
		}
		return result;
	}

	private record FactorLevels(double[] levels, double base) {
	}

	/** One column of an expanded term: its name parts and values so far. */
	private record Partial(List<String> nameParts, List<DesignColumn.Part> parts, double level, String label) {
	}

	/** The columns of one term: every combination of its factors' non-base levels, in Stata's order. */
	private static void expand(Dataset data, Term term, Map<String, FactorLevels> factors, List<DesignColumn> columns) {
		List<Partial> partials = List.of(new Partial(List.of(), List.of(), Double.NaN, null));
		for (TermComponent component : term.components()) {
			List<Partial> next = new ArrayList<>();
			for (Partial partial : partials) {
				if (component.factor()) {
					FactorLevels levels = factors.get(component.variable());
					for (double level : levels.levels()) {
						if (level == levels.base()) {
							continue;
						}
						next.add(new Partial(append(partial.nameParts(), levelName(level, false) + "." + component.variable()),
								append(partial.parts(), new DesignColumn.Part(component.variable(), level)), level,
								levelLabel(data, component.variable(), level)));
					}
				} else {
					String part = term.isInteraction() ? "c." + component.variable() : component.variable();
					next.add(new Partial(append(partial.nameParts(), part),
							append(partial.parts(), new DesignColumn.Part(component.variable(), Double.NaN)), Double.NaN,
							variableLabel(data, component.variable())));
				}
			}
			partials = next;
		}
		for (Partial partial : partials) {
			boolean interaction = term.isInteraction();
			String variable = interaction ? term.stataName() : term.components().get(0).variable();
			columns.add(new DesignColumn(String.join("#", partial.nameParts()), variable,
					interaction ? Double.NaN : partial.level(), interaction ? null : partial.label(), false, partial.parts()));
		}
	}

	/** Writes a column's values, the product of its parts, into {@code x} at {@code offset}. */
	private static void fill(DesignColumn column, Map<String, double[]> sampleValues, double[] x, int offset, int n) {
		List<DesignColumn.Part> parts = column.parts();
		if (parts.isEmpty()) {
			Arrays.fill(x, offset, offset + n, 1.0);
			return;
		}
		DesignColumn.Part first = parts.get(0);
		double[] values = sampleValues.get(first.variable());
		if (first.isFactor()) {
			double level = first.level();
			for (int i = 0; i < n; i++) {
				x[offset + i] = values[i] == level ? 1.0 : 0.0;
			}
		} else {
			System.arraycopy(values, 0, x, offset, n);
		}
		for (DesignColumn.Part part : parts.subList(1, parts.size())) {
			double[] more = sampleValues.get(part.variable());
			for (int i = 0; i < n; i++) {
				x[offset + i] *= part.valueAt(more[i]);
			}
		}
	}

	private static <T> List<T> append(List<T> list, T item) {
		List<T> result = new ArrayList<>(list);
		result.add(item);
		return result;
	}

	/** Stata writes factor levels as integers, the base with a {@code b}: {@code 1b.region}. */
	private static String levelName(double level, boolean base) {
		String code = Codes.format(level);
		return base ? code + "b" : code;
	}

	private static double[] numericValues(Dataset data, String name) throws EstimationException {
		Column column = data.column(name);
		if (column == null) {
			throw new EstimationException("variable " + name + " not found in " + data.displayName() + suggestion(data, name));
		}
		if (!(column instanceof NumericColumn numeric)) {
			throw new EstimationException("variable " + name + " is a string variable; string variables are not allowed "
					+ "in a model. Encode it as numeric codes with value labels first.");
		}
		return numeric.values();
	}

	private static String suggestion(Dataset data, String name) {
		String closest = data.columnNames().stream().min(Comparator.comparingInt(c -> editDistance(c, name))).orElse(null);
		if (closest != null && editDistance(closest, name) <= Math.max(2, name.length() / 3)) {
			return "; did you mean " + closest + "?";
		}
		List<String> names = data.columnNames();
		return names.size() <= 20 ? "; its variables are " + String.join(", ", names) : "";
	}

	private static int editDistance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	/** The rows a restriction leaves out, or none. */
	private static boolean[] excludedRows(Dataset data, RowCondition restriction) throws EstimationException {
		boolean[] excluded = new boolean[data.rowCount()];
		if (restriction != null) {
			try {
				boolean[] kept = restriction.rows(data);
				for (int row = 0; row < excluded.length; row++) {
					excluded[row] = !kept[row];
				}
			} catch (DataImportException e) {
				throw new EstimationException(e.getMessage(), e);
			}
		}
		return excluded;
	}

	private static int[] estimationSample(Dataset data, List<String> names, Map<String, double[]> values, Weight weight,
			String clusterVariable, boolean[] excluded) throws EstimationException {
		int rows = data.rowCount();
		boolean[] dropped = excluded; // fresh from excludedRows: marked further in place
		for (String name : names) {
			double[] column = values.get(name);
			if (column == null) {
				continue; // a string cluster variable: "" is missing
			}
			Variable variable = data.codebook().getVariable(name);
			if (variable == null || (variable.getCategories().stream().noneMatch(Category::isMissing)
					&& variable.getValueRanges().stream().noneMatch(ValueRange::isMissing))) {
				if (mayHaveNaN(column, rows)) { // no missing codes: only system missing, in a loop without branches
					for (int row = 0; row < rows; row++) {
						dropped[row] |= Double.isNaN(column[row]);
					}
				}
				continue;
			}
			for (int row = 0; row < rows; row++) {
				if (!dropped[row] && (Double.isNaN(column[row]) || variable.isMissingCode(column[row]))) {
					dropped[row] = true;
				}
			}
		}
		if (clusterVariable != null) {
			Column cluster = data.column(clusterVariable);
			if (cluster == null) {
				throw new EstimationException("cluster variable " + clusterVariable + " not found in " + data.displayName()
						+ suggestion(data, clusterVariable));
			}
			if (cluster instanceof StringColumn strings) {
				for (int row = 0; row < rows; row++) {
					dropped[row] |= strings.values()[row].isEmpty();
				}
			}
		}
		if (weight != null) {
			double[] w = values.get(weight.variable());
			for (int row = 0; row < rows; row++) {
				if (!dropped[row] && w[row] < 0) {
					throw new EstimationException("negative weights encountered: " + weight.variable() + " is " + w[row]
							+ " in row " + (row + 1) + " of " + data.displayName());
				}
				dropped[row] |= w[row] == 0; // Stata leaves zero-weight rows out of the sample
			}
		}
		int kept = 0;
		for (boolean d : dropped) {
			kept += d ? 0 : 1;
		}
		int[] sample = new int[kept];
		for (int row = 0, k = 0; row < rows; row++) {
			if (!dropped[row]) {
				sample[k++] = row;
			}
		}
		return sample;
	}

	/**
	 * Whether the first {@code rows} values may hold a NaN: false if the sum of x - x over them (0 for a finite x, NaN
	 * for a NaN or an infinity) is 0. Four sums, so that the additions need not wait for each other.
	 */
	private static boolean mayHaveNaN(double[] column, int rows) {
		double a = 0;
		double b = 0;
		double c = 0;
		double d = 0;
		int row = 0;
		for (; row + 4 <= rows; row += 4) {
			a += column[row] - column[row];
			b += column[row + 1] - column[row + 1];
			c += column[row + 2] - column[row + 2];
			d += column[row + 3] - column[row + 3];
		}
		for (; row < rows; row++) {
			a += column[row] - column[row];
		}
		return a + b + c + d != 0;
	}

	private static FactorLevels factorLevels(Dataset data, TermComponent component, double[] raw, int[] sample)
			throws EstimationException {
		String name = component.variable();
		double[] levels = Arrays.stream(sample).mapToDouble(i -> raw[i]).distinct().sorted().toArray();
		for (double level : levels) {
			if (level < 0 || level != Math.rint(level)) {
				throw new EstimationException("factor variable " + name + " has the value " + level
						+ "; factor variables may not contain noninteger or negative values. Use c." + name
						+ " for a continuous variable, or recode it.");
			}
		}
		double base = switch (component.base().kind()) {
		case DEFAULT -> codebookReference(data, name, levels);
		case FIRST -> levels[0];
		case LAST -> levels[levels.length - 1];
		case CODE -> component.base().code();
		};
		if (Arrays.binarySearch(levels, base) < 0) {
			throw new EstimationException("ib" + levelName(base, false) + "." + name + ": level " + levelName(base, false)
					+ " of " + name + " does not occur in the estimation sample; its levels are "
					+ Arrays.stream(levels).mapToObj(l -> levelName(l, false)).collect(Collectors.joining(", ")));
		}
		return new FactorLevels(levels, base);
	}

	/** The codebook's reference category if it occurs among the levels, else the lowest level (Stata's i.). */
	private static double codebookReference(Dataset data, String name, double[] levels) {
		Variable variable = data.codebook().getVariable(name);
		if (variable != null && variable.isSetReferenceCode()
				&& Arrays.binarySearch(levels, variable.getReferenceCode()) >= 0) {
			return variable.getReferenceCode();
		}
		return levels[0];
	}

	private static String levelLabel(Dataset data, String variableName, double level) {
		Variable variable = data.codebook().getVariable(variableName);
		Category category = variable == null ? null : variable.getCategory(level);
		return category == null ? null : category.getLabel();
	}

	private static String variableLabel(Dataset data, String variableName) {
		Variable variable = data.codebook().getVariable(variableName);
		return variable == null ? null : variable.getLabel();
	}
}
