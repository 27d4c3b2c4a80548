package org.voxpop.data.internal.sav;

import java.io.IOException;
import java.util.Arrays;

import org.voxpop.data.DataImportException;
import org.voxpop.data.internal.sav.Layout.ColumnLayout;

/**
 * Decodes the data record, uncompressed or bytecode-compressed, straight into one primitive array per numeric
 * column and one text array per string column. The bytecode's command blocks run on across case boundaries.
 */
final class CaseReader {

	/** Reports rows read; throws {@code OperationCanceledException} when cancelled. */
	interface Progress {
		void rows(int rowsRead);
	}

	static final int ROWS_PER_PROGRESS = 4096;

	private static final int INITIAL_ROWS = 1024;

	private static final int MAX_ROWS = Integer.MAX_VALUE - 16;

	private static final int END_OF_DATA = 252;
	private static final int LITERAL = 253;
	private static final int SPACES = 254;
	private static final int SYSMIS = 255;

	private final SavInput in;
	private final Layout layout;
	private final Text text;
	private final long sysmisBits;
	/** The value of each compression code 1..251. */
	private final double[] codeValues = new double[256];
	/** The cases the header announces, or -1. */
	private final long expectedRows;

	final double[][] numbers;
	final String[][] texts;
	/** Each string column's bytes in the current case. */
	private final byte[][] caseBytes;
	/** Each very long string column's joined segments. */
	private final byte[][] joined;
	private final int[] stringColumns;
	int rows;
	private int capacity;

	CaseReader(SavInput in, Layout layout, Text text, double bias, long sysmisBits, long expectedRows) {
		this.in = in;
		this.layout = layout;
		this.text = text;
		this.sysmisBits = sysmisBits;
		this.expectedRows = expectedRows;
		for (int code = 1; code <= 251; code++) {
			codeValues[code] = code - bias;
		}
		int count = layout.columns.size();
		numbers = new double[count][];
		texts = new String[count][];
		caseBytes = new byte[count][];
		joined = new byte[count][];
		stringColumns = layout.columns.stream().filter(ColumnLayout::isString).mapToInt(c -> c.index).toArray();
		for (ColumnLayout column : layout.columns) {
			if (column.isString()) {
				caseBytes[column.index] = new byte[column.slotBytes];
				if (column.segmentStarts.length > 1) {
					joined[column.index] = new byte[column.width];
				}
			}
		}
	}

	/**
	 * Reads all cases.
	 *
	 * @param compressed   bytecode (1, 2) or not (0)
	 * @param initialRows  room to allocate first; more is made as rows come
	 */
	void read(boolean compressed, long initialRows, Progress progress) throws IOException, DataImportException {
		if (layout.slots() == 0) {
			allocate(0);
			return;
		}
		allocate((int) Math.max(1, Math.min(initialRows, MAX_ROWS)));
		if (compressed) {
			readCompressed(progress);
		} else {
			readUncompressed(progress);
		}
		if (rows != capacity) {
			for (int c = 0; c < numbers.length; c++) {
				if (numbers[c] != null) {
					numbers[c] = Arrays.copyOf(numbers[c], rows);
				} else {
					texts[c] = Arrays.copyOf(texts[c], rows);
				}
			}
		}
	}

	private void allocate(int size) {
		capacity = size;
		for (ColumnLayout column : layout.columns) {
			if (column.isString()) {
				texts[column.index] = texts[column.index] == null ? new String[size]
						: Arrays.copyOf(texts[column.index], size);
			} else {
				numbers[column.index] = numbers[column.index] == null ? new double[size]
						: Arrays.copyOf(numbers[column.index], size);
			}
		}
	}

	/** Makes room for one more row; false if the announced number of rows has been read. */
	private boolean roomForRow() throws DataImportException {
		if (rows == expectedRows) {
			return false;
		}
		if (rows < capacity) {
			return true;
		}
		if (rows >= MAX_ROWS) {
			throw in.corrupt("more than " + MAX_ROWS + " cases. Split the file.");
		}
		long room = rows + (rows >> 1) + 16;
		allocate((int) Math.min(MAX_ROWS, expectedRows >= 0 ? Math.min(expectedRows, room) : room));
		return true;
	}

	private void readUncompressed(Progress progress) throws IOException, DataImportException {
		int[] slotColumn = layout.slotColumn;
		int[] slotOffset = layout.slotOffset;
		int slots = slotColumn.length;
		while (roomForRow()) {
			int row = rows;
			for (int slot = 0; slot < slots; slot++) {
				if (in.limit - in.position < 8 && !in.fill(8)) {
					if (slot == 0 && in.limit == in.position && expectedRows < 0) {
						return;
					}
					throw truncated(row);
				}
				store(in.buffer, in.position, slotColumn[slot], slotOffset[slot], row);
				in.position += 8;
			}
			finishRow(row, progress);
		}
	}

	private void readCompressed(Progress progress) throws IOException, DataImportException {
		int[] slotColumn = layout.slotColumn;
		int[] slotOffset = layout.slotOffset;
		int slots = slotColumn.length;
		int commands = 0; // where the current command block starts in the buffer
		int next = 8; // the next command in the block
		while (roomForRow()) {
			int row = rows;
			for (int slot = 0; slot < slots; slot++) {
				int code;
				do {
					if (next == 8) {
						// a block of 8 commands and its at most 8 literals: 72 bytes, read at once
						if (!in.fill(72) && in.limit - in.position < 8) {
							if (slot == 0 && expectedRows < 0 && in.limit == in.position) {
								return;
							}
							throw truncated(row);
						}
						commands = in.position;
						in.position += 8;
						next = 0;
					}
					code = in.buffer[commands + next++] & 0xFF;
				} while (code == 0);
				int column = slotColumn[slot];
				int offset = slotOffset[slot];
				switch (code) {
				case LITERAL -> {
					if (in.limit - in.position < 8) {
						throw truncated(row);
					}
					store(in.buffer, in.position, column, offset, row);
					in.position += 8;
				}
				case SYSMIS, SPACES -> {
					if (offset < 0) {
						numbers[column][row] = Double.NaN;
					} else {
						Arrays.fill(caseBytes[column], offset, offset + 8, (byte) ' ');
					}
				}
				case END_OF_DATA -> {
					if (slot == 0 && expectedRows < 0) {
						return;
					}
					throw truncated(row);
				}
				default -> {
					if (offset < 0) {
						numbers[column][row] = codeValues[code];
					} else {
						storeNumberAsBytes(codeValues[code], caseBytes[column], offset);
					}
				}
				}
			}
			finishRow(row, progress);
		}
	}

	/** Stores 8 bytes from the file: a number, or 8 bytes of a string. */
	private void store(byte[] buffer, int index, int column, int offset, int row) {
		if (offset < 0) {
			long bits = in.littleEndian ? (long) SavInput.LONG_LE.get(buffer, index)
					: (long) SavInput.LONG_BE.get(buffer, index);
			numbers[column][row] = bits == sysmisBits ? Double.NaN : Double.longBitsToDouble(bits);
		} else {
			System.arraycopy(buffer, index, caseBytes[column], offset, 8);
		}
	}

	/** A compressed number in a string slot: the number's bytes, as the writer had them (zeros for 0). */
	private void storeNumberAsBytes(double value, byte[] target, int offset) {
		long bits = Double.doubleToRawLongBits(value);
		if (in.littleEndian) {
			SavInput.LONG_LE.set(target, offset, bits);
		} else {
			SavInput.LONG_BE.set(target, offset, bits);
		}
	}

	private void finishRow(int row, Progress progress) {
		for (int column : stringColumns) {
			texts[column][row] = textOf(layout.columns.get(column));
		}
		rows = row + 1;
		if (rows % ROWS_PER_PROGRESS == 0) {
			progress.rows(rows);
		}
	}

	private String textOf(ColumnLayout column) {
		byte[] bytes = caseBytes[column.index];
		if (column.segmentStarts.length == 1) {
			return text.decode(bytes, 0, column.width);
		}
		byte[] target = joined[column.index];
		int length = 0;
		for (int k = 0; k < column.segmentStarts.length && length < column.width; k++) {
			int take = Math.min(Math.min(column.segmentWidths[k], 255), column.width - length);
			System.arraycopy(bytes, column.segmentStarts[k], target, length, take);
			length += take;
		}
		return text.decode(target, 0, length);
	}

	private DataImportException truncated(int row) {
		String cases = expectedRows >= 0 ? " of " + expectedRows : "";
		return in.truncated(in.offset() + (in.limit - in.position), "case " + (row + 1) + cases);
	}
}
