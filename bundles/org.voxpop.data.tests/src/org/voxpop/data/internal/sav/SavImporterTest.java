package org.voxpop.data.internal.sav;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voxpop.codebook.MissingKind;
import org.voxpop.data.DataImportException;
import org.voxpop.data.Dataset;
import org.voxpop.data.ImportSource;
import org.voxpop.data.NumericColumn;
import org.voxpop.data.StringColumn;
import org.voxpop.data.tests.SavFacts;

class SavImporterTest {

	private static final List<String> FIXTURES = List.of("pspp_full_uncompressed.sav", "pspp_full_bytecode.sav",
			"pspp_full.zsav", "pspp_legacy_1252.sav", "haven_none.sav", "haven_byte.sav", "haven_zsav.zsav",
			"readstat_copy.zsav", "readstat_csv.sav");

	@TempDir
	Path folder;

	private static Dataset read(Path file, int bufferSize) throws DataImportException {
		return new SavImporter(bufferSize).importDataset(ImportSource.of(file), new NullProgressMonitor());
	}

	@Test
	void theSmallestBufferReadsEveryFixtureAsTheDefaultOne() throws Exception {
		for (String name : FIXTURES) {
			Path file = SavFacts.fixture(name);
			SavFacts.assertSameDataset(read(file, 1 << 20), read(file, 1));
		}
	}

	@Test
	void bothByteOrdersReadAlike() throws Exception {
		// No tool at hand writes big-endian files (PSPP, ReadStat and haven write the machine's order), so this
		// file is built here, after the format description: a numeric and a string variable, bytecode-compressed.
		Dataset little = read(write("le.sav", sample(ByteOrder.LITTLE_ENDIAN, 1)), 1 << 20);
		Dataset big = read(write("be.sav", sample(ByteOrder.BIG_ENDIAN, 1)), 1 << 20);
		SavFacts.assertSameDataset(little, big);
		assertArrayEquals(new double[] { 1, 2.5, Double.NaN }, ((NumericColumn) big.column("X")).values());
		assertArrayEquals(new String[] { "ab", "cdefgh", "" }, ((StringColumn) big.column("S")).values());
		assertEquals("Yes", big.codebook().getVariable("X").getCategory(1).getLabel());
		assertEquals(MissingKind.NONE, big.codebook().getVariable("X").getCategory(1).getMissingKind());
		assertEquals("byte order test", big.codebook().getTitle());
		assertEquals(3, big.codebook().getCaseCount());
	}

	@Test
	void aValueLabelForAVariableThatDoesNotExistIsNamed() throws Exception {
		Path file = write("x.sav", sample(ByteOrder.BIG_ENDIAN, 99));
		DataImportException error = assertThrows(DataImportException.class, () -> read(file, 1 << 20));
		assertEquals("x.sav: value label record at byte " + VALUE_LABELS_OFFSET
				+ " refers to variable index 99 but the dictionary has 2 variables. The file is corrupt.",
				error.getMessage());
	}

	@Test
	void formatsAreWrittenAsSpssWritesThem() {
		assertEquals("F8.2", Formats.toString(5 << 16 | 8 << 8 | 2, 0));
		assertEquals("F4.0", Formats.toString(5 << 16 | 4 << 8, 0));
		assertEquals("DATE11", Formats.toString(20 << 16 | 11 << 8, 0));
		assertEquals("A600", Formats.toString(1 << 16 | 255 << 8, 600));
		assertEquals(null, Formats.toString(99 << 16 | 8 << 8, 0));
	}

	/** Where {@link #sample} puts its value label record. */
	private static final int VALUE_LABELS_OFFSET = 176 + 2 * 32;

	/**
	 * A two-variable system file (X numeric with label 1 = "Yes", S a string of 8) with three cases, in a given byte
	 * order, labelling the variable with dictionary index {@code labelledIndex}.
	 */
	private static byte[] sample(ByteOrder order, int labelledIndex) {
		ByteBuffer b = ByteBuffer.allocate(1024).order(order);
		b.put(ascii("$FL2", 4)).put(ascii("@(#) SPSS DATA FILE VoxPop test", 60));
		b.putInt(2).putInt(2).putInt(1).putInt(0).putInt(3).putDouble(100);
		b.put(ascii("01 Jan 70", 9)).put(ascii("00:00:00", 8)).put(ascii("byte order test", 64)).put(new byte[3]);
		b.putInt(2).putInt(0).putInt(0).putInt(0).putInt(5 << 16 | 8 << 8 | 2).putInt(5 << 16 | 8 << 8 | 2)
				.put(ascii("X", 8));
		b.putInt(2).putInt(8).putInt(0).putInt(0).putInt(1 << 16 | 8 << 8).putInt(1 << 16 | 8 << 8).put(ascii("S", 8));
		assertEquals(VALUE_LABELS_OFFSET, b.position());
		b.putInt(3).putInt(1).putDouble(1).put((byte) 3).put(ascii("Yes", 3)).put(new byte[4]);
		b.putInt(4).putInt(1).putInt(labelledIndex);
		b.putInt(999).putInt(0);
		// cases (1, "ab"), (2.5, "cdefgh"), (system missing, spaces), then the end code
		b.put(new byte[] { (byte) 101, (byte) 253, (byte) 253, (byte) 253, (byte) 255, (byte) 254, (byte) 252, 0 });
		b.put(ascii("ab", 8)).putDouble(2.5).put(ascii("cdefgh", 8));
		return Arrays.copyOf(b.array(), b.position());
	}

	private static byte[] ascii(String text, int length) {
		byte[] bytes = Arrays.copyOf(text.getBytes(StandardCharsets.US_ASCII), length);
		for (int i = text.length(); i < length; i++) {
			bytes[i] = ' ';
		}
		return bytes;
	}

	private Path write(String name, byte[] bytes) throws IOException {
		return Files.write(folder.resolve(name), bytes);
	}
}
