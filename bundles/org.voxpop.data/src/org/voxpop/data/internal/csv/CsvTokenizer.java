package org.voxpop.data.internal.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

import org.voxpop.data.DataImportException;

/**
 * Splits delimited text into records (RFC 4180 quoting, quoted fields may span lines) and counts lines for
 * messages. The delimiter is the first of comma, semicolon or tab found outside quotes in the header line.
 */
final class CsvTokenizer {

	private static final char QUOTE = '"';

	private final Reader reader;
	private final String fileName;
	private char delimiter = ',';
	private int line = 1;
	private int recordStartLine = 1;
	private int pushedBack = -2;

	CsvTokenizer(Reader reader, String fileName) {
		this.reader = reader;
		this.fileName = fileName;
	}

	char delimiter() {
		return delimiter;
	}

	/** The 1-based line on which the last record returned started. */
	int recordStartLine() {
		return recordStartLine;
	}

	List<String> readHeader() throws IOException, DataImportException {
		StringBuilder firstLine = new StringBuilder();
		int c = read();
		if (c == '\uFEFF') {
			c = read();
		}
		boolean quoted = false;
		while (c != -1 && (quoted || (c != '\n' && c != '\r'))) {
			if (c == QUOTE) {
				quoted = !quoted;
			}
			firstLine.append((char) c);
			c = read();
		}
		if (firstLine.isEmpty() && c == -1) {
			throw new DataImportException(fileName + ": the file is empty. A header line with the column names is expected.");
		}
		delimiter = detectDelimiter(firstLine);
		List<String> header = parseRecord(new java.io.StringReader(firstLine.toString()), 1);
		if (c == '\r') {
			int next = read();
			if (next != '\n') {
				pushedBack = next;
			}
		}
		line = 2;
		return header.stream().map(String::trim).toList();
	}

	/** The next record, or {@code null} at the end of the input. */
	List<String> nextRecord() throws IOException, DataImportException {
		int c = read();
		if (c == -1) {
			return null;
		}
		pushedBack = c;
		recordStartLine = line;
		return parseRecord(null, line);
	}

	private List<String> parseRecord(Reader override, int startLine) throws IOException, DataImportException {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean inQuotes = false;
		boolean wasQuoted = false;
		while (true) {
			int c = override == null ? read() : override.read();
			if (inQuotes) {
				if (c == -1) {
					throw new DataImportException(fileName + " line " + startLine
							+ ": a quoted field starts here and is never closed. Check for a stray '\"'.");
				}
				if (c == QUOTE) {
					int next = override == null ? read() : override.read();
					if (next == QUOTE) {
						field.append(QUOTE);
						continue;
					}
					inQuotes = false;
					c = next;
				} else {
					if (c == '\n') {
						line++;
					}
					field.append((char) c);
					continue;
				}
			}
			if (c == QUOTE && field.isEmpty() && !wasQuoted) {
				inQuotes = true;
				wasQuoted = true;
			} else if (c == delimiter) {
				fields.add(field.toString());
				field.setLength(0);
				wasQuoted = false;
			} else if (c == '\n' || c == '\r' || c == -1) {
				if (c == '\r') {
					int next = override == null ? read() : override.read();
					if (next != '\n' && next != -1 && override == null) {
						pushedBack = next;
					}
				}
				if (c != -1 && override == null) {
					line++;
				}
				fields.add(field.toString());
				return fields;
			} else if (wasQuoted) {
				throw new DataImportException(fileName + " line " + line + ": text after the closing quote of field "
						+ (fields.size() + 1) + ". Double any quote inside a quoted field (\"\").");
			} else {
				field.append((char) c);
			}
		}
	}

	private static char detectDelimiter(CharSequence headerLine) {
		boolean quoted = false;
		for (int i = 0; i < headerLine.length(); i++) {
			char c = headerLine.charAt(i);
			if (c == QUOTE) {
				quoted = !quoted;
			} else if (!quoted && (c == ',' || c == ';' || c == '\t')) {
				return c;
			}
		}
		return ',';
	}

	private int read() throws IOException {
		if (pushedBack != -2) {
			int c = pushedBack;
			pushedBack = -2;
			return c;
		}
		return reader.read();
	}
}
