package org.voxpop.data.tests;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.voxpop.data.DataImportException;
import org.voxpop.data.Dataset;
import org.voxpop.data.ImportSource;
import org.voxpop.data.Importers;
import org.voxpop.test.support.Fixtures;

/**
 * Mutation test of every importer, through the registry as the application uses it: real files written by other
 * tools, truncated at random places, with random bytes overwritten (more often in the header and dictionary,
 * where lengths and counts live) and with random runs of bytes zeroed. Each damaged file must give a dataset or a
 * {@link DataImportException} whose message starts with the file name, within a few seconds: never another
 * exception, never a hang, never an out-of-memory error from a corrupt count. Seeded, so a failure repeats.
 */
class ImporterMutationTest {

	private static final int TRIALS = 250;

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(strings = { "sav/pspp_full_bytecode.sav", "sav/pspp_full_uncompressed.sav", "sav/pspp_full.zsav",
			"sav/haven_byte.sav", "sav/haven_zsav.zsav", "sav/pspp_legacy_1252.sav", "dta/haven_117.dta",
			"dta/haven_119.dta", "dta/pandas_118_lsf.dta", "dta/pandas_117_msf.dta", "xlsx/survey.xlsx",
			"xlsx/handmade.xlsx" })
	void damagedFilesGiveADatasetOrANamedErrorQuickly(String fixture) throws IOException {
		byte[] original = Files.readAllBytes(Fixtures.file("org.voxpop.data.tests", "fixtures/" + fixture));
		String extension = fixture.substring(fixture.lastIndexOf('.'));
		Random random = new Random(fixture.hashCode() ^ 20261124L);
		for (int trial = 0; trial < TRIALS; trial++) {
			byte[] damaged = mutate(original, random);
			Path file = folder.resolve("damaged" + extension);
			Files.write(file, damaged);
			String what = fixture + " trial " + trial;
			assertTimeoutPreemptively(Duration.ofSeconds(10), () -> importOrFailCleanly(file, what), what + " hangs");
		}
	}

	private static void importOrFailCleanly(Path file, String what) {
		try {
			Dataset dataset = Importers.importDataset(ImportSource.of(file), new NullProgressMonitor());
			assertTrue(dataset.rowCount() >= 0);
		} catch (DataImportException e) {
			assertTrue(e.getMessage().startsWith(file.getFileName().toString())
					|| e.getMessage().startsWith(file.toString()), what + ": " + e.getMessage());
		} catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
			fail(what + ": " + e, e);
		}
	}

	private static byte[] mutate(byte[] original, Random random) {
		byte[] damaged;
		switch (random.nextInt(4)) {
		case 0 -> damaged = java.util.Arrays.copyOf(original, random.nextInt(original.length));
		case 1 -> {
			damaged = original.clone();
			int head = Math.min(damaged.length, 4096);
			for (int i = 1 + random.nextInt(6); i > 0; i--) {
				damaged[random.nextInt(random.nextBoolean() ? head : damaged.length)] = (byte) random.nextInt(256);
			}
		}
		case 2 -> {
			damaged = original.clone();
			int start = random.nextInt(damaged.length);
			int end = Math.min(damaged.length, start + 1 + random.nextInt(64));
			java.util.Arrays.fill(damaged, start, end, (byte) (random.nextBoolean() ? 0 : 0xff));
		}
		default -> {
			damaged = original.clone();
			int at = random.nextInt(Math.max(1, damaged.length - 8));
			long big = random.nextBoolean() ? Integer.MAX_VALUE : random.nextLong();
			for (int b = 0; b < 8 && at + b < damaged.length; b++) {
				damaged[at + b] = (byte) (big >>> (8 * b));
			}
		}
		}
		return damaged;
	}

}
