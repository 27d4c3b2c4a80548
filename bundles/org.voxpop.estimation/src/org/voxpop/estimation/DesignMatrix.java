package org.voxpop.estimation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The numbers an estimator works on: the outcome and the predictor columns over the estimation sample, in
 * column-major layout ({@code x[column * rows + row]}), with no missing values, plus the weights and clusters
 * the platform applies.
 * <p>
 * The arrays are shared, not copied: neither the platform nor estimators may modify them.
 *
 * @param outcomeName   the outcome variable; never {@code null}
 * @param y             the outcome, one value per row of the estimation sample
 * @param x             the predictors, column-major, {@code columns.size() * y.length} values
 * @param columns       what each column of {@code x} stands for, in order; {@code _cons} last when present
 * @param baseRows      factor base levels, reported with the coefficients but absent from {@code x}, each with
 *                      the index of the column before which it is listed
 * @param weight        the weight specification; {@code null} if unweighted
 * @param weights       one positive weight per row; {@code null} if unweighted. Estimators never apply them:
 *                      the platform multiplies each row's contribution
 * @param clusters      for vce cluster, each row's cluster index in {@code 0 .. clusterCount - 1}; else
 *                      {@code null}
 * @param clusterCount  the number of clusters, or 0
 * @param sampleValues  the values of every variable of the formula over the estimation sample (for margins,
 *                      which recompute columns for other values); never {@code null}
 * @param sampleRows    for each row of the estimation sample, its row index in the dataset
 * @param rowsInData    number of rows in the dataset, before listwise deletion
 */
public record DesignMatrix(String outcomeName, double[] y, double[] x, List<DesignColumn> columns,
		List<BaseRow> baseRows, Weight weight, double[] weights, int[] clusters, int clusterCount,
		Map<String, double[]> sampleValues, int[] sampleRows, int rowsInData) {

	/**
	 * A base level row and where it goes among the coefficients.
	 *
	 * @param column       the base level's description
	 * @param listedBefore the index of the design column it is listed before (equal to the column count: last)
	 */
	public record BaseRow(DesignColumn column, int listedBefore) {
	}

	public DesignMatrix {
		Objects.requireNonNull(outcomeName);
		if (x.length != (long) columns.size() * y.length) {
			throw new IllegalArgumentException("x has " + x.length + " values, expected " + columns.size() + " x " + y.length);
		}
		if ((weight == null) != (weights == null)) {
			throw new IllegalArgumentException("weight and weights go together");
		}
		columns = List.copyOf(columns);
		baseRows = List.copyOf(baseRows);
		sampleValues = Map.copyOf(sampleValues);
	}

	/** Number of rows in the estimation sample. */
	public int rows() {
		return y.length;
	}

	/** Number of predictor columns (including {@code _cons} when present). */
	public int columnCount() {
		return columns.size();
	}

	/** The value of column {@code column} in row {@code row}. */
	public double get(int row, int column) {
		return x[column * y.length + row];
	}

	/** The weight of row {@code row}: 1 if unweighted. */
	public double weight(int row) {
		return weights == null ? 1.0 : weights[row];
	}

	/** Sum of the weights (the number of rows if unweighted). */
	public double weightSum() {
		if (weights == null) {
			return y.length;
		}
		double sum = 0;
		for (double w : weights) {
			sum += w;
		}
		return sum;
	}

	/**
	 * The number of observations as Stata reports it: the sum of frequency weights, the truncated sum of
	 * importance weights, else the number of rows.
	 */
	public long observations() {
		if (weight == null || weight.type() == Weight.Type.PROBABILITY) {
			return y.length;
		}
		return (long) Math.floor(weightSum() + 1e-9);
	}

	/** Index of {@code _cons}, or -1. */
	public int constantIndex() {
		for (int j = 0; j < columns.size(); j++) {
			if (columns.get(j).isConstant()) {
				return j;
			}
		}
		return -1;
	}

	/** The same rows with only the columns whose {@code keep} flag is set. */
	public DesignMatrix selectColumns(boolean[] keep) {
		int n = y.length;
		List<DesignColumn> kept = new ArrayList<>();
		List<BaseRow> keptBase = new ArrayList<>();
		int count = 0;
		for (boolean k : keep) {
			count += k ? 1 : 0;
		}
		double[] newX = new double[count * n];
		int next = 0;
		int[] newIndex = new int[columns.size() + 1];
		for (int j = 0; j < columns.size(); j++) {
			newIndex[j] = next;
			if (keep[j]) {
				System.arraycopy(x, j * n, newX, next * n, n);
				kept.add(columns.get(j));
				next++;
			}
		}
		newIndex[columns.size()] = next;
		for (BaseRow base : baseRows) {
			keptBase.add(new BaseRow(base.column(), newIndex[base.listedBefore()]));
		}
		return new DesignMatrix(outcomeName, y, newX, kept, keptBase, weight, weights, clusters, clusterCount,
				sampleValues, sampleRows, rowsInData);
	}

	/** The same columns over the rows whose {@code keep} flag is set (clusters are renumbered). */
	public DesignMatrix selectRows(boolean[] keep) {
		int n = y.length;
		int m = 0;
		for (boolean k : keep) {
			m += k ? 1 : 0;
		}
		int[] index = new int[m];
		for (int i = 0, r = 0; i < n; i++) {
			if (keep[i]) {
				index[r++] = i;
			}
		}
		double[] newX = new double[columns.size() * m];
		for (int j = 0; j < columns.size(); j++) {
			for (int r = 0; r < m; r++) {
				newX[j * m + r] = x[j * n + index[r]];
			}
		}
		Map<String, double[]> values = new java.util.HashMap<>();
		sampleValues.forEach((name, v) -> values.put(name, pick(v, index)));
		int[] newClusters = null;
		int newClusterCount = 0;
		if (clusters != null) {
			int[] renumber = new int[clusterCount];
			java.util.Arrays.fill(renumber, -1);
			newClusters = new int[m];
			for (int r = 0; r < m; r++) {
				int c = clusters[index[r]];
				if (renumber[c] < 0) {
					renumber[c] = newClusterCount++;
				}
				newClusters[r] = renumber[c];
			}
		}
		int[] rowsOfSample = new int[m];
		for (int r = 0; r < m; r++) {
			rowsOfSample[r] = sampleRows[index[r]];
		}
		return new DesignMatrix(outcomeName, pick(y, index), newX, columns, baseRows, weight,
				weights == null ? null : pick(weights, index), newClusters, newClusterCount, values, rowsOfSample,
				rowsInData);
	}

	private static double[] pick(double[] values, int[] index) {
		double[] result = new double[index.length];
		for (int r = 0; r < index.length; r++) {
			result[r] = values[index[r]];
		}
		return result;
	}
}
