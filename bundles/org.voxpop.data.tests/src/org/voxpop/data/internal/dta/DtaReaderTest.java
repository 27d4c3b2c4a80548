package org.voxpop.data.internal.dta;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voxpop.codebook.MeasurementLevel;
import org.voxpop.codebook.Variable;
import org.voxpop.data.Codes;
import org.voxpop.data.DataImportException;
import org.voxpop.data.Dataset;
import org.voxpop.data.ImportSource;
import org.voxpop.data.NumericColumn;
import org.voxpop.data.StringColumn;

/**
 * The reader on files built by {@link DtaFileBuilder} from Stata's description, for what the tools at hand do not
 * write: every numeric type's missing encodings, shared value labels, binary and cross-linked strLs, MSF strLs,
 * characteristics, and broken files.
 */
class DtaReaderTest {

	private static final int[] RELEASES = { 117, 118, 119 };
	private static final ByteOrder[] ORDERS = { ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN };

	@TempDir
	Path folder;

	/** Stored values from the tables in help dta, section 4: the extremes, ., .a, .z, in each type. */
	@Test
	void everyNumericTypeKeepsSystemAndExtendedMissingApart() throws Exception {
		for (int release : RELEASES) {
			for (ByteOrder order : ORDERS) {
				DtaFileBuilder file = new DtaFileBuilder(release, order)
						.variable("b", DtaVariable.BYTE, "%8.0g", "", "")
						.variable("i", DtaVariable.INT, "%8.0g", "", "")
						.variable("l", DtaVariable.LONG, "%12.0g", "", "")
						.variable("f", DtaVariable.FLOAT, "%9.0g", "", "")
						.variable("d", DtaVariable.DOUBLE, "%10.0g", "", "")
						.row(-127, -32767, -2147483647, -1.5f, -1.0e300)
						.row(100, 32740, 2147483620, 0x7effffff, 0x7fdfffffffffffffL)
						.row(101, 32741, 2147483621, 0x7f000000, 0x7fe0000000000000L)
						.row(102, 32742, 2147483622, 0x7f000800, 0x7fe0010000000000L)
						.row(103, 32743, 2147483623, 0x7f001000, 0x7fe0020000000000L)
						.row(127, 32767, 2147483647, 0x7f00d000, 0x7fe01a0000000000L);
				Dataset data = read(file, "numbers.dta");
				String where = release + " " + order;
				assertColumn(data, "b", where, -127, 100);
				assertColumn(data, "i", where, -32767, 32740);
				assertColumn(data, "l", where, -2147483647, 2147483620);
				assertColumn(data, "f", where, -1.5, Float.intBitsToFloat(0x7effffff));
				assertColumn(data, "d", where, -1.0e300, Double.longBitsToDouble(0x7fdfffffffffffffL));
			}
		}
	}

	private static void assertColumn(Dataset data, String name, String where, double lowest, double highest) {
		double[] expected = { lowest, highest, Double.NaN, Codes.stataExtendedMissing('a'),
				Codes.stataExtendedMissing('b'), Codes.stataExtendedMissing('z') };
		assertArrayEquals(expected, ((NumericColumn) data.column(name)).values(), where + " " + name);
	}

	@Test
	void aLabelSetNamedByTwoVariablesGivesEachItsOwnCopy() throws Exception {
		DtaFileBuilder file = new DtaFileBuilder(118, ByteOrder.LITTLE_ENDIAN)
				.variable("q1", DtaVariable.BYTE, "%8.0g", "agree", "First")
				.variable("q2", DtaVariable.INT, "%8.0g", "agree", "Second")
				.variable("q3", DtaVariable.LONG, "%8.0g", "undefined", "")
				.row(1, 2, 3)
				.valueLabel("agree", new int[] { 1, 2, 2147483621, 2147483622, 2147483647 },
						new String[] { "Agree", "Disagree", "System missing", "Not asked", "Something else" })
				.valueLabel("unused", new int[] { 5 }, new String[] { "Five" });
		Dataset data = read(file, "shared.dta");
		Variable q1 = data.codebook().getVariable("q1");
		Variable q2 = data.codebook().getVariable("q2");
		List<String> expected = List.of("1=Agree/NONE", "2=Disagree/NONE", ".a=Not asked/NOT_ASKED",
				".z=Something else/OTHER");
		assertEquals(expected, describe(q1));
		assertEquals(expected, describe(q2));
		assertNotSame(q1.getCategories().get(0), q2.getCategories().get(0));
		assertEquals(MeasurementLevel.NOMINAL, q1.getMeasurementLevel());
		Variable q3 = data.codebook().getVariable("q3");
		assertTrue(q3.getCategories().isEmpty(), "a label name without a definition gives no categories");
		assertEquals(MeasurementLevel.SCALE, q3.getMeasurementLevel());
		assertEquals("First", q1.getLabel());
		assertNull(q3.getLabel());
	}

	private static List<String> describe(Variable variable) {
		return variable.getCategories().stream()
				.map(c -> Codes.format(c.getCode()) + "=" + c.getLabel() + "/" + c.getMissingKind().name()).toList();
	}

	@Test
	void strLsOfBothTypesAndCrossLinksResolveInEveryReleaseAndByteOrder() throws Exception {
		for (int release : RELEASES) {
			for (ByteOrder order : ORDERS) {
				DtaFileBuilder file = new DtaFileBuilder(release, order)
						.variable("id", DtaVariable.BYTE, "%8.0g", "", "")
						.variable("text", DtaVariable.STRL, "%9s", "", "")
						.variable("blob", DtaVariable.STRL, "%9s", "", "")
						.row(1, new long[] { 2, 1 }, new long[] { 3, 1 })
						.row(2, new long[] { 0, 0 }, new long[] { 2, 1 })
						.row(3, new long[] { 2, 3 }, new long[] { 3, 1 })
						.gso(2, 1, 130, "first\0".getBytes(StandardCharsets.US_ASCII))
						.gso(3, 1, 129, new byte[] { 'a', 0, 'b' })
						.gso(2, 3, 130, "third\0".getBytes(StandardCharsets.US_ASCII));
				Dataset data = read(file, "strl.dta");
				String where = release + " " + order;
				assertArrayEquals(new String[] { "first", "", "third" },
						((StringColumn) data.column("text")).values(), where);
				assertArrayEquals(new String[] { "a\0b", "first", "a\0b" },
						((StringColumn) data.column("blob")).values(), where);
			}
		}
	}

	/** ReadStat (R haven) writes release 119's references split 2 + 6 like 118's, not 3 + 5 as documented. */
	@Test
	void release119ReferencesInReleases118SplitAreRead() throws Exception {
		for (ByteOrder order : ORDERS) {
			DtaFileBuilder as118 = new DtaFileBuilder(118, order);
			DtaFileBuilder file = new DtaFileBuilder(119, order)
					.variable("text", DtaVariable.STRL, "%9s", "", "")
					.row(as118.reference(1, 1)).row(as118.reference(1, 2))
					.gso(1, 1, 130, "one\0".getBytes(StandardCharsets.US_ASCII))
					.gso(1, 2, 130, "two\0".getBytes(StandardCharsets.US_ASCII));
			assertArrayEquals(new String[] { "one", "two" },
					((StringColumn) read(file, "readstat.dta").column("text")).values(), order.toString());
		}
	}

	@Test
	void aReferenceToAnUndefinedStrLIsNamed() throws IOException {
		DtaFileBuilder file = new DtaFileBuilder(118, ByteOrder.LITTLE_ENDIAN)
				.variable("text", DtaVariable.STRL, "%9s", "", "")
				.row(new long[] { 1, 1 }).row(new long[] { 1, 2 })
				.gso(1, 1, 130, "one\0".getBytes(StandardCharsets.US_ASCII));
		assertFails(file, "gap.dta", "gap.dta: observation 2 of variable text refers to a strL that <strls> does "
				+ "not define");
		DtaFileBuilder wrongCell = new DtaFileBuilder(118, ByteOrder.LITTLE_ENDIAN)
				.variable("n", DtaVariable.BYTE, "%8.0g", "", "").row(1)
				.gso(1, 1, 130, "one\0".getBytes(StandardCharsets.US_ASCII));
		assertFails(wrongCell, "cell.dta", "cell.dta: the strL at byte ");
	}

	@Test
	void release117StrLsThatAreValidUtf8AreReadAsUtf8UnlessTheUserGaveAnEncoding() throws Exception {
		byte[] legacy = "caf\u00e9".getBytes(java.nio.charset.Charset.forName("windows-1252"));
		byte[] utf8 = "caf\u00e9".getBytes(StandardCharsets.UTF_8);
		DtaFileBuilder file = new DtaFileBuilder(117, ByteOrder.LITTLE_ENDIAN)
				.variable("text", DtaVariable.STRL, "%9s", "", "")
				.row(new long[] { 1, 1 }).row(new long[] { 1, 2 })
				.gso(1, 1, 129, legacy).gso(1, 2, 129, utf8);
		Path path = write("mixed.dta", file.build());
		Dataset detected = new DtaImporter().importDataset(ImportSource.of(path), new NullProgressMonitor());
		assertArrayEquals(new String[] { "caf\u00e9", "caf\u00e9" }, ((StringColumn) detected.column("text")).values());
		Dataset chosen = new DtaImporter().importDataset(
				new ImportSource(path, null, StandardCharsets.ISO_8859_1), new NullProgressMonitor());
		assertArrayEquals(new String[] { "caf\u00e9", "caf\u00c3\u00a9" },
				((StringColumn) chosen.column("text")).values());
		assertEquals("ISO-8859-1", chosen.codebook().getFileEncoding());
	}

	@Test
	void fixedStringsEndAtTheirFirstNul() throws Exception {
		DtaFileBuilder file = new DtaFileBuilder(118, ByteOrder.BIG_ENDIAN)
				.variable("s", 5, "%5s", "", "")
				.row(new byte[] { 'a', 'b', 0, 'x', 'y' }).row("abcde").row("").row("\u00e4b");
		Dataset data = read(file, "strf.dta");
		assertArrayEquals(new String[] { "ab", "abcde", "", "\u00e4b" }, ((StringColumn) data.column("s")).values());
		assertEquals(5, data.codebook().getVariable("s").getWidth());
	}

	@Test
	void characteristicsAreSkippedByTheirLengthsWhateverTheyContain() throws Exception {
		DtaFileBuilder file = new DtaFileBuilder(117, ByteOrder.LITTLE_ENDIAN)
				.variable("x", DtaVariable.DOUBLE, "%td", "", "Caf\u00e9")
				.characteristic("_dta", "note1", "tricky </characteristics><data> text")
				.characteristic("x", "note0", "1")
				.label("Caf\u00e9 survey").row(1.0);
		Dataset data = read(file, "chars.dta");
		assertArrayEquals(new double[] { 1.0 }, ((NumericColumn) data.column("x")).values());
		assertEquals("%td", data.codebook().getVariable("x").getFormat());
		assertEquals("Caf\u00e9", data.codebook().getVariable("x").getLabel(), "windows-1252 by default");
		assertEquals("Caf\u00e9 survey", data.codebook().getTitle());
		assertEquals("windows-1252", data.codebook().getFileEncoding());
	}

	@Test
	void manyRowsAcrossSmallBlocksReadAsInOneBlock() throws Exception {
		DtaFileBuilder file = new DtaFileBuilder(118, ByteOrder.LITTLE_ENDIAN)
				.variable("n", DtaVariable.LONG, "%12.0g", "", "").variable("s", 3, "%3s", "", "");
		int rows = 1000;
		for (int i = 0; i < rows; i++) {
			file.row(i * 7, Integer.toString(i % 1000));
		}
		Path path = write("blocks.dta", file.build());
		CountingMonitor monitor = new CountingMonitor();
		Dataset small = new DtaImporter(64).importDataset(ImportSource.of(path), monitor);
		Dataset whole = new DtaImporter().importDataset(ImportSource.of(path), new NullProgressMonitor());
		assertArrayEquals(((NumericColumn) whole.column("n")).values(), ((NumericColumn) small.column("n")).values());
		assertArrayEquals(((StringColumn) whole.column("s")).values(), ((StringColumn) small.column("s")).values());
		assertEquals(7 * 999, ((NumericColumn) small.column("n")).get(999));
		assertEquals(DtaReader.DATA_WORK, monitor.worked);
		assertTrue(monitor.reports > 100, "progress per block of rows, reported " + monitor.reports + " times");
		assertEquals(rows, small.codebook().getCaseCount());
	}

	@Test
	void cancellationStopsTheImport() throws IOException {
		DtaFileBuilder file = new DtaFileBuilder(118, ByteOrder.LITTLE_ENDIAN)
				.variable("n", DtaVariable.DOUBLE, "%9.0g", "", "").row(1.0).row(2.0);
		Path path = write("cancel.dta", file.build());
		NullProgressMonitor monitor = new NullProgressMonitor();
		monitor.setCanceled(true);
		assertThrows(OperationCanceledException.class,
				() -> new DtaImporter().importDataset(ImportSource.of(path), monitor));
	}

	@Test
	void corruptCountsAndCodesAreReportedWithoutHugeAllocations() throws IOException {
		byte[] bytes = new DtaFileBuilder(118, ByteOrder.LITTLE_ENDIAN)
				.variable("n", DtaVariable.DOUBLE, "%9.0g", "", "").row(1.0).build();
		int nAt = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("<N>") + 3;
		byte[] manyRows = bytes.clone();
		manyRows[nAt + 3] = 0x40; // N = 2^30 + 1
		assertFails(write("rows.dta", manyRows), "rows.dta: the header says 1073741825 observations of 8 bytes, but "
				+ "<data> holds 8 bytes");
		byte[] tooMany = bytes.clone();
		tooMany[nAt + 6] = 1;
		assertFails(write("huge.dta", tooMany), "huge.dta: the header says 281474976710657 observations, more than "
				+ "VoxPop can hold");
		int kAt = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("<K>") + 3;
		byte[] manyVariables = bytes.clone();
		manyVariables[kAt + 1] = 0x7f;
		assertFails(write("vars.dta", manyVariables), "vars.dta: truncated at byte " + bytes.length
				+ " in the variable descriptors (the header says 32513 variables)");
		int typeAt = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("<variable_types>") + 16;
		byte[] unknownType = bytes.clone();
		unknownType[typeAt] = 0x10;
		unknownType[typeAt + 1] = 0x10;
		assertFails(write("type.dta", unknownType), "type.dta: variable 1 has the unknown type code 4112");
	}

	@Test
	void aMalformedValueLabelTableIsNamed() throws IOException {
		byte[] bytes = new DtaFileBuilder(119, ByteOrder.BIG_ENDIAN)
				.variable("n", DtaVariable.BYTE, "%8.0g", "yesno", "").row(1)
				.valueLabel("yesno", new int[] { 1, 2 }, new String[] { "Yes", "No" }).build();
		int tableAt = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("<lbl>") + 5 + 4 + 129 + 3;
		bytes[tableAt + 3] = 9; // n = 9 does not fit the table's length
		assertFails(write("labels.dta", bytes), "labels.dta: the value label yesno at byte ");
	}

	private Dataset read(DtaFileBuilder file, String name) throws Exception {
		return new DtaImporter().importDataset(ImportSource.of(write(name, file.build())), new NullProgressMonitor());
	}

	private void assertFails(DtaFileBuilder file, String name, String start) throws IOException {
		assertFails(write(name, file.build()), start);
	}

	private static void assertFails(Path file, String start) {
		DataImportException error = assertThrows(DataImportException.class,
				() -> new DtaImporter().importDataset(ImportSource.of(file), new NullProgressMonitor()));
		assertTrue(error.getMessage().startsWith(start), error.getMessage());
	}

	private Path write(String name, byte[] bytes) throws IOException {
		Path file = folder.resolve(name);
		Files.write(file, bytes);
		return file;
	}

	private static final class CountingMonitor extends NullProgressMonitor {

		int worked;
		int reports;

		@Override
		public void worked(int work) {
			worked += work;
			reports++;
		}
	}
}
