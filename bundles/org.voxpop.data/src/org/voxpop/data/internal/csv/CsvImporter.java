package org.voxpop.data.internal.csv;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.voxpop.codebook.CodebookFactory;
import org.voxpop.codebook.Study;
import org.voxpop.codebook.ValueType;
import org.voxpop.codebook.Variable;
import org.voxpop.data.DataImportException;
import org.voxpop.data.Dataset;
import org.voxpop.data.DatasetImporter;
import org.voxpop.data.ImportSource;
import org.voxpop.data.Importers;
import org.voxpop.data.NumericColumn;
import org.voxpop.data.StringColumn;

/**
 * Imports a delimited text file with a header line. The delimiter (comma, semicolon or tab) is taken from the
 * header; fields may be quoted with {@code "} (RFC 4180). An empty field, {@code NA} or {@code .} in a numeric
 * column is system missing. A column is numeric unless the codebook says string or a non-empty value does not
 * parse as a number.
 * <p>
 * The file is read once as bytes ({@link CsvTokenizer}), into one array per column: numbers are parsed as they
 * come (plain decimals on the way by the tokenizer, see {@link DecimalParser}, anything else as
 * {@link Double#parseDouble} reads it), a column the codebook declares as string keeps its texts. A column that
 * turns out not to be numeric keeps its texts from the row where that showed; its texts from the rows before are
 * read in a second pass over that beginning of the file, once the first pass has succeeded. The arrays get their
 * length from the number of lines, counted in a quick pass over the bytes once the file has 1024 rows, so that
 * they are neither grown nor copied to their final length for a file without blank lines or line breaks inside
 * quotes.
 */
public final class CsvImporter implements DatasetImporter {

	private static final int ROWS_PER_PROGRESS_CHECK = 8192;

	/** The encoding of a text file that is not UTF-8 and does not say what it is: Excel's on Western Windows. */
	private static final Charset LEGACY = Charset.forName("windows-1252");

	private static final int INITIAL_ROWS = 1024;

	private static final int MAX_ROWS = Integer.MAX_VALUE - 16;

	private final int bufferSize;

	public CsvImporter() {
		this(CsvTokenizer.DEFAULT_BUFFER_SIZE);
	}

	/** With a given initial read buffer; small ones let tests exercise records across buffer boundaries. */
	CsvImporter(int bufferSize) {
		this.bufferSize = bufferSize;
	}

	/**
	 * Reads the file in the encoding the user gave; without one, in UTF-16 if the file starts with a UTF-16 byte
	 * order mark, else in UTF-8, and if it is not valid UTF-8 in windows-1252, with a note saying so.
	 */
	@Override
	public Dataset importDataset(ImportSource source, IProgressMonitor monitor) throws DataImportException {
		Path file = source.dataFile();
		String fileName = String.valueOf(file.getFileName());
		if (source.encoding() != null) {
			return read(source, source.encoding(), monitor);
		}
		Charset detected = startsWithUtf16Mark(file) ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8;
		try {
			return read(source, detected, monitor);
		} catch (DataImportException e) {
			if (!(e.getCause() instanceof CharacterCodingException) || detected != StandardCharsets.UTF_8) {
				throw e;
			}
		}
		Dataset dataset = read(source, LEGACY, monitor);
		dataset.notes().add(fileName + " is not valid UTF-8; it was read as " + LEGACY.name()
				+ ". If its texts look wrong, give its encoding (--encoding).");
		dataset.codebook().setFileEncoding(LEGACY.name());
		return dataset;
	}

	private Dataset read(ImportSource source, Charset charset, IProgressMonitor monitor) throws DataImportException {
		Path file = source.dataFile();
		String fileName = String.valueOf(file.getFileName());
		long fileSize = sizeOf(file);
		Progress progress = new Progress(monitor, fileSize);
		monitor.beginTask("Reading " + fileName, progress.totalWork());
		try {
			Study codebook = Importers.codebookOf(source);
			Columns columns;
			try (CsvInput input = CsvInput.open(file, charset)) {
				CsvTokenizer tokenizer = new CsvTokenizer(input, fileName, bufferSize);
				List<String> header = withoutByteOrderMark(tokenizer.readHeader());
				checkHeader(header, fileName);
				columns = new Columns(header, codebook);
				readRecords(tokenizer, input, columns, fileName, new Size(file, charset, fileSize, progress), progress);
			}
			columns.throwCodebookError(fileName);
			if (columns.firstTextsMissing() > 0) {
				try (CsvInput input = CsvInput.open(file, charset)) {
					readFirstTexts(new CsvTokenizer(input, fileName, bufferSize), columns, fileName, monitor);
				}
			}
			Dataset dataset = toDataset(file, fileName, columns);
			dataset.codebook().setFileEncoding(charset.name());
			return dataset;
		} catch (CharacterCodingException e) {
			throw new DataImportException(fileName + ": not valid " + charset.name()
					+ " text. Give the file's encoding (e.g. windows-1252) or re-save it as UTF-8.", e);
		} catch (IOException e) {
			throw new DataImportException(fileName + ": cannot be read (" + e.getMessage() + ")", e);
		} finally {
			monitor.done();
		}
	}

	private static boolean startsWithUtf16Mark(Path file) {
		try (java.io.InputStream in = Files.newInputStream(file)) {
			int first = in.read();
			int second = in.read();
			return first == 0xFF && second == 0xFE || first == 0xFE && second == 0xFF;
		} catch (IOException e) {
			return false; // reading it will say what is wrong
		}
	}

	/** A UTF-8 file written by Excel starts with a byte order mark, which is no part of the first name. */
	private static List<String> withoutByteOrderMark(List<String> header) {
		if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
			List<String> names = new ArrayList<>(header);
			names.set(0, names.get(0).substring(1));
			return names;
		}
		return header;
	}

	/** The first pass: every record into the columns. */
	private static void readRecords(CsvTokenizer tokenizer, CsvInput input, Columns columns, String fileName,
			Size size, Progress progress) throws IOException, DataImportException {
		int fields = columns.count();
		ColumnReader[] builders = columns.builders;
		int rows = 0;
		int capacity = 0;
		while (tokenizer.nextRecord()) {
			if (tokenizer.fieldCount() != fields) {
				throw new DataImportException(fileName + " line " + tokenizer.recordStartLine() + ": expected "
						+ fields + " fields as in the header, found " + tokenizer.fieldCount()
						+ ". Check for an unquoted '" + tokenizer.delimiter() + "' or a missing field.");
			}
			if (rows == capacity) {
				capacity = newCapacity(rows, tokenizer, input, size, fileName);
				columns.grow(capacity);
			}
			byte[] buffer = tokenizer.buffer();
			for (int i = 0; i < fields; i++) {
				ColumnReader column = builders[i];
				if (column.numbers != null) {
					double value = tokenizer.plainNumber(i);
					if (value == value) {
						column.numbers[rows] = value;
					} else {
						column.addNumber(tokenizer, buffer, i, rows);
					}
				} else if (column.texts != null) {
					column.texts[rows] = tokenizer.fieldText(i);
				}
			}
			rows++;
			if (rows % ROWS_PER_PROGRESS_CHECK == 0) {
				progress.report(input.fileBytesRead());
			}
		}
		columns.rows = rows;
	}

	/** The file's size in bytes, and its number of lines, counted when first asked for. */
	private static final class Size {

		private final Path file;
		private final Charset charset;
		private final long bytes;
		private final CsvInput.Cancellation cancellation;
		private long lines = -2;

		Size(Path file, Charset charset, long bytes, CsvInput.Cancellation cancellation) {
			this.file = file;
			this.charset = charset;
			this.bytes = bytes;
			this.cancellation = cancellation;
		}

		long bytes() {
			return bytes;
		}

		/** The number of lines, or -1 if they cannot be counted as bytes in this encoding. */
		long lines() throws IOException {
			if (lines == -2) {
				lines = CsvInput.breaksLinesWithSingleBytes(charset) ? CsvInput.countLines(file, cancellation) : -1;
			}
			return lines;
		}
	}

	/**
	 * Room for more rows: as many as the file seems to hold, judged by the bytes consumed so far, and at least an
	 * eighth more than now. If the file's lines (counted when first needed) agree with that judgement, their number
	 * less the header is taken: it is exact unless there are blank lines or line breaks inside quotes, and then the
	 * arrays need not be copied to their final length at the end.
	 */
	private static int newCapacity(int rows, CsvTokenizer tokenizer, CsvInput input, Size size, String fileName)
			throws DataImportException, IOException {
		if (rows >= MAX_ROWS) {
			throw new DataImportException(fileName + ": more than " + MAX_ROWS + " rows. Split the file.");
		}
		long capacity = rows == 0 ? INITIAL_ROWS : rows + (rows >> 3) + 16;
		if (rows > 0 && tokenizer.bytesRead() > 0 && size.bytes() > 0) {
			// the share of the file consumed: of the bytes read, the consumed part, in file bytes
			double share = (double) tokenizer.bytesConsumed() / tokenizer.bytesRead() * input.fileBytesRead()
					/ size.bytes();
			if (share > 0) {
				long estimate = (long) (rows / share);
				long records = size.lines() - 1;
				if (records > rows && Math.abs(records - estimate) <= estimate / 10) {
					capacity = records;
				} else {
					capacity = Math.max(capacity, (long) (estimate * 1.02) + 64);
				}
			}
		}
		return (int) Math.min(capacity, MAX_ROWS);
	}

	/** The second pass, for columns found not to be numeric: their texts before the row where that showed. */
	private static void readFirstTexts(CsvTokenizer tokenizer, Columns columns, String fileName,
			IProgressMonitor monitor) throws IOException, DataImportException {
		monitor.subTask("Reading the text columns again");
		tokenizer.readHeader();
		List<ColumnReader> pending = new ArrayList<>();
		for (ColumnReader column : columns.builders) {
			if (column.firstText > 0) {
				pending.add(column);
			}
		}
		int rows = columns.firstTextsMissing();
		for (int row = 0; row < rows; row++) {
			if (!tokenizer.nextRecord() || tokenizer.fieldCount() != columns.count()) {
				throw new DataImportException(fileName + ": the file changed while it was being read. Import it again.");
			}
			for (ColumnReader column : pending) {
				if (row < column.firstText) {
					column.texts[row] = tokenizer.fieldText(column.index);
				}
			}
			if ((row + 1) % ROWS_PER_PROGRESS_CHECK == 0 && monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
		}
	}

	private static long sizeOf(Path file) {
		try {
			return Files.size(file);
		} catch (IOException e) {
			return 0; // reading it will say what is wrong
		}
	}

	private static void checkHeader(List<String> header, String fileName) throws DataImportException {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < header.size(); i++) {
			String name = header.get(i);
			if (name.isEmpty()) {
				throw new DataImportException(fileName + " line 1: column " + (i + 1)
						+ " has no name. Every column needs a name in the header line.");
			}
			if (!seen.add(name)) {
				throw new DataImportException(fileName + " line 1: the column name '" + name
						+ "' appears twice. Rename one of them.");
			}
		}
	}

	/** Plain variables with their value types; {@link org.voxpop.data.Importers} applies the codebook file. */
	private static Dataset toDataset(Path file, String fileName, Columns columns) {
		Study study = CodebookFactory.eINSTANCE.createStudy();
		study.setName(stripExtension(fileName));
		int rows = columns.rows;
		study.setCaseCount(rows);
		List<org.voxpop.data.Column> result = new ArrayList<>(columns.count());
		for (ColumnReader column : columns.builders) {
			Variable variable = CodebookFactory.eINSTANCE.createVariable();
			variable.setName(column.name);
			if (column.numbers != null) {
				result.add(new NumericColumn(column.name, trim(column.numbers, rows)));
				column.numbers = null;
			} else {
				variable.setValueType(ValueType.STRING);
				result.add(new StringColumn(column.name, trim(column.texts, rows)));
				column.texts = null;
			}
			study.getVariables().add(variable);
		}
		return new Dataset(file, study, result);
	}

	private static double[] trim(double[] values, int rows) {
		return values.length == rows ? values : Arrays.copyOf(values, rows);
	}

	private static String[] trim(String[] values, int rows) {
		return values.length == rows ? values : Arrays.copyOf(values, rows);
	}

	private static String stripExtension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot <= 0 ? fileName : fileName.substring(0, dot);
	}

	/** The columns being read. */
	private static final class Columns {

		final ColumnReader[] builders;
		int rows;

		Columns(List<String> header, Study codebook) {
			builders = new ColumnReader[header.size()];
			for (int i = 0; i < builders.length; i++) {
				String name = header.get(i);
				builders[i] = new ColumnReader(i, name, codebook == null ? null : codebook.getVariable(name));
			}
		}

		int count() {
			return builders.length;
		}

		void grow(int capacity) {
			for (ColumnReader column : builders) {
				column.grow(capacity);
			}
		}

		/** Throws for the first column (in file order) that the codebook calls numeric but holds text. */
		void throwCodebookError(String fileName) throws DataImportException {
			for (ColumnReader column : builders) {
				if (column.badText != null) {
					throw new DataImportException(fileName + " line " + column.badLine + ": variable " + column.name
							+ " is numeric in the codebook, but has the value '" + column.badText
							+ "'. Fix the value or declare the variable as string in the codebook.");
				}
			}
		}

		/** How many rows from the start some column still needs the texts of. */
		int firstTextsMissing() {
			int rows = 0;
			for (ColumnReader column : builders) {
				rows = Math.max(rows, column.firstText);
			}
			return rows;
		}
	}

	/**
	 * One column being read: numbers while they are numbers, texts from the row where a value is not (or from the
	 * start if the codebook says string). A column the codebook calls numeric that holds text keeps the first such
	 * value for the message and reads nothing more.
	 */
	private static final class ColumnReader {

		final int index;
		final String name;
		final Variable described;
		final boolean codebookNumeric;
		double[] numbers;
		String[] texts;
		/** The first row that {@link #texts} has, when the column was found not to be numeric. */
		int firstText;
		int badLine;
		String badText;

		ColumnReader(int index, String name, Variable described) {
			this.index = index;
			this.name = name;
			this.described = described;
			boolean wantsString = described != null && described.getValueType() == ValueType.STRING;
			this.codebookNumeric = described != null && !wantsString;
			if (wantsString) {
				texts = new String[0];
			} else {
				numbers = new double[0];
			}
		}

		void grow(int capacity) {
			if (numbers != null) {
				numbers = Arrays.copyOf(numbers, capacity);
			} else if (texts != null) {
				texts = Arrays.copyOf(texts, capacity);
			}
		}

		/** Parses field {@code field} of the current record as row {@code row}. */
		void addNumber(CsvTokenizer tokenizer, byte[] buffer, int field, int row) {
			if (!tokenizer.isEscaped(field)) {
				int start = tokenizer.fieldStart(field);
				int end = tokenizer.fieldEnd(field);
				while (start < end && (buffer[start] & 0xFF) <= ' ') {
					start++; // as String.trim()
				}
				while (end > start && (buffer[end - 1] & 0xFF) <= ' ') {
					end--;
				}
				int length = end - start;
				if (length == 0 || (length == 1 && buffer[start] == '.')
						|| (length == 2 && buffer[start] == 'N' && buffer[start + 1] == 'A')) {
					numbers[row] = Double.NaN;
					return;
				}
				double value = DecimalParser.parse(buffer, start, end);
				if (value == value) {
					numbers[row] = value;
					return;
				}
			}
			String text = tokenizer.fieldText(field);
			double value = parseNumber(text);
			if (value == value || isSystemMissing(text.trim())) {
				numbers[row] = value;
			} else if (codebookNumeric) {
				badLine = tokenizer.recordStartLine();
				badText = text;
				numbers = null;
			} else {
				firstText = row;
				texts = new String[numbers.length];
				texts[row] = text;
				numbers = null;
			}
		}
	}

	/**
	 * The value of a field as the importer has always read numbers: trimmed, then {@link Double#parseDouble};
	 * system missing is NaN, and so is a text that is not a finite number (the caller tells them apart).
	 */
	static double parseNumber(String text) {
		String trimmed = text.trim();
		if (isSystemMissing(trimmed)) {
			return Double.NaN;
		}
		try {
			double value = Double.parseDouble(trimmed);
			return Double.isInfinite(value) ? Double.NaN : value;
		} catch (NumberFormatException e) {
			return Double.NaN;
		}
	}

	private static boolean isSystemMissing(String text) {
		return text.isEmpty() || text.equals("NA") || text.equals(".");
	}

	/** Reports bytes read as work and checks for cancellation. */
	private static final class Progress implements CsvInput.Cancellation {

		private final IProgressMonitor monitor;
		private final int shift;
		private final int total;
		private int reported;

		Progress(IProgressMonitor monitor, long fileSize) {
			this.monitor = monitor;
			int s = 0;
			while ((fileSize >> s) > Integer.MAX_VALUE / 2) {
				s++;
			}
			this.shift = s;
			this.total = (int) (fileSize >> s);
		}

		/** The file size in units of work (bytes, or for a file of over 1 GB, 2, 4, ... bytes). */
		int totalWork() {
			return total > 0 ? total : IProgressMonitor.UNKNOWN;
		}

		@Override
		public void check() {
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
		}

		void report(long bytesRead) {
			int work = (int) (bytesRead >> shift);
			if (work > reported) {
				monitor.worked(work - reported);
				reported = work;
			}
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
		}
	}
}
