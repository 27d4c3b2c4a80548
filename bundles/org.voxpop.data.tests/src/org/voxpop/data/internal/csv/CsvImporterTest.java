package org.voxpop.data.internal.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voxpop.codebook.CodebookFactory;
import org.voxpop.codebook.Study;
import org.voxpop.codebook.ValueType;
import org.voxpop.codebook.Variable;
import org.voxpop.codebook.io.CodebookIO;
import org.voxpop.data.Column;
import org.voxpop.data.DataImportException;
import org.voxpop.data.Dataset;
import org.voxpop.data.ImportSource;
import org.voxpop.data.Importers;
import org.voxpop.data.NumericColumn;
import org.voxpop.data.StringColumn;

/** The CSV importer's behaviour in the corners: texts kept exactly, quoting, line ends, encodings, progress. */
class CsvImporterTest {

	@TempDir
	Path folder;

	@Test
	void aColumnWithTextKeepsTheOriginalTexts() throws Exception {
		Dataset data = read("id,code,score\n1,007,1.50\n2,abc, 2 \n3, 1.50 ,NA\n4,,.\n5,NA,\n");
		assertArrayEquals(new String[] { "007", "abc", " 1.50 ", "", "NA" }, strings(data, "code"));
		assertEquals(ValueType.STRING, data.codebook().getVariable("code").getValueType());
		assertArrayEquals(new double[] { 1.5, 2, Double.NaN, Double.NaN, Double.NaN }, numbers(data, "score"));
		assertArrayEquals(new double[] { 1, 2, 3, 4, 5 }, numbers(data, "id"));
	}

	@Test
	void aColumnThatTurnsOutTextLateKeepsEveryText() throws Exception {
		String[] kinds = { "007", "1.0", "1e3", " 5", "", "NA", ".", "-0", "\"2.5\"", "0.10" };
		int rows = 50_000;
		StringBuilder content = new StringBuilder("n,late,early\n");
		List<String> late = new ArrayList<>();
		List<String> early = new ArrayList<>();
		for (int r = 0; r < rows; r++) {
			String kind = r == rows - 1 ? "x" : kinds[r % kinds.length];
			late.add(kind.replace("\"", ""));
			String other = r == 3 ? "y" : kinds[(r + 3) % kinds.length];
			early.add(other.replace("\"", ""));
			content.append(r).append(',').append(kind).append(',').append(other).append('\n');
			if (r % 1000 == 0) {
				content.append('\n'); // blank lines do not count as rows
			}
		}
		for (CsvImporter importer : new CsvImporter[] { new CsvImporter(), new CsvImporter(64, CsvImporter.DEFAULT_PART_SIZE, 1),
				new CsvImporter(64, 5000, 3), new CsvImporter(CsvTokenizer.DEFAULT_BUFFER_SIZE, 100_000, 3) }) {
			Dataset data = read(importer, content.toString());
			assertEquals(rows, data.rowCount());
			assertArrayEquals(late.toArray(String[]::new), strings(data, "late"));
			assertArrayEquals(early.toArray(String[]::new), strings(data, "early"));
			assertEquals(rows - 1.0, numbers(data, "n")[rows - 1]);
		}
	}

	@Test
	void infinityAndNaNAreText() throws Exception {
		Dataset data = read("a,b,c,d\n1,1,1,1\n1e400,NaN,Infinity,0x10\n");
		for (String name : List.of("a", "b", "c", "d")) {
			assertInstanceOf(StringColumn.class, data.column(name), name);
		}
		assertArrayEquals(new String[] { "1", "1e400" }, strings(data, "a"));
	}

	@Test
	void quotedFieldsHoldDelimitersQuotesAndLineBreaks() throws Exception {
		Dataset data = read("a;b;c;d\n\"x;y\";\"he said \"\"hi\"\"\";\"two\nlines\";\"3.5\"\n\"\";\"\"\"\";\"\r\n\";\" 4 \"\n");
		assertArrayEquals(new String[] { "x;y", "" }, strings(data, "a"));
		assertArrayEquals(new String[] { "he said \"hi\"", "\"" }, strings(data, "b"));
		assertArrayEquals(new String[] { "two\nlines", "\r\n" }, strings(data, "c"));
		assertArrayEquals(new double[] { 3.5, 4 }, numbers(data, "d"));
	}

	@Test
	void errorsNameThePhysicalLineWhereTheRecordStarts() throws IOException {
		assertError("a,b\n\"1\nstill 1\",2\n\n3\n", "t.csv line 5: expected 2 fields as in the header, found 1. "
				+ "Check for an unquoted ',' or a missing field.");
		assertError("a,b\r1,2\r\r3\r", "t.csv line 4: expected 2 fields");
		assertError("a,b\r\n1,2\r\n\r\n3,4,5\r\n", "t.csv line 4: expected 2 fields as in the header, found 3");
		assertError("a\tb\n1\t2\n1\n", "t.csv line 3: expected 2 fields as in the header, found 1. Check for an unquoted '\t'");
		assertError("a,b\n1,\"x\"y\n", "t.csv line 2: text after the closing quote of field 2.");
		assertError("a,b\n1,\"two\nlines\"y\n", "t.csv line 3: text after the closing quote of field 2.");
		assertError("a,b\n1,2\n\"3,4\n5,6\n", "t.csv line 3: a quoted field starts here and is never closed.");
		assertError("", "t.csv: the file is empty.");
		assertError("\ufeff", "t.csv: the file is empty.");
		assertError("a,,b\n", "t.csv line 1: column 2 has no name.");
		assertError("a, a\n", "t.csv line 1: the column name 'a' appears twice.");
	}

	@Test
	void lineEndsAndBlankLinesInAnyMix() throws Exception {
		Dataset data = read("\ufeff a ,b\r\n1,2\r3,4\n\r\n\n5,6\r\n\r7,8");
		assertEquals(List.of("a", "b"), data.columnNames());
		assertArrayEquals(new double[] { 1, 3, 5, 7 }, numbers(data, "a"));
		assertArrayEquals(new double[] { 2, 4, 6, 8 }, numbers(data, "b"));
		Dataset lastEmpty = read("a,b\n1,\n2,");
		assertArrayEquals(new double[] { Double.NaN, Double.NaN }, numbers(lastEmpty, "b"));
	}

	@Test
	void recordsAcrossBufferBoundariesReadAsInOnePiece() throws Exception {
		Random random = new Random(5);
		String[] values = { "1", "-2.5", "007", "", "NA", "\"q\"\"uote\"", "\"multi\nline\"", "\"a,b\"", "Jos\u00e9",
				"\ud83d\ude00", "1e5", "x y", " 3 ", "\"\"", "\u65e5\u672c" };
		String[] lineEnds = { "\n", "\r\n", "\r" };
		StringBuilder content = new StringBuilder("\ufeffc1,c2,c3,c4,c5\n");
		for (int r = 0; r < 3000; r++) {
			for (int c = 0; c < 5; c++) {
				String value = c < 2 ? Integer.toString(random.nextInt(100)) : values[random.nextInt(values.length)];
				content.append(c == 0 ? "" : ",").append(value);
			}
			content.append(lineEnds[random.nextInt(lineEnds.length)]);
			if (random.nextInt(50) == 0) {
				content.append(lineEnds[random.nextInt(lineEnds.length)]);
			}
		}
		Dataset expected = read(content.toString());
		assertEquals(3000, expected.rowCount());
		for (int bufferSize : new int[] { 1, 7, 8, 13, 64, 1000 }) {
			Dataset data = read(new CsvImporter(bufferSize, CsvImporter.DEFAULT_PART_SIZE, 1), content.toString());
			assertSameData(expected, data, "buffer of " + bufferSize);
			// in parts, with line breaks inside quotes here and there: where a part would start inside quotes, the
			// file is read in one piece
			data = read(new CsvImporter(bufferSize, 500 + 97 * bufferSize, 3), content.toString());
			assertSameData(expected, data, "in parts, buffer of " + bufferSize);
		}
	}

	@Test
	void encodingsOtherThanUtf8AreDecoded() throws Exception {
		String text = "name;n\nJos\u00e9 \u20ac;1\n\u00e5\u00e4\u00f6;2,5\n";
		for (Charset charset : new Charset[] { StandardCharsets.ISO_8859_1, Charset.forName("windows-1252"),
				StandardCharsets.UTF_16, StandardCharsets.UTF_16LE, StandardCharsets.UTF_8 }) {
			String content = charset.equals(StandardCharsets.ISO_8859_1) ? text.replace(" \u20ac", "") : text;
			Path file = folder.resolve("enc.csv");
			Files.write(file, content.getBytes(charset));
			Dataset data = new CsvImporter(8, CsvImporter.DEFAULT_PART_SIZE, 1).importDataset(new ImportSource(file, null, charset),
					new NullProgressMonitor());
			String expected = charset.equals(StandardCharsets.ISO_8859_1) ? "Jos\u00e9" : "Jos\u00e9 \u20ac";
			assertArrayEquals(new String[] { expected, "\u00e5\u00e4\u00f6" }, strings(data, "name"), charset.name());
			assertArrayEquals(new String[] { "1", "2,5" }, strings(data, "n"), charset.name());
		}
	}

	@Test
	void malformedUtf8IsReportedWhereverItIs() throws IOException {
		for (String bad : new String[] { "c0af", "eda080", "e282", "f4908080", "ff", "c3", "e9", "f090" }) {
			byte[] bytes = java.util.HexFormat.of().parseHex(bad);
			for (String layout : new String[] { "header", "field", "end", "after quote" }) {
				byte[] content = switch (layout) {
				case "header" -> concat("a".getBytes(StandardCharsets.UTF_8), bytes, ",b\n1,2\n".getBytes(StandardCharsets.UTF_8));
				case "field" -> concat("a,b\n1,x".getBytes(StandardCharsets.UTF_8), bytes, "\n".getBytes(StandardCharsets.UTF_8));
				case "end" -> concat("a,b\n1,".getBytes(StandardCharsets.UTF_8), bytes);
				// not "text after the closing quote": the text is wrong before the record is
				default -> concat("a,b\n1,\"x\"".getBytes(StandardCharsets.UTF_8), bytes);
				};
				Path file = folder.resolve("bad.csv");
				Files.write(file, content);
				for (int bufferSize : new int[] { 8, CsvTokenizer.DEFAULT_BUFFER_SIZE }) {
					DataImportException error = assertThrows(DataImportException.class, () -> new CsvImporter(bufferSize, CsvImporter.DEFAULT_PART_SIZE, 1)
							.importDataset(new ImportSource(file, null, StandardCharsets.UTF_8), new NullProgressMonitor()),
							bad + " in " + layout);
					assertTrue(error.getMessage().startsWith("bad.csv: not valid UTF-8 text. Give the file's encoding"),
							error.getMessage());
				}
			}
		}
	}

	@Test
	void theCodebookDecidesStringAndNamesTheLineOfANumberThatIsNot() throws Exception {
		Study codebook = CodebookFactory.eINSTANCE.createStudy();
		codebook.setName("cb");
		codebook.getVariables().add(variable("code", ValueType.STRING));
		codebook.getVariables().add(variable("n", ValueType.NUMERIC));
		codebook.getVariables().add(variable("m", ValueType.NUMERIC));
		Path codebookFile = folder.resolve("cb.xmi");
		CodebookIO.save(codebook, codebookFile);
		Path file = write("coded.csv", "code,n,m,free\n007,1,2,3\n1.0,2,3,4\n");
		Dataset data = Importers.importDataset(new ImportSource(file, codebookFile, null), new NullProgressMonitor());
		assertArrayEquals(new String[] { "007", "1.0" }, strings(data, "code"));
		assertArrayEquals(new double[] { 3, 4 }, numbers(data, "free"));
		assertEquals("cb", data.codebook().getName());

		// the first column in file order with text is named, at the line its record starts on
		Path bad = write("bad.csv", "code,n,m\nx,1,2\n\ny,2,oops\nz,\"not\nsure\",3\n");
		DataImportException error = assertThrows(DataImportException.class, () -> new CsvImporter()
				.importDataset(new ImportSource(bad, codebookFile, null), new NullProgressMonitor()));
		assertEquals("bad.csv line 5: variable n is numeric in the codebook, but has the value 'not\nsure'. "
				+ "Fix the value or declare the variable as string in the codebook.", error.getMessage());
		// a malformed record later in the file is reported first, as the whole file is read before the columns
		Path worse = write("worse.csv", "code,n,m\nx,oops,2\n1,2\n");
		DataImportException first = assertThrows(DataImportException.class, () -> new CsvImporter()
				.importDataset(new ImportSource(worse, codebookFile, null), new NullProgressMonitor()));
		assertTrue(first.getMessage().startsWith("worse.csv line 3: expected 3 fields"), first.getMessage());
		// read in parts, a later part names the line in the file
		Path late = write("late.csv", "code,n,m\nx,1,2\n\ny,2,3\nz,\"4\",5\n\nw,6,7\nv,oops,8\nu,9,oops\n");
		CsvImporter inParts = new CsvImporter(8, 6, 3);
		DataImportException inPart = assertThrows(DataImportException.class, () -> inParts
				.importDataset(new ImportSource(late, codebookFile, null), new NullProgressMonitor()));
		assertEquals("late.csv line 8: variable n is numeric in the codebook, but has the value 'oops'. "
				+ "Fix the value or declare the variable as string in the codebook.", inPart.getMessage());
		assertTrue(inParts.partsRead() > 2, "read in " + inParts.partsRead() + " parts");
	}

	@Test
	void aFileReadInPartsGivesWhatItGivesInOnePiece() throws Exception {
		Random random = new Random(11);
		String[] texts = { "1", "-2.5", "", "NA", "\"q\"\"uote\"", "\"a,b\"", "Jos\u00e9", "x y", " 3 ", "007" };
		for (boolean lineBreaksInQuotes : new boolean[] { false, true }) {
			StringBuilder content = new StringBuilder("n,late,some,any\n");
			int rows = 6000;
			for (int r = 0; r < rows; r++) {
				content.append(r) // late: numbers until a text near the end; some: texts here and there
						.append(',').append(r == 5000 ? "late" : Integer.toString(random.nextInt(1000)))
						.append(',').append(random.nextInt(200) == 0 ? texts[random.nextInt(texts.length)]
								: String.format(Locale.ROOT, "%.2f", random.nextGaussian()))
						.append(',').append(lineBreaksInQuotes && random.nextInt(300) == 0 ? "\"two\nlines\""
								: texts[random.nextInt(texts.length)])
						.append(random.nextInt(4) == 0 ? "\r\n" : "\n");
				if (random.nextInt(100) == 0) {
					content.append(random.nextBoolean() ? "\n" : "\r\n"); // blank: fewer records than line feeds
				}
			}
			Dataset expected = read(content.toString());
			assertEquals(rows, expected.rowCount());
			assertInstanceOf(StringColumn.class, expected.column("late"));
			for (long partSize : new long[] { 300, 1000, 4099, 30_000 }) {
				for (int bufferSize : new int[] { 64, CsvTokenizer.DEFAULT_BUFFER_SIZE }) {
					CsvImporter importer = new CsvImporter(bufferSize, partSize, 3);
					String what = "parts of " + partSize + ", buffer of " + bufferSize;
					assertSameData(expected, read(importer, content.toString()), what);
					if (!lineBreaksInQuotes) {
						assertTrue(importer.partsRead() > 1, what + ": read in " + importer.partsRead() + " parts");
					}
				}
			}
		}
	}

	@Test
	void progressCountsTheBytesAndCancellingStopsTheImport() throws Exception {
		StringBuilder content = new StringBuilder("a,b\n");
		for (int r = 0; r < 100_000; r++) {
			content.append(r).append(',').append(r % 7).append('\n');
		}
		Path file = write("big.csv", content.toString());
		long size = Files.size(file);
		CsvImporter[] importers = { new CsvImporter(), new CsvImporter(CsvTokenizer.DEFAULT_BUFFER_SIZE, size / 4, 3) };
		for (CsvImporter importer : importers) {
			RecordingMonitor monitor = new RecordingMonitor(-1);
			Dataset data = importer.importDataset(ImportSource.of(file), monitor);
			assertEquals(100_000, data.rowCount());
			assertEquals(importer == importers[0] ? 1 : 3, importer.partsRead());
			assertEquals(size, monitor.total, "the work is the file's size in bytes");
			assertTrue(monitor.worked > size / 2 && monitor.worked <= size, monitor.worked + " of " + size);
			assertTrue(monitor.done);

			// in parts, the first check may come when the other threads are done: it must still cancel
			RecordingMonitor cancelling = new RecordingMonitor(importer == importers[0] ? 3 : 1);
			assertThrows(OperationCanceledException.class, () -> importer.importDataset(ImportSource.of(file),
					cancelling));
			assertTrue(cancelling.done);
		}
	}

	private static final class RecordingMonitor extends NullProgressMonitor {

		private final int cancelAfterChecks;
		int checks;
		long total = -2;
		long worked;
		boolean done;

		RecordingMonitor(int cancelAfterChecks) {
			this.cancelAfterChecks = cancelAfterChecks;
		}

		@Override
		public void beginTask(String name, int totalWork) {
			total = totalWork;
		}

		@Override
		public void worked(int work) {
			worked += work;
		}

		@Override
		public boolean isCanceled() {
			return ++checks == cancelAfterChecks;
		}

		@Override
		public void done() {
			done = true;
		}
	}

	private static Variable variable(String name, ValueType type) {
		Variable variable = CodebookFactory.eINSTANCE.createVariable();
		variable.setName(name);
		variable.setValueType(type);
		return variable;
	}

	private static byte[] concat(byte[]... parts) {
		int length = 0;
		for (byte[] part : parts) {
			length += part.length;
		}
		byte[] result = new byte[length];
		int at = 0;
		for (byte[] part : parts) {
			System.arraycopy(part, 0, result, at, part.length);
			at += part.length;
		}
		return result;
	}

	private void assertError(String content, String messageStart) throws IOException {
		Path file = write("t.csv", content);
		// in one piece, and in parts of a few bytes: a part that finds a malformed record has the file read in one piece
		for (CsvImporter importer : new CsvImporter[] { new CsvImporter(8, CsvImporter.DEFAULT_PART_SIZE, 1),
				new CsvImporter(), new CsvImporter(8, 2, 3), new CsvImporter(8, 4, 3) }) {
			DataImportException error = assertThrows(DataImportException.class,
					() -> importer.importDataset(ImportSource.of(file), new NullProgressMonitor()));
			assertTrue(error.getMessage().startsWith(messageStart), error.getMessage());
		}
	}

	private static void assertSameData(Dataset expected, Dataset actual, String what) {
		assertEquals(expected.columnNames(), actual.columnNames(), what);
		assertEquals(expected.rowCount(), actual.rowCount(), what);
		for (String name : expected.columnNames()) {
			Column column = expected.column(name);
			if (column instanceof NumericColumn numbers) {
				assertArrayEquals(numbers.values(), assertInstanceOf(NumericColumn.class, actual.column(name)).values(),
						what + ", " + name);
			} else {
				assertArrayEquals(((StringColumn) column).values(),
						assertInstanceOf(StringColumn.class, actual.column(name)).values(), what + ", " + name);
			}
		}
	}

	private Dataset read(String content) throws IOException, DataImportException {
		return read(new CsvImporter(), content);
	}

	private Dataset read(CsvImporter importer, String content) throws IOException, DataImportException {
		return importer.importDataset(ImportSource.of(write("data.csv", content)), new NullProgressMonitor());
	}

	private Path write(String name, String content) throws IOException {
		Path file = folder.resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

	private static String[] strings(Dataset data, String name) {
		return assertInstanceOf(StringColumn.class, data.column(name), name).values();
	}

	private static double[] numbers(Dataset data, String name) {
		return assertInstanceOf(NumericColumn.class, data.column(name), name).values();
	}
}
