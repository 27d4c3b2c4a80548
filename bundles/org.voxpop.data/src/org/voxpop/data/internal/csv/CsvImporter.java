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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

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

	/** A file of at least two parts of this size (in UTF-8) is read in parts, if there are threads to read them. */
	static final long DEFAULT_PART_SIZE = 8 << 20;

	private static final int MAX_PARTS = 256;

	private final int bufferSize;
	private final long partSize;
	private final int threads;
	/** In how many parts the last file was read, for tests. */
	private volatile int partsRead;

	/**
	 * Reads a large file in parts on all cores but one, which is left to the rest of the program: the user interface,
	 * or the warm-up of the fit that a command line runs while the data are read. On two cores the file is read by
	 * one thread: measured on 1,000,000 x 22, a logit's whole {@code voxpop estimate} took 2.73 s so and 3.03 s with
	 * two (the mean of 12 runs each), as the warm-up lost its core.
	 */
	public CsvImporter() {
		this(CsvTokenizer.DEFAULT_BUFFER_SIZE, DEFAULT_PART_SIZE, Runtime.getRuntime().availableProcessors() - 1);
	}

	/**
	 * With a given initial read buffer, part size and number of threads; small sizes let tests exercise records
	 * across buffer boundaries and files read in many parts. With fewer than two threads the file is read in one piece.
	 */
	CsvImporter(int bufferSize, long partSize, int threads) {
		this.bufferSize = bufferSize;
		this.partSize = Math.max(1, partSize);
		this.threads = threads;
	}

	/** In how many parts the last file was read: 1 if in one piece. */
	int partsRead() {
		return partsRead;
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
			List<Part> parts = null;
			try (CsvInput input = CsvInput.open(file, charset)) {
				CsvTokenizer tokenizer = new CsvTokenizer(input, fileName, bufferSize);
				List<String> header = withoutByteOrderMark(tokenizer.readHeader());
				checkHeader(header, fileName);
				columns = new Columns(tokenizer, header, codebook);
				if (threads >= 2 && charset.equals(StandardCharsets.UTF_8)
						&& fileSize - tokenizer.bytesConsumed() >= 2 * partSize) {
					parts = new PartedRead(file, fileName, tokenizer, columns, fileSize, progress).read();
				}
				if (parts == null) { // one part: the whole file, read on from the header
					columns.allocate(0);
					Part whole = new Part(-1, Long.MAX_VALUE, 0, 0, 1, columns);
					whole.growth = new Size(file, charset, fileSize, progress, input);
					progress.track(List.of(whole));
					readRecords(whole, tokenizer, fileName, progress);
					parts = List.of(whole);
				}
			}
			partsRead = parts.size();
			Dataset dataset = toDataset(file, fileName, columns, parts, charset, monitor);
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

	/** Opens a tokenizer at the first record of a part: after the header for the whole file. */
	private CsvTokenizer openAt(Part part, Path file, String fileName, Charset charset, CsvTokenizer header)
			throws IOException, DataImportException {
		if (part.start < 0) {
			CsvTokenizer whole = new CsvTokenizer(CsvInput.open(file, charset), fileName, bufferSize);
			whole.readHeader();
			return whole;
		}
		return new CsvTokenizer(CsvInput.openUtf8At(file, part.start), fileName, bufferSize, header);
	}

	/**
	 * A file of some parts' size, in UTF-8, is read in parts between line feeds, on the importer's threads. A part's records are counted (as its line feeds) first, so that every part knows its first row in
	 * the column arrays. That a part starts at a record's start (and not inside a quoted field across lines) is
	 * checked afterwards: the part before must end there. If not, or if a part finds a malformed record (whose
	 * line it cannot know), the file is read again in one piece, which gives the answer the whole file has.
	 */
	private final class PartedRead {

		private final Path file;
		private final String fileName;
		private final CsvTokenizer header;
		private final Columns columns;
		private final long fileSize;
		private final Progress progress;

		PartedRead(Path file, String fileName, CsvTokenizer header, Columns columns, long fileSize, Progress progress) {
			this.file = file;
			this.fileName = fileName;
			this.header = header;
			this.columns = columns;
			this.fileSize = fileSize;
			this.progress = progress;
		}

		/** The parts as read, or {@code null} if the file has to be read in one piece. */
		List<Part> read() throws IOException {
			long dataStart = header.bytesConsumed();
			int count = (int) Math.min(MAX_PARTS, (fileSize - dataStart) / partSize);
			List<long[]> ranges = new ArrayList<>();
			long start = dataStart;
			for (int k = 1; k <= count && start < fileSize; k++) {
				long end = k == count ? fileSize
						: CsvInput.nextLineStart(file, dataStart + (fileSize - dataStart) / count * k);
				if (end > start) {
					ranges.add(new long[] { start, end });
					start = end;
				}
			}
			if (ranges.size() < 2) {
				return null;
			}
			long[] lineFeeds = new long[ranges.size()];
			if (!inParallel(ranges.size(), k -> lineFeeds[k] = CsvInput.countLineFeeds(file, ranges.get(k)[0],
					ranges.get(k)[1], ranges.get(k)[1] == fileSize, progress))) {
				return null;
			}
			long rows = 0;
			for (long n : lineFeeds) {
				rows += n;
			}
			if (rows > MAX_ROWS) {
				return null; // the read in one piece says so
			}
			columns.allocate((int) rows);
			List<Part> parts = new ArrayList<>();
			int firstRow = 0;
			for (int k = 0; k < ranges.size(); k++) {
				parts.add(new Part(ranges.get(k)[0], ranges.get(k)[1], firstRow, (int) lineFeeds[k], 0, columns));
				firstRow += (int) lineFeeds[k];
			}
			progress.track(parts);
			if (!inParallel(parts.size(), k -> readPart(parts.get(k)))) {
				return null;
			}
			int line = header.line();
			for (Part part : parts) {
				part.firstLine = line;
				line += part.lines - 1;
			}
			return parts;
		}

		private void readPart(Part part) throws IOException, DataImportException {
			try (CsvTokenizer tokenizer = openAt(part, file, fileName, StandardCharsets.UTF_8, header)) {
				long length = part.end - part.start;
				tokenizer.stopAt(length);
				readRecords(part, tokenizer, fileName, progress);
				if (tokenizer.bytesConsumed() != length && part.end < fileSize) {
					throw new PartsDisagree(); // the next part does not start at a record
				}
				part.lines = tokenizer.line();
			}
		}

		/**
		 * Runs the task for parts 0 to count - 1 on this thread and the importer's other threads; after a failure no
		 * more parts are started.
		 *
		 * @return {@code false} if the file has to be read in one piece
		 */
		private boolean inParallel(int count, PartTask task) throws IOException {
			AtomicInteger next = new AtomicInteger();
			AtomicReference<Throwable> failure = new AtomicReference<>();
			Runnable work = () -> {
				for (int k; failure.get() == null && (k = next.getAndIncrement()) < count;) {
					try {
						task.run(k);
					} catch (Throwable e) {
						failure.compareAndSet(null, e);
					}
				}
			};
			List<Thread> helpers = new ArrayList<>();
			for (int t = 1; t < Math.min(count, threads); t++) {
				Thread helper = new Thread(work, "voxpop-csv-" + t);
				helper.setDaemon(true);
				helper.start();
				helpers.add(helper);
			}
			work.run();
			for (Thread helper : helpers) {
				while (helper.isAlive()) {
					try {
						helper.join(100);
					} catch (InterruptedException e) {
						Thread.currentThread().interrupt();
						failure.compareAndSet(null, new OperationCanceledException());
						progress.cancel();
					}
					progress.poll();
				}
			}
			progress.poll(); // a cancellation while the others read is not lost when they are done
			if (progress.cancelled) {
				failure.compareAndSet(null, new OperationCanceledException());
			}
			return switch (failure.get()) {
			case null -> true;
			case OperationCanceledException e -> throw e;
			case CharacterCodingException e -> throw e; // not UTF-8, wherever the parts are
			case PartsDisagree e -> false;
			case DataImportException e -> false;
			case IOException e -> throw e;
			case RuntimeException e -> throw e;
			case Error e -> throw e;
			default -> throw new IllegalStateException(failure.get());
			};
		}
	}

	private interface PartTask {
		void run(int part) throws IOException, DataImportException;
	}

	/** A part did not end where the next one starts: a line feed where the next part starts is inside quotes. */
	private static final class PartsDisagree extends RuntimeException {
		private static final long serialVersionUID = 1L;

		PartsDisagree() {
			super(null, null, false, false);
		}
	}

	/**
	 * The records of the whole file or of a part of it, in the column arrays from its first row; texts are kept
	 * per part.
	 */
	private static final class Part {

		/** Its first byte in the file, or -1 for the whole file (which is read on from its header). */
		final long start;
		final long end;
		final int firstRow;
		int capacity;
		final ColumnReader[] readers;
		int rows;
		/** The file's line on which it starts, and the lines it took, counted from 1 at its start, plus one. */
		int firstLine;
		int lines;
		volatile long bytesDone;
		/** How the whole file's arrays grow; {@code null} for a part, whose rows are counted beforehand. */
		Size growth;

		Part(long start, long end, int firstRow, int capacity, int firstLine, Columns columns) {
			this.start = start;
			this.end = end;
			this.firstRow = firstRow;
			this.capacity = capacity;
			this.firstLine = firstLine;
			this.readers = new ColumnReader[columns.count()];
			for (int i = 0; i < readers.length; i++) {
				readers[i] = new ColumnReader(columns.specs[i], columns.numbers[i], firstRow, capacity);
			}
		}

		/** The file's line for a line counted from this part's start. */
		int fileLine(int line) {
			return firstLine + line - 1;
		}
	}

	/** Reads the part's records, until its end, into its columns. */
	private static void readRecords(Part part, CsvTokenizer tokenizer, String fileName, Progress progress)
			throws IOException, DataImportException {
		ColumnReader[] readers = part.readers;
		int fields = readers.length;
		int rows = 0;
		while (tokenizer.nextRecord()) {
			if (tokenizer.fieldCount() != fields) {
				throw new DataImportException(fileName + " line " + tokenizer.recordStartLine() + ": expected "
						+ fields + " fields as in the header, found " + tokenizer.fieldCount()
						+ ". Check for an unquoted '" + tokenizer.delimiter() + "' or a missing field.");
			}
			if (rows == part.capacity) {
				if (part.growth == null) {
					throw new PartsDisagree(); // more records than line feeds: it started inside quotes
				}
				part.capacity = newCapacity(rows, tokenizer, part.growth, fileName);
				for (ColumnReader column : readers) {
					column.grow(part.capacity);
				}
			}
			byte[] buffer = tokenizer.buffer();
			for (int i = 0; i < fields; i++) {
				ColumnReader column = readers[i];
				if (column.numbers != null) {
					double value = tokenizer.plainNumber(i);
					if (value == value) {
						column.numbers[column.firstRow + rows] = value;
					} else {
						column.addNumber(tokenizer, buffer, i, rows);
					}
				} else if (column.texts != null) {
					column.texts[rows] = tokenizer.fieldText(i);
				}
			}
			rows++;
			if (rows % ROWS_PER_PROGRESS_CHECK == 0) {
				part.rows = rows;
				progress.update(part, part.growth == null ? tokenizer.bytesConsumed() : part.growth.input.fileBytesRead());
			}
		}
		part.rows = rows;
	}

	/** The file's size in bytes, and its number of lines, counted when first asked for. */
	private static final class Size {

		private final Path file;
		private final Charset charset;
		private final long bytes;
		private final CsvInput.Cancellation cancellation;
		final CsvInput input;
		private long lines = -2;

		Size(Path file, Charset charset, long bytes, CsvInput.Cancellation cancellation, CsvInput input) {
			this.file = file;
			this.charset = charset;
			this.bytes = bytes;
			this.cancellation = cancellation;
			this.input = input;
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
	private static int newCapacity(int rows, CsvTokenizer tokenizer, Size size, String fileName)
			throws DataImportException, IOException {
		if (rows >= MAX_ROWS) {
			throw new DataImportException(fileName + ": more than " + MAX_ROWS + " rows. Split the file.");
		}
		long capacity = rows == 0 ? INITIAL_ROWS : rows + (rows >> 3) + 16;
		if (rows > 0 && tokenizer.bytesRead() > 0 && size.bytes() > 0) {
			// the share of the file consumed: of the bytes read, the consumed part, in file bytes
			double share = (double) tokenizer.bytesConsumed() / tokenizer.bytesRead() * size.input.fileBytesRead()
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

	/**
	 * The second pass over a part, for columns found not to be numeric: their texts before the row where that
	 * showed ({@code pending[i]} rows of column i), into {@code texts[i]} from row {@code firstRow}.
	 */
	private void readFirstTexts(CsvTokenizer tokenizer, int[] pending, String[][] texts, int firstRow,
			String fileName, IProgressMonitor monitor) throws IOException, DataImportException {
		int rows = Arrays.stream(pending).max().orElse(0);
		for (int row = 0; row < rows; row++) {
			if (!tokenizer.nextRecord() || tokenizer.fieldCount() != pending.length) {
				throw new DataImportException(fileName + ": the file changed while it was being read. Import it again.");
			}
			for (int i = 0; i < pending.length; i++) {
				if (row < pending[i]) {
					texts[i][firstRow + row] = tokenizer.fieldText(i);
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

	/**
	 * The parts' rows one after the other as plain variables with their value types ({@link Importers} applies
	 * the codebook file): numbers where every part found numbers, else texts, read again where a part found them
	 * late. Throws for the first column (in file order) that the codebook calls numeric but holds text.
	 */
	private Dataset toDataset(Path file, String fileName, Columns columns, List<Part> parts, Charset charset,
			IProgressMonitor monitor) throws IOException, DataImportException {
		for (int i = 0; i < columns.count(); i++) {
			for (Part part : parts) {
				ColumnReader column = part.readers[i];
				if (column.badText != null) {
					throw new DataImportException(fileName + " line " + part.fileLine(column.badLine) + ": variable "
							+ column.spec.name() + " is numeric in the codebook, but has the value '" + column.badText
							+ "'. Fix the value or declare the variable as string in the codebook.");
				}
			}
		}
		int[] firstRows = new int[parts.size()];
		int rows = 0;
		for (int k = 0; k < parts.size(); k++) {
			firstRows[k] = rows;
			rows += parts.get(k).rows;
		}
		double[][] numbers = new double[columns.count()][];
		String[][] texts = new String[columns.count()][];
		int[][] pending = new int[parts.size()][columns.count()];
		for (int i = 0; i < columns.count(); i++) {
			final int column = i;
			if (parts.stream().allMatch(part -> part.readers[column].numbers != null)) {
				numbers[i] = parts.get(0).readers[i].numbers; // one array, which the parts share
				for (int k = 0; k < parts.size(); k++) {
					Part part = parts.get(k);
					if (part.firstRow != firstRows[k]) { // a part had fewer records than line feeds
						System.arraycopy(numbers[i], part.firstRow, numbers[i], firstRows[k], part.rows);
					}
				}
				numbers[i] = numbers[i].length == rows ? numbers[i] : Arrays.copyOf(numbers[i], rows);
				continue;
			}
			texts[i] = new String[rows];
			for (int k = 0; k < parts.size(); k++) {
				ColumnReader reader = parts.get(k).readers[i];
				int from = reader.texts == null ? parts.get(k).rows : reader.firstText;
				if (reader.texts != null) {
					System.arraycopy(reader.texts, from, texts[i], firstRows[k] + from, parts.get(k).rows - from);
				}
				pending[k][i] = from;
			}
		}
		for (int k = 0; k < parts.size(); k++) {
			if (Arrays.stream(pending[k]).anyMatch(n -> n > 0)) {
				monitor.subTask("Reading the text columns again");
				try (CsvTokenizer tokenizer = openAt(parts.get(k), file, fileName, charset, columns.header)) {
					readFirstTexts(tokenizer, pending[k], texts, firstRows[k], fileName, monitor);
				}
			}
		}
		Study study = CodebookFactory.eINSTANCE.createStudy();
		study.setName(stripExtension(fileName));
		study.setCaseCount(rows);
		List<org.voxpop.data.Column> result = new ArrayList<>(columns.count());
		for (int i = 0; i < columns.count(); i++) {
			String name = columns.specs[i].name();
			Variable variable = CodebookFactory.eINSTANCE.createVariable();
			variable.setName(name);
			if (numbers[i] != null) {
				result.add(new NumericColumn(name, numbers[i]));
			} else {
				variable.setValueType(ValueType.STRING);
				result.add(new StringColumn(name, texts[i]));
			}
			study.getVariables().add(variable);
		}
		return new Dataset(file, study, result);
	}

	private static String stripExtension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot <= 0 ? fileName : fileName.substring(0, dot);
	}

	/** What a column is, by its header and the codebook. */
	private record ColumnSpec(int index, String name, boolean wantsString, boolean codebookNumeric) {
	}

	/** The file's columns, and their number arrays, which the parts of a file read in parts share. */
	private static final class Columns {

		final CsvTokenizer header;
		final ColumnSpec[] specs;
		final double[][] numbers;

		Columns(CsvTokenizer header, List<String> names, Study codebook) {
			this.header = header;
			specs = new ColumnSpec[names.size()];
			numbers = new double[names.size()][];
			for (int i = 0; i < specs.length; i++) {
				Variable described = codebook == null ? null : codebook.getVariable(names.get(i));
				boolean wantsString = described != null && described.getValueType() == ValueType.STRING;
				specs[i] = new ColumnSpec(i, names.get(i), wantsString, described != null && !wantsString);
				numbers[i] = wantsString ? null : new double[0];
			}
		}

		int count() {
			return specs.length;
		}

		/** Number arrays for that many rows, for the parts to share. */
		void allocate(int rows) {
			for (int i = 0; i < specs.length; i++) {
				numbers[i] = specs[i].wantsString() ? null : new double[rows];
			}
		}
	}

	/**
	 * One column of a part being read: numbers while they are numbers (into the column's array from the part's
	 * first row), texts from the row where a value is not (or from the start if the codebook says string). A column
	 * the codebook calls numeric that holds text keeps the first such value for the message and reads nothing more.
	 */
	private static final class ColumnReader {

		final ColumnSpec spec;
		final int firstRow;
		int capacity;
		double[] numbers;
		/** The part's texts, by its own rows. */
		String[] texts;
		/** The first row that {@link #texts} has, when the column was found not to be numeric. */
		int firstText;
		int badLine;
		String badText;

		ColumnReader(ColumnSpec spec, double[] numbers, int firstRow, int capacity) {
			this.spec = spec;
			this.firstRow = firstRow;
			this.capacity = capacity;
			if (spec.wantsString()) {
				texts = new String[capacity];
			} else {
				this.numbers = numbers;
			}
		}

		/** For the whole file read in one piece (its first row is 0). */
		void grow(int newCapacity) {
			capacity = newCapacity;
			if (numbers != null) {
				numbers = Arrays.copyOf(numbers, newCapacity);
			} else if (texts != null) {
				texts = Arrays.copyOf(texts, newCapacity);
			}
		}

		/** Parses field {@code field} of the current record as the part's row {@code row}. */
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
					numbers[firstRow + row] = Double.NaN;
					return;
				}
				double value = DecimalParser.parse(buffer, start, end);
				if (value == value) {
					numbers[firstRow + row] = value;
					return;
				}
			}
			String text = tokenizer.fieldText(field);
			double value = parseNumber(text);
			if (value == value || isSystemMissing(text.trim())) {
				numbers[firstRow + row] = value;
			} else if (spec.codebookNumeric()) {
				badLine = tokenizer.recordStartLine();
				badText = text;
				numbers = null;
			} else {
				firstText = row;
				texts = new String[capacity];
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

	/**
	 * Reports the bytes done in all parts as work and checks for cancellation: the thread that started the import
	 * asks the monitor, the threads that read other parts see what it found.
	 */
	private static final class Progress implements CsvInput.Cancellation {

		private final IProgressMonitor monitor;
		private final Thread owner = Thread.currentThread();
		private final int shift;
		private final int total;
		private int reported;
		private List<Part> parts = List.of();
		private volatile boolean cancelled;

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

		void track(List<Part> parts) {
			this.parts = parts;
		}

		@Override
		public void check() {
			if (Thread.currentThread() == owner && monitor.isCanceled()) {
				cancelled = true;
			}
			if (cancelled) {
				throw new OperationCanceledException();
			}
		}

		/** A part has done that many bytes (of the file, or of the part); on the owner's thread, reported. */
		void update(Part part, long bytesDone) {
			part.bytesDone = bytesDone;
			if (Thread.currentThread() == owner) {
				report();
			}
			check();
		}

		/** On the owner's thread: the bytes done so far as work. */
		void report() {
			long done = 0;
			for (Part part : parts) {
				done += part.bytesDone;
			}
			int work = (int) (done >> shift);
			if (work > reported) {
				monitor.worked(work - reported);
				reported = work;
			}
		}

		/** On the owner's thread, while the other threads read: reports and notes a cancellation for them. */
		void poll() {
			report();
			if (monitor.isCanceled()) {
				cancelled = true;
			}
		}

		void cancel() {
			cancelled = true;
		}
	}
}
