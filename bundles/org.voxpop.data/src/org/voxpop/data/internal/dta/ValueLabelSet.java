package org.voxpop.data.internal.dta;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;

/**
 * One {@code <lbl>} table: codes (ascending, extended missing values last) and their labels. A label on system
 * missing ({@code .}) is dropped, since a category's code is never NaN.
 */
final class ValueLabelSet {

	final double[] codes;
	final String[] labels;

	private ValueLabelSet(double[] codes, String[] labels) {
		this.codes = codes;
		this.labels = labels;
	}

	/**
	 * Parses a table: n, txtlen, n text offsets, n values, then the texts, each ending with NUL.
	 *
	 * @return the set, or {@code null} if the table's counts and offsets do not fit its length
	 */
	static ValueLabelSet parse(ByteBuffer table, Charset charset) {
		int length = table.remaining();
		if (length < 8) {
			return null;
		}
		long n = table.getInt(0) & 0xFFFF_FFFFL;
		long textLength = table.getInt(4) & 0xFFFF_FFFFL;
		if (8 + 8 * n + textLength != length) {
			return null;
		}
		int count = (int) n;
		int textStart = 8 + 8 * count;
		byte[] bytes = table.array();
		int kept = 0;
		double[] codes = new double[count];
		String[] labels = new String[count];
		for (int i = 0; i < count; i++) {
			long offset = table.getInt(8 + 4 * i) & 0xFFFF_FFFFL;
			if (offset >= textLength) {
				return null;
			}
			double code = StataNumbers.ofLong(table.getInt(8 + 4 * count + 4 * i));
			if (Double.isNaN(code)) {
				continue;
			}
			int start = textStart + (int) offset;
			int end = start;
			while (end < length && bytes[end] != 0) {
				end++;
			}
			codes[kept] = code;
			labels[kept] = new String(bytes, start, end - start, charset);
			kept++;
		}
		return new ValueLabelSet(java.util.Arrays.copyOf(codes, kept), java.util.Arrays.copyOf(labels, kept));
	}
}
