package org.voxpop.estimation;

import java.util.List;
import java.util.Objects;

/**
 * The numbers an estimator works on: the outcome and the predictor columns over the estimation sample, in
 * column-major layout ({@code x[column * rows + row]}), with no missing values.
 * <p>
 * The arrays are shared, not copied: neither the platform nor estimators may modify them.
 *
 * @param outcomeName the outcome variable; never {@code null}
 * @param y           the outcome, one value per row of the estimation sample
 * @param x           the predictors, column-major, {@code columns.size() * y.length} values
 * @param columns     what each column of {@code x} stands for, in order; {@code _cons} last when present
 * @param baseRows    factor base levels, reported with the coefficients but absent from {@code x}, each with
 *                    the index of the column before which it is listed
 * @param sampleRows  for each row of the estimation sample, its row index in the dataset
 * @param rowsInData  number of rows in the dataset, before listwise deletion
 */
public record DesignMatrix(String outcomeName, double[] y, double[] x, List<DesignColumn> columns,
		List<BaseRow> baseRows, int[] sampleRows, int rowsInData) {

	/**
	 * A base level row and where it goes among the coefficients.
	 *
	 * @param column    the base level's description
	 * @param listedBefore the index of the design column it is listed before (equal to the column count: last)
	 */
	public record BaseRow(DesignColumn column, int listedBefore) {
	}

	public DesignMatrix {
		Objects.requireNonNull(outcomeName);
		if (x.length != (long) columns.size() * y.length) {
			throw new IllegalArgumentException("x has " + x.length + " values, expected " + columns.size() + " x " + y.length);
		}
		columns = List.copyOf(columns);
		baseRows = List.copyOf(baseRows);
	}

	/** Number of observations in the estimation sample. */
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

	/** Index of {@code _cons}, or -1. */
	public int constantIndex() {
		for (int j = 0; j < columns.size(); j++) {
			if (columns.get(j).isConstant()) {
				return j;
			}
		}
		return -1;
	}
}
