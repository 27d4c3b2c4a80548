package org.voxpop.data.internal.csv;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.voxpop.data.DataImportException;

/**
 * Splits delimited text into records (RFC 4180 quoting, quoted fields may span lines) and counts lines for
 * messages. The delimiter is the first of comma, semicolon or tab found outside quotes in the header line.
 * <p>
 * Works on UTF-8 bytes in a large buffer without making a string per field: after {@link #nextRecord()} the
 * fields of the record are ranges of {@link #buffer()} ({@link #fieldStart}, {@link #fieldEnd}, inside the quotes
 * of a quoted field), valid until the next call. A field whose quotes are doubled inside ({@link #isEscaped}) has
 * to be read with {@link #fieldText}, which undoes that. While the fields are split, a plain decimal number
 * ({@code [+-]digits[.digits]}, nothing around it) is read on the way ({@link #plainNumber}). Input that comes
 * unchecked from a UTF-8 file is checked block by block as it is read (a block is the buffer's free part, up to
 * 1 MB), so malformed text is reported before any malformed record in the same block or after it.
 */
final class CsvTokenizer implements Closeable {

	static final int DEFAULT_BUFFER_SIZE = 1 << 20;

	private static final byte QUOTE = '"';
	private static final byte LF = '\n';
	private static final byte CR = '\r';
	private static final int MAX_BUFFER_SIZE = Integer.MAX_VALUE - 16;

	/** {@link #tokenize()}'s answer when the record does not end inside the buffer. */
	private static final int NEED_MORE = -1;

	private final CsvInput input;
	private final String fileName;
	private final boolean checkUtf8;
	private byte[] buffer;
	private int position;
	/** The end of the bytes read into {@link #buffer}. */
	private int limit;
	private boolean endOfInput;
	/**
	 * The end of the bytes that may be split into records: those checked to be UTF-8 (all bytes read, if the input
	 * needs no check). Past it there is at most the start of a multi-byte sequence whose end is still to be read.
	 */
	private int checked;
	private long bytesRead;
	private byte delimiter = ',';
	private int expectedFields = 1;
	private int line = 1;
	private long stop = Long.MAX_VALUE;
	private int recordStartLine = 1;
	private int fieldCount;
	private int[] starts = new int[16];
	private int[] ends = new int[16];
	private boolean[] escaped = new boolean[16];
	private double[] values = new double[16];

	CsvTokenizer(CsvInput input, String fileName) {
		this(input, fileName, DEFAULT_BUFFER_SIZE);
	}

	/** With a given initial buffer size (it grows for records that do not fit); small ones are for tests. */
	CsvTokenizer(CsvInput input, String fileName, int bufferSize) {
		this.input = input;
		this.fileName = fileName;
		this.checkUtf8 = input.needsUtf8Check();
		this.buffer = new byte[Math.max(bufferSize, 8)];
	}

	/**
	 * For the records of a later part of the same file, starting at the beginning of a line: with the delimiter and
	 * the number of fields of the header that {@code header} has read; lines are counted from 1 at the part's start.
	 */
	CsvTokenizer(CsvInput input, String fileName, int bufferSize, CsvTokenizer header) {
		this(input, fileName, bufferSize);
		this.delimiter = header.delimiter;
		this.expectedFields = header.expectedFields;
	}

	/** After that many bytes consumed, {@link #nextRecord()} answers {@code false}, as at the end of the input. */
	void stopAt(long bytesConsumed) {
		this.stop = bytesConsumed;
	}

	char delimiter() {
		return (char) delimiter;
	}

	/** The 1-based line on which the last record returned started. */
	int recordStartLine() {
		return recordStartLine;
	}

	/** The 1-based line on which the next record starts. */
	int line() {
		return line;
	}

	/** Bytes of the (UTF-8) input consumed by the records returned so far. */
	long bytesConsumed() {
		return bytesRead - (limit - position);
	}

	/** Bytes of the (UTF-8) input read so far, consumed or in the buffer. */
	long bytesRead() {
		return bytesRead;
	}

	/**
	 * Reads the header line: takes the delimiter from it and returns its fields, trimmed. From then on, a blank
	 * line is skipped if the header has more than one field.
	 */
	List<String> readHeader() throws IOException, DataImportException {
		while (checked < 3 && !endOfInput) {
			fill();
		}
		if (checked - position >= 3 && buffer[position] == (byte) 0xEF && buffer[position + 1] == (byte) 0xBB
				&& buffer[position + 2] == (byte) 0xBF) {
			position += 3; // a byte order mark
		}
		if (position >= checked) {
			throw new DataImportException(fileName + ": the file is empty. A header line with the column names is expected.");
		}
		delimiter = detectDelimiter();
		if (!nextRecord(false)) {
			throw new IllegalStateException("a non-empty input has a first record");
		}
		List<String> header = new ArrayList<>(fieldCount);
		for (int i = 0; i < fieldCount; i++) {
			header.add(fieldText(i).trim());
		}
		expectedFields = header.size();
		return header;
	}

	/**
	 * Moves to the next record, skipping blank lines when the header has more than one field.
	 *
	 * @return {@code false} at the end of the input
	 */
	boolean nextRecord() throws IOException, DataImportException {
		return nextRecord(expectedFields > 1);
	}

	private boolean nextRecord(boolean skipBlankLines) throws IOException, DataImportException {
		while (true) {
			if (bytesConsumed() >= stop) {
				return false;
			}
			int result = tokenize();
			if (result == NEED_MORE) {
				fill();
			} else if (result == 0) {
				return false;
			} else if (!skipBlankLines || fieldCount != 1 || starts[0] != ends[0]) {
				return true;
			}
		}
	}

	int fieldCount() {
		return fieldCount;
	}

	/** The buffer that the field ranges of the current record refer to. */
	byte[] buffer() {
		return buffer;
	}

	int fieldStart(int field) {
		return starts[field];
	}

	int fieldEnd(int field) {
		return ends[field];
	}

	/**
	 * The field as a plain decimal number ({@code [+-]digits[.digits]}, nothing around it) if it is one and
	 * {@link DecimalParser#exact} can give its value, else {@link DecimalParser#UNDECIDED}.
	 */
	double plainNumber(int field) {
		return values[field];
	}

	/** Whether the field was quoted and has doubled quotes inside, so that its bytes are not its text. */
	boolean isEscaped(int field) {
		return escaped[field];
	}

	/** The text of a field of the current record, exactly as in the file (without enclosing quotes). */
	String fieldText(int field) {
		int start = starts[field];
		int end = ends[field];
		if (!escaped[field]) {
			return new String(buffer, start, end - start, StandardCharsets.UTF_8);
		}
		byte[] text = new byte[end - start];
		int length = 0;
		for (int p = start; p < end; p++) {
			text[length++] = buffer[p];
			if (buffer[p] == QUOTE) {
				p++; // the second of a doubled quote
			}
		}
		return new String(text, 0, length, StandardCharsets.UTF_8);
	}

	/**
	 * Splits the record starting at {@link #position} into fields.
	 *
	 * @return 1 if there was a record, 0 at the end of the input, {@link #NEED_MORE} if the buffer ends inside the
	 *         record (nothing has changed then)
	 */
	private int tokenize() throws DataImportException, IOException {
		final byte[] b = buffer;
		final int end = checked;
		final byte d = delimiter;
		int p = position;
		if (p >= end) {
			return endOfInput ? 0 : NEED_MORE;
		}
		int lines = line;
		int n = 0;
		while (true) {
			if (n == starts.length) {
				growFields();
			}
			byte c;
			if (b[p] == QUOTE) {
				int q = p + 1;
				boolean doubled = false;
				while (true) {
					if (q >= end) {
						if (!endOfInput) {
							return NEED_MORE;
						}
						throw new DataImportException(fileName + " line " + line
								+ ": a quoted field starts here and is never closed. Check for a stray '\"'.");
					}
					c = b[q];
					if (c == QUOTE) {
						if (q + 1 >= end && !endOfInput) {
							return NEED_MORE; // a doubled quote or the closing one?
						}
						if (q + 1 < end && b[q + 1] == QUOTE) {
							doubled = true;
							q += 2;
							continue;
						}
						break;
					}
					if (c == LF) {
						lines++;
					}
					q++;
				}
				starts[n] = p + 1;
				ends[n] = q;
				escaped[n] = doubled;
				values[n] = DecimalParser.UNDECIDED;
				n++;
				p = q + 1;
				if (p < end) {
					c = b[p];
					if (c != d && c != LF && c != CR) {
						throw new DataImportException(fileName + " line " + lines + ": text after the closing quote of field "
								+ n + ". Double any quote inside a quoted field (\"\").");
					}
				}
			} else {
				// A plain decimal number, the common case, is read on the way to the end of the field.
				int start = p;
				boolean negative = b[p] == '-';
				if (negative || b[p] == '+') {
					p++;
				}
				int digitsStart = p;
				long mantissa = 0;
				while (p < end && (c = b[p]) >= '0' && c <= '9') {
					mantissa = mantissa * 10 + (c - '0');
					p++;
				}
				int digits = p - digitsStart;
				int fractionDigits = 0;
				if (p < end && b[p] == '.') {
					int fractionStart = ++p;
					while (p < end && (c = b[p]) >= '0' && c <= '9') {
						mantissa = mantissa * 10 + (c - '0');
						p++;
					}
					fractionDigits = p - fractionStart;
					digits += fractionDigits;
				}
				double value = DecimalParser.UNDECIDED;
				if (p < end && ((c = b[p]) == d || c == LF || c == CR)) {
					if (digits > 0 && digits <= DecimalParser.MAX_DIGITS) {
						value = DecimalParser.exact(negative, mantissa, -fractionDigits);
					}
				} else {
					while (p < end && (c = b[p]) != d && c != LF && c != CR) {
						p++; // not a plain number: the rest of the field
					}
				}
				starts[n] = start;
				ends[n] = p;
				values[n] = value;
				escaped[n] = false;
				n++;
			}
			if (p >= end) {
				if (!endOfInput) {
					return NEED_MORE;
				}
				break; // the last record has no line end
			}
			c = b[p];
			if (c == d) {
				p++;
				if (p >= end) {
					if (!endOfInput) {
						return NEED_MORE;
					}
					if (n == starts.length) {
						growFields();
					}
					starts[n] = p; // an empty last field at the end of the input
					ends[n] = p;
					escaped[n] = false;
					values[n] = DecimalParser.UNDECIDED;
					n++;
					break;
				}
				continue;
			}
			if (c == CR) {
				if (p + 1 >= end && !endOfInput) {
					return NEED_MORE; // is a LF next?
				}
				p++;
				if (p < end && b[p] == LF) {
					p++;
				}
			} else {
				p++; // LF
			}
			lines++;
			break;
		}
		position = p;
		recordStartLine = line;
		line = lines;
		fieldCount = n;
		return 1;
	}

	/** Closes the input. */
	@Override
	public void close() throws IOException {
		input.close();
	}

	private void growFields() {
		int length = starts.length * 2;
		starts = Arrays.copyOf(starts, length);
		ends = Arrays.copyOf(ends, length);
		escaped = Arrays.copyOf(escaped, length);
		values = Arrays.copyOf(values, length);
	}

	/**
	 * The first comma, semicolon or tab outside quotes in the header line (any quote opens or closes a quoted
	 * part here), or a comma if there is none.
	 */
	private byte detectDelimiter() throws IOException, DataImportException {
		while (true) {
			boolean quoted = false;
			for (int p = position; p < checked; p++) {
				byte c = buffer[p];
				if (c == QUOTE) {
					quoted = !quoted;
				} else if (!quoted) {
					if (c == ',' || c == ';' || c == '\t') {
						return c;
					}
					if (c == LF || c == CR) {
						return ',';
					}
				}
			}
			if (endOfInput) {
				return ',';
			}
			fill();
		}
	}

	/** Keeps the unconsumed bytes, moved to the start of the buffer (grown if they fill half), and reads more. */
	private void fill() throws IOException, DataImportException {
		if (position > 0) {
			System.arraycopy(buffer, position, buffer, 0, limit - position);
			limit -= position;
			checked -= position;
			position = 0;
		}
		if (buffer.length - limit < buffer.length / 2) {
			if (buffer.length >= MAX_BUFFER_SIZE) {
				throw new DataImportException(fileName + " line " + line
						+ ": a record longer than 2 GB. Check for a stray '\"'.");
			}
			buffer = Arrays.copyOf(buffer, (int) Math.min(MAX_BUFFER_SIZE, 2L * buffer.length));
		}
		int n = input.read(buffer, limit, buffer.length - limit);
		if (n < 0) {
			endOfInput = true;
		} else {
			limit += n;
			bytesRead += n;
		}
		checked = checkUtf8 ? CsvInput.checkUtf8(buffer, checked, limit, endOfInput) : limit;
	}
}
