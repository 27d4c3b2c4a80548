package org.voxpop.data;

import java.util.Objects;

/**
 * A numeric column. System-missing values (an empty field in a CSV file) are {@code NaN}; user-missing codes
 * such as 8 = "Not sure" are kept as their codes, and the codebook says that they count as missing.
 *
 * @param name   the column name; never {@code null}
 * @param values the values in row order; never {@code null}, not copied, not to be modified
 */
public record NumericColumn(String name, double[] values) implements Column {

	public NumericColumn {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(values, "values");
	}

	@Override
	public int size() {
		return values.length;
	}

	/** The value in row {@code row} (0-based); {@code NaN} if system missing. */
	public double get(int row) {
		return values[row];
	}
}
