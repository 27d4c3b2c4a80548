package org.voxpop.data;

/**
 * One column of a {@link Dataset}: a name and its values in row order, held in a primitive array.
 * <p>
 * Columns are immutable once the dataset is built; the arrays they hand out must not be changed.
 */
public sealed interface Column permits NumericColumn, StringColumn {

	/** The column name as it appears in the file header and in formulas; never {@code null}. */
	String name();

	/** Number of rows, equal to {@link Dataset#rowCount()}. */
	int size();
}
