package org.voxpop.data.internal.xlsx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.voxpop.codebook.Study;
import org.voxpop.codebook.ValueType;
import org.voxpop.codebook.Variable;
import org.voxpop.data.DataImportException;
import org.voxpop.data.internal.xlsx.XlsxPackage.BoundedStream;

/**
 * Streams one worksheet part with StAX into columns: the first row with a value holds the variable names, the rows
 * after it the cases. Rows and cells are placed by their references ({@code <row r="7">}, {@code <c r="B7">}),
 * so rows and cells the file leaves out are missing values; an empty row between cases is a case with every
 * value missing, and the cases end at the last row that has a value.
 */
final class SheetReader {

	static final int MAX_ROWS = 1_048_576;

	static final int MAX_COLUMNS = 16_384;

	/** Rows between progress reports and cancellation checks. */
	static final int ROWS_PER_BLOCK = 2048;

	/**
	 * The cells (cases times columns) a sheet may span without holding as many bytes: a sheet spans at most this
	 * many cells or 16 per byte of its XML read so far, so that a few cells far down cannot make it allocate
	 * gigabytes.
	 */
	static final long CELL_BUDGET = 50_000_000L;

	private final XlsxPackage zip;
	private final String sheetName;
	private final String part;
	private final List<String> sharedStrings;
	private final List<String> styleFormats;
	private final Study codebook;
	private final IProgressMonitor monitor;

	private final TreeMap<Integer, String> header = new TreeMap<>();
	private int headerRow;
	private int firstColumn;
	ColumnBuilder[] columns;
	/** The number of cases: data rows up to the last with a value. */
	int cases;
	private BoundedStream in;
	private long reportedKiB;

	SheetReader(XlsxPackage zip, Workbook workbook, Workbook.Sheet sheet, Study codebook, IProgressMonitor monitor) {
		this.zip = zip;
		this.sheetName = sheet.name();
		this.part = sheet.part();
		this.sharedStrings = workbook.sharedStrings;
		this.styleFormats = workbook.styleFormats;
		this.codebook = codebook;
		this.monitor = monitor;
	}

	/** The start of a message about a cell or the sheet: "survey.xlsx sheet 'Data' cell C1: ". */
	String where(int column, int row) {
		return zip.fileName + " sheet '" + sheetName + "'" + (row > 0 ? " cell " + reference(column, row) : "") + ": ";
	}

	void read() throws DataImportException {
		try (BoundedStream stream = zip.stream(part, XlsxPackage.MAX_LARGE_PART)) {
			in = stream;
			XMLStreamReader xml = zip.xml(stream);
			try {
				readCells(xml);
			} finally {
				xml.close();
			}
		} catch (XMLStreamException | IOException e) {
			throw zip.partError(part, e);
		}
		if (columns == null) {
			finishHeader();
		}
		if (columns == null) {
			throw new DataImportException(where(0, 0)
					+ "the sheet is empty. Its first row must hold the variable names, the rows below the cases.");
		}
	}

	private void readCells(XMLStreamReader xml) throws XMLStreamException, DataImportException {
		int row = 0;
		int column = -1;
		int rows = 0;
		while (xml.hasNext()) {
			if (xml.next() != XMLStreamConstants.START_ELEMENT) {
				continue;
			}
			String name = xml.getLocalName();
			if (name.equals("row")) {
				String r = xml.getAttributeValue(null, "r");
				int number = r == null ? row + 1 : parseRow(r, row);
				if (number <= row) {
					throw new DataImportException(where(0, 0) + "row " + number + " comes after row " + row + " in "
							+ part + "; rows must be in order. The file is damaged.");
				}
				if (columns == null && !header.isEmpty()) {
					finishHeader();
				}
				row = number;
				column = -1;
				if (++rows % ROWS_PER_BLOCK == 0) {
					progress();
				}
			} else if (name.equals("c")) {
				if (row == 0) {
					throw new DataImportException(where(0, 0) + "a cell outside a row in " + part + ". The file is damaged.");
				}
				String r = xml.getAttributeValue(null, "r");
				column = r == null ? column + 1 : parseColumn(r, row);
				if (column >= MAX_COLUMNS) {
					throw new DataImportException(where(0, 0) + "a cell beyond column XFD in row " + row + " of " + part
							+ ". The file is damaged.");
				}
				cell(xml, row, column);
			}
		}
	}

	/** Reads the cell the reader is on (a {@code c} start tag) up to its end tag and stores its value. */
	private void cell(XMLStreamReader xml, int row, int column) throws XMLStreamException, DataImportException {
		String type = xml.getAttributeValue(null, "t");
		String style = xml.getAttributeValue(null, "s");
		String value = null;
		String inline = null;
		int depth = 1;
		while (depth > 0) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				String name = xml.getLocalName();
				if (name.equals("v")) {
					value = xml.getElementText();
				} else if (name.equals("is")) {
					inline = Workbook.readText(xml);
				} else {
					depth++;
				}
			} else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			} else if (event == XMLStreamConstants.END_DOCUMENT) {
				throw new XMLStreamException("unexpected end of the part");
			}
		}
		Cell cell = interpret(type, style, value, inline, row, column);
		if (cell == null) {
			return;
		}
		if (columns == null) {
			if (header.isEmpty() || row == headerRow) {
				headerRow = row;
				header.put(column, headerName(cell, row, column));
				return;
			}
			finishHeader();
		}
		store(cell, row, column);
	}

	/** A cell's value: a number (with a date format, or a boolean as 0/1), a text, or an error code. */
	private record Cell(Kind kind, double number, String text, String format) {
	}

	private enum Kind {
		NUMBER, BOOLEAN, TEXT, ERROR
	}

	/** The value of a cell, or null if it is empty. */
	private Cell interpret(String type, String style, String value, String inline, int row, int column)
			throws DataImportException {
		String t = type == null ? "n" : type;
		switch (t) {
		case "n" -> {
			if (value == null || value.isBlank()) {
				return null;
			}
			double number = parseNumber(value);
			if (Double.isNaN(number)) {
				throw new DataImportException(where(column, row) + "the value '" + value
						+ "' is marked as a number but is not one. The file is damaged.");
			}
			return new Cell(Kind.NUMBER, number, null, dateFormat(style, row, column));
		}
		case "s" -> {
			if (value == null || value.isBlank()) {
				return null;
			}
			int index = parseIndex(value);
			if (index < 0 || index >= sharedStrings.size()) {
				throw new DataImportException(where(column, row) + "refers to shared string " + value.strip()
						+ ", but the workbook has " + sharedStrings.size() + " shared strings. The file is damaged.");
			}
			return text(sharedStrings.get(index));
		}
		case "str", "d" -> {
			return text(value == null ? null : Workbook.unescape(value));
		}
		case "inlineStr" -> {
			return text(inline != null ? inline : value == null ? null : Workbook.unescape(value));
		}
		case "b" -> {
			if (value == null || value.isBlank()) {
				return null;
			}
			String b = value.strip();
			if (b.equals("1") || b.equalsIgnoreCase("true")) {
				return new Cell(Kind.BOOLEAN, 1, null, null);
			}
			if (b.equals("0") || b.equalsIgnoreCase("false")) {
				return new Cell(Kind.BOOLEAN, 0, null, null);
			}
			throw new DataImportException(where(column, row) + "the value '" + value
					+ "' is marked as a boolean but is not one. The file is damaged.");
		}
		case "e" -> {
			return new Cell(Kind.ERROR, Double.NaN, value == null ? "#N/A" : value.strip(), null);
		}
		default -> throw new DataImportException(where(column, row) + "unknown cell type '" + type
				+ "'. The file is damaged or not an Excel workbook.");
		}
	}

	private static Cell text(String text) {
		return text == null || text.isEmpty() ? null : new Cell(Kind.TEXT, Double.NaN, text, null);
	}

	/** The date or time format code of a cell style, or null if it has none (or another format). */
	private String dateFormat(String style, int row, int column) throws DataImportException {
		if (style == null) {
			return null;
		}
		int index = parseIndex(style);
		if (index < 0) {
			throw new DataImportException(where(column, row) + "the style '" + style + "' is not a style index. The file is damaged.");
		}
		String code = index < styleFormats.size() ? styleFormats.get(index) : null;
		return NumberFormats.isDate(code) ? code : null;
	}

	private String headerName(Cell cell, int row, int column) throws DataImportException {
		String name = switch (cell.kind()) {
		case TEXT -> cell.text().strip();
		case NUMBER -> NumberFormats.text(cell.number());
		case BOOLEAN -> cell.number() != 0 ? "TRUE" : "FALSE";
		case ERROR -> throw new DataImportException(where(column, row) + "holds the error " + cell.text()
				+ " where a column name belongs. Every column needs a name in the first row.");
		};
		if (name.isEmpty()) {
			throw new DataImportException(where(column, row)
					+ "the column has no name. Every column needs a name in the first row.");
		}
		return name;
	}

	/** Makes the columns from the header row read so far (if there was one). */
	private void finishHeader() throws DataImportException {
		if (header.isEmpty()) {
			return;
		}
		firstColumn = header.firstKey();
		int last = header.lastKey();
		columns = new ColumnBuilder[last - firstColumn + 1];
		Map<String, Integer> seen = new HashMap<>();
		for (int column = firstColumn; column <= last; column++) {
			String name = header.get(column);
			if (name == null) {
				throw new DataImportException(where(column, headerRow)
						+ "the column has no name. Every column needs a name in the first row.");
			}
			Integer before = seen.putIfAbsent(name, column);
			if (before != null) {
				throw new DataImportException(where(column, headerRow) + "the column name '" + name
						+ "' appears twice (also in " + reference(before, headerRow) + "). Rename one of them.");
			}
			Variable described = codebook == null ? null : codebook.getVariable(name);
			columns[column - firstColumn] = new ColumnBuilder(name, column, described);
		}
	}

	private void store(Cell cell, int row, int column) throws DataImportException {
		if (column < firstColumn || column >= firstColumn + columns.length) {
			throw new DataImportException(where(column, row) + "the cell has a value, but its column "
					+ columnName(column) + " has no name in row " + headerRow
					+ ". Give the column a name or delete the cell.");
		}
		int index = row - headerRow - 1;
		if (index >= cases) {
			long span = (long) (index + 1) * columns.length;
			if (span > Math.max(CELL_BUDGET, 16 * in.count())) {
				throw new DataImportException(where(column, row) + "the sheet would span " + (index + 1) + " rows of "
						+ columns.length + " columns but holds far fewer values. The file is damaged.");
			}
			cases = index + 1;
		}
		ColumnBuilder builder = columns[column - firstColumn];
		builder.ensure(index + 1);
		switch (cell.kind()) {
		case NUMBER -> builder.number(index, cell.number(), cell.format());
		case BOOLEAN -> builder.bool(index, cell.number() != 0);
		case ERROR -> builder.error(index, cell.text(), reference(column, row));
		case TEXT -> {
			if (builder.codebookNumeric) {
				throw new DataImportException(where(column, row) + "variable " + builder.name
						+ " is numeric in the codebook, but has the value '" + cell.text()
						+ "'. Fix the value or declare the variable as string in the codebook.");
			}
			builder.text(index, cell.text());
		}
		}
	}

	private void progress() {
		long kib = in.count() >> 10;
		if (kib > reportedKiB) {
			monitor.worked((int) Math.min(Integer.MAX_VALUE, kib - reportedKiB));
			reportedKiB = kib;
		}
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}

	/** The notes about error cells, one per column that has them. */
	List<String> errorNotes() {
		List<String> notes = new ArrayList<>();
		for (ColumnBuilder column : columns) {
			if (column.errors > 0) {
				notes.add(where(0, 0) + column.errors + (column.errors == 1 ? " error cell" : " error cells")
						+ " in column " + column.name + " (the first: " + column.firstError
						+ ") read as missing.");
			}
		}
		return notes;
	}

	private int parseRow(String r, int previous) throws DataImportException {
		int number = parseIndex(r);
		if (number < 1 || number > MAX_ROWS) {
			throw new DataImportException(where(0, 0) + "the row number '" + r + "' after row " + previous + " in "
					+ part + " is not valid. The file is damaged.");
		}
		return number;
	}

	/** The column index (0 for A) of a cell reference such as "B7"; its row part is not used. */
	private int parseColumn(String reference, int row) throws DataImportException {
		int column = 0;
		int i = 0;
		while (i < reference.length() && i < 4) {
			char c = reference.charAt(i);
			if (c >= 'A' && c <= 'Z') {
				column = column * 26 + (c - 'A' + 1);
			} else if (c >= 'a' && c <= 'z') {
				column = column * 26 + (c - 'a' + 1);
			} else {
				break;
			}
			i++;
		}
		boolean digits = i < reference.length();
		for (int j = i; j < reference.length(); j++) {
			digits &= Character.isDigit(reference.charAt(j)) && reference.charAt(j) < 128;
		}
		if (i == 0 || !digits || column > MAX_COLUMNS) {
			throw new DataImportException(where(0, 0) + "the cell reference '" + reference + "' in row " + row + " of "
					+ part + " is not valid. The file is damaged.");
		}
		return column - 1;
	}

	/** A non-negative decimal integer, or -1. */
	private static int parseIndex(String text) {
		String s = text.strip();
		if (s.isEmpty() || s.length() > 10) {
			return -1;
		}
		long value = 0;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value > Integer.MAX_VALUE ? -1 : (int) value;
	}

	private static double parseNumber(String text) {
		try {
			double value = Double.parseDouble(text.strip());
			return Double.isInfinite(value) ? Double.NaN : value;
		} catch (NumberFormatException e) {
			return Double.NaN;
		}
	}

	static String reference(int column, int row) {
		return columnName(column) + row;
	}

	/** The letters of a column: A for 0, Z for 25, AA for 26. */
	static String columnName(int column) {
		StringBuilder letters = new StringBuilder();
		for (int n = column + 1; n > 0; n = (n - 1) / 26) {
			letters.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return letters.toString();
	}

	/**
	 * One column being read: numbers (booleans as 0/1) as long as there are no texts; texts from the first text cell
	 * on (or from the start if the codebook says string), the numbers before it turned into their text at the end.
	 */
	static final class ColumnBuilder {

		final String name;
		final int column;
		final Variable described;
		final boolean codebookNumeric;
		double[] numbers = new double[0];
		String[] texts;
		BitSet booleans;
		/** The date format of the first date cell. */
		String format;
		int errors;
		String firstError;

		ColumnBuilder(String name, int column, Variable described) {
			this.name = name;
			this.column = column;
			this.described = described;
			boolean wantsString = described != null && described.getValueType() == ValueType.STRING;
			this.codebookNumeric = described != null && !wantsString;
			if (wantsString) {
				texts = new String[0];
			}
		}

		boolean isString() {
			return texts != null;
		}

		void ensure(int size) {
			if (numbers.length < size) {
				int capacity = (int) Math.min(MAX_ROWS, Math.max(size, Math.max(64L, numbers.length + (numbers.length >> 1))));
				int old = numbers.length;
				numbers = Arrays.copyOf(numbers, capacity);
				Arrays.fill(numbers, old, capacity, Double.NaN);
				if (texts != null) {
					texts = Arrays.copyOf(texts, capacity);
				}
			}
		}

		void number(int row, double value, String dateFormat) {
			numbers[row] = value;
			if (format == null && dateFormat != null) {
				format = dateFormat;
			}
		}

		void bool(int row, boolean value) {
			numbers[row] = value ? 1 : 0;
			if (booleans == null) {
				booleans = new BitSet();
			}
			booleans.set(row);
		}

		void text(int row, String text) {
			if (texts == null) {
				texts = new String[numbers.length];
			}
			texts[row] = text;
		}

		void error(int row, String code, String reference) {
			if (errors++ == 0) {
				firstError = code + " in " + reference;
			}
		}

		double[] numbers(int cases) {
			ensure(cases);
			return numbers.length == cases ? numbers : Arrays.copyOf(numbers, cases);
		}

		/** The texts, with numbers as {@link NumberFormats#text} gives them and booleans as TRUE and FALSE. */
		String[] texts(int cases) {
			ensure(cases);
			String[] result = new String[cases];
			for (int i = 0; i < cases; i++) {
				String text = texts[i];
				if (text == null) {
					double value = numbers[i];
					if (value != value) {
						text = "";
					} else if (booleans != null && booleans.get(i)) {
						text = value != 0 ? "TRUE" : "FALSE";
					} else {
						text = NumberFormats.text(value);
					}
				}
				result[i] = text;
			}
			return result;
		}
	}
}
