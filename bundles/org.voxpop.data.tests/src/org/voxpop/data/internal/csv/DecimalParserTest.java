package org.voxpop.data.internal.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voxpop.data.Column;
import org.voxpop.data.DataImportException;
import org.voxpop.data.Dataset;
import org.voxpop.data.ImportSource;
import org.voxpop.data.NumericColumn;
import org.voxpop.data.StringColumn;

/**
 * The fast number reading gives exactly what {@link Double#parseDouble} gives, bit for bit, or leaves the text to
 * it; and a value is numeric in the importer exactly when its trimmed text is system missing or a finite number
 * for {@code Double.parseDouble}.
 */
class DecimalParserTest {

	/** Texts that a number reader gets wrong easily. */
	static final String[] EDGE_CASES = { "0", "-0", "+0", "-0.0", "0.0e-5", "1", "+3", "-3", "1e5", "1E5", "1e+5",
			"1E-5", "1.e2", ".5", "+.5", "-.5e-3", "5.", "-5.", "007", "00.00", "000000000000000000001", "0.1", "0.2",
			"0.3", "0.30000000000000004", "2.5", "-4.25", "123.456", "1e22", "1e23", "1e-22", "1e-23", "9e15",
			"9007199254740991", "9007199254740992", "9007199254740993", "123456789012345678", "1234567890123456789",
			"12345678901234567890", "3.141592653589793238462643383279", "0.1234567890123456789", "1E-320", "4.9e-324",
			"2.4703282292062327e-324", "2.2250738585072014E-308", "1.7976931348623157e308", "1e308", "1e309", "1e400",
			"-1e400", "1e-400", "0e999", "1e0005", "1e-0005", "1e00005", "1E+05", " 7 ", "\t8\t", " -1.5", "2.5 ",
			"0x10", "0X1F", "0x1p3", "0x1.8p1", "NaN", "-NaN", "Infinity", "-Infinity", "+Infinity", "1d", "2.5f", "3D",
			"4F", "1e", "1e+", "e5", ".e5", "-", "+", ".", "-.", "..", "1..2", "1.2.3", "--1", "+-1", "1-", "1 2", "1,5",
			"1_000", "\u0661\u0662", "\uff11", "12abc", "abc", "NA", "na", " NA ", "", "  " };

	@Test
	void theFastPathGivesParseDoubleOrLeavesTheText() {
		for (String text : EDGE_CASES) {
			checkFastPath(text);
		}
	}

	@Test
	void plainNumbersTakeTheFastPath() {
		assertEquals(100000.0, fast("1e5"));
		assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(fast("-0")));
		assertEquals(0.5, fast(".5"));
		assertEquals(5.0, fast("5."));
		assertEquals(3.0, fast("+3"));
		assertEquals(7.0, fast("007"));
		assertEquals(-0.805, fast("-0.805"));
		assertEquals(0.1, fast("0.1"));
		for (String text : new String[] { "1E-320", "12345678901234567890", "9007199254740993", "0x10", "NaN",
				"Infinity", " 7 ", "1d", "1e", "abc", "" }) {
			assertTrue(Double.isNaN(fast(text)), text + " is left to Double.parseDouble");
		}
	}

	@Test
	void randomDecimalsGiveParseDouble() {
		Random random = new Random(20261123);
		int decided = 0;
		int count = 400_000;
		for (int i = 0; i < count; i++) {
			String text = randomDecimal(random);
			if (checkFastPath(text)) {
				decided++;
			}
		}
		assertTrue(decided > count / 2, "most random decimals are read by the fast path: " + decided);
	}

	@Test
	void printedDoublesGiveParseDouble() {
		Random random = new Random(7);
		for (int i = 0; i < 100_000; i++) {
			double value = switch (i % 4) {
			case 0 -> Double.longBitsToDouble(random.nextLong());
			case 1 -> random.nextGaussian();
			case 2 -> random.nextInt(1_000_000) / 1000.0;
			default -> random.nextDouble() * Math.pow(10, random.nextInt(40) - 20);
			};
			if (!Double.isFinite(value)) {
				continue;
			}
			checkFastPath(Double.toString(value));
			checkFastPath(String.format(Locale.ROOT, "%." + random.nextInt(18) + "f", value));
			checkFastPath(String.format(Locale.ROOT, "%." + random.nextInt(18) + "e", value));
			checkFastPath(String.valueOf((float) value));
		}
	}

	@Test
	void theImporterReadsNumbersAsParseDoubleDoes(@TempDir Path folder) throws Exception {
		List<String> texts = new ArrayList<>();
		for (String text : EDGE_CASES) {
			texts.add(text.replace('\t', ' '));
		}
		Random random = new Random(11);
		for (int i = 0; i < 2000; i++) {
			texts.add(randomDecimal(random));
		}
		// every text in its own column of one row, in files laid out in several ways
		String[] layouts = { "plain", "no line end", "quoted", "crlf", "semicolon", "tab", "small buffer" };
		for (String layout : layouts) {
			char delimiter = layout.equals("semicolon") ? ';' : layout.equals("tab") ? '\t' : ',';
			StringBuilder header = new StringBuilder();
			StringBuilder row = new StringBuilder();
			for (int i = 0; i < texts.size(); i++) {
				String separator = i == 0 ? "" : String.valueOf(delimiter);
				header.append(separator).append("v").append(i);
				String text = texts.get(i);
				boolean quote = layout.equals("quoted") || text.indexOf(delimiter) >= 0;
				row.append(separator).append(quote ? "\"" + text + "\"" : text);
			}
			String end = layout.equals("crlf") ? "\r\n" : "\n";
			Path file = write(folder, layout, header + end + row + (layout.equals("no line end") ? "" : end));
			CsvImporter importer = layout.equals("small buffer") ? new CsvImporter(16, CsvImporter.DEFAULT_PART_SIZE, 1) : new CsvImporter();
			Dataset data = importer.importDataset(ImportSource.of(file), new NullProgressMonitor());
			assertEquals(1, data.rowCount());
			for (int i = 0; i < texts.size(); i++) {
				checkImported(layout, texts.get(i), data.column("v" + i));
			}
		}
		// and each of the edge cases as the last field of a line, ended in every way
		for (String lineEnd : new String[] { "\n", "\r\n", "\r", "" }) {
			for (int i = 0; i < EDGE_CASES.length; i++) {
				String text = texts.get(i);
				String field = text.indexOf(',') >= 0 ? "\"" + text + "\"" : text;
				Path file = write(folder, "last" + i, "id,v\n1," + field + lineEnd);
				Dataset data = new CsvImporter().importDataset(ImportSource.of(file), new NullProgressMonitor());
				checkImported("line end " + lineEnd.replace("\r", "CR").replace("\n", "LF"), text, data.column("v"));
			}
		}
	}

	private static Path write(Path folder, String name, String content) throws IOException {
		Path file = folder.resolve(name.replace(' ', '-') + ".csv");
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

	@Test
	void manyRowsOfRandomNumbersImportExactly(@TempDir Path folder) throws IOException, DataImportException {
		Random random = new Random(3);
		int rows = 30_000;
		int columns = 4;
		String[][] texts = new String[rows][columns];
		StringBuilder content = new StringBuilder("a,b,c,d\n");
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < columns; c++) {
				texts[r][c] = switch (c) {
				case 0 -> Integer.toString(random.nextInt(10) - 1);
				case 1 -> String.format(Locale.ROOT, "%.3f", random.nextGaussian());
				case 2 -> Double.toString(random.nextGaussian() * Math.pow(10, random.nextInt(30) - 15));
				default -> finiteDecimal(random);
				};
				content.append(c == 0 ? "" : ",").append(texts[r][c]);
			}
			content.append(r % 3 == 0 ? "\r\n" : "\n");
		}
		Path file = folder.resolve("random.csv");
		Files.writeString(file, content, StandardCharsets.UTF_8);
		for (CsvImporter importer : new CsvImporter[] { new CsvImporter(), new CsvImporter(100, CsvImporter.DEFAULT_PART_SIZE, 1),
				new CsvImporter(100, 4096, 3) /* in parts */ }) {
			Dataset data = importer.importDataset(ImportSource.of(file), new NullProgressMonitor());
			assertEquals(rows, data.rowCount());
			for (int c = 0; c < columns; c++) {
				double[] values = assertInstanceOf(NumericColumn.class, data.column("abcd".substring(c, c + 1))).values();
				for (int r = 0; r < rows; r++) {
					if (Double.doubleToRawLongBits(values[r]) != Double.doubleToRawLongBits(Double.parseDouble(texts[r][c]))) {
						fail("row " + r + " column " + c + ": '" + texts[r][c] + "' read as " + values[r]);
					}
				}
			}
		}
	}

	/** Whether the fast path decided the text; fails if it decided differently from Double.parseDouble. */
	private static boolean checkFastPath(String text) {
		double value = fast(text);
		if (Double.isNaN(value)) {
			return false;
		}
		double expected;
		try {
			expected = Double.parseDouble(text);
		} catch (NumberFormatException e) {
			fail("'" + text + "' is not a number for Double.parseDouble, but the fast path read " + value);
			return true;
		}
		if (Double.doubleToRawLongBits(expected) != Double.doubleToRawLongBits(value)) {
			fail("'" + text + "': fast path " + value + ", Double.parseDouble " + expected);
		}
		return true;
	}

	private static double fast(String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		return DecimalParser.parse(bytes, 0, bytes.length);
	}

	/** Checks a column read from one text against the importer's rule, stated here with Double.parseDouble. */
	private static void checkImported(String layout, String text, Column column) {
		String trimmed = text.trim();
		boolean missing = trimmed.isEmpty() || trimmed.equals("NA") || trimmed.equals(".");
		Double number = null;
		if (!missing) {
			try {
				double value = Double.parseDouble(trimmed);
				number = Double.isFinite(value) ? value : null;
			} catch (NumberFormatException e) {
				number = null;
			}
		}
		String where = layout + ", '" + text + "'";
		if (missing) {
			assertTrue(Double.isNaN(assertInstanceOf(NumericColumn.class, column, where).get(0)), where);
		} else if (number != null) {
			double read = assertInstanceOf(NumericColumn.class, column, where).get(0);
			assertEquals(Double.doubleToRawLongBits(number), Double.doubleToRawLongBits(read), where + " read as " + read);
		} else {
			assertEquals(text, assertInstanceOf(StringColumn.class, column, where).values()[0], where);
		}
	}

	/** A random decimal whose value is finite (else the column would be text). */
	private static String finiteDecimal(Random random) {
		while (true) {
			String text = randomDecimal(random);
			if (Double.isFinite(Double.parseDouble(text))) {
				return text;
			}
		}
	}

	/** A decimal in the plain form or close to it: signs, dots, exponents, long and short digit strings. */
	static String randomDecimal(Random random) {
		StringBuilder text = new StringBuilder();
		int sign = random.nextInt(5);
		if (sign == 0) {
			text.append('-');
		} else if (sign == 1 && random.nextBoolean()) {
			text.append('+');
		}
		int integerDigits = random.nextInt(4) == 0 ? random.nextInt(21) : random.nextInt(4);
		for (int i = 0; i < integerDigits; i++) {
			text.append((char) ('0' + random.nextInt(10)));
		}
		if (random.nextInt(4) > 0 || integerDigits == 0) {
			text.append('.');
			int fractionDigits = random.nextInt(4) == 0 ? random.nextInt(21) : 1 + random.nextInt(6);
			for (int i = 0; i < fractionDigits; i++) {
				text.append((char) ('0' + random.nextInt(10)));
			}
		}
		if (integerDigits == 0 && text.charAt(text.length() - 1) == '.') {
			text.append('5');
		}
		if (random.nextInt(6) == 0) {
			text.append(random.nextBoolean() ? 'e' : 'E');
			int exponentSign = random.nextInt(3);
			if (exponentSign > 0) {
				text.append(exponentSign == 1 ? '-' : '+');
			}
			text.append(random.nextInt(random.nextBoolean() ? 25 : 400));
		}
		return text.toString();
	}
}
