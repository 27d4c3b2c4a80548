package org.voxpop.data;

import java.util.Objects;

/**
 * A text column, e.g. a verbatim open answer. An empty field is {@code ""}, never {@code null}.
 *
 * @param name   the column name; never {@code null}
 * @param values the values in row order; never {@code null}, not copied, not to be modified
 */
public record StringColumn(String name, String[] values) implements Column {

	public StringColumn {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(values, "values");
	}

	@Override
	public int size() {
		return values.length;
	}
}
