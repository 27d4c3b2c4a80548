package org.voxpop.report.internal;

import java.util.List;

/**
 * A forward-only cursor over rows, for a scripted data set's open/fetch: in {@code open}, keep the cursor with
 * {@code reportContext.setGlobalVariable}; in {@code fetch}, return false when {@link #next()} does, else copy the
 * columns of {@link #row()}. Shared by all script objects ({@link ReportData}, {@link FrequencyReportData}).
 *
 * @param <T> the row record
 */
public final class Cursor<T> {

	private final List<T> rows;
	private int next;

	Cursor(List<T> rows) {
		this.rows = rows;
	}

	/** Moves to the next row; false at the end. */
	public boolean next() {
		return next++ < rows.size();
	}

	/** The current row. */
	public T row() {
		return rows.get(next - 1);
	}
}
