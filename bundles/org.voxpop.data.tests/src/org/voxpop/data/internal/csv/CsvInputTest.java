package org.voxpop.data.internal.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The UTF-8 check agrees with the JDK's decoder, also when the bytes come in pieces. */
class CsvInputTest {

	private static final int[] INTERESTING_BYTES = { 'a', ',', '\n', 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0,
			0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF8, 0xFE, 0xFF };

	@Test
	void wellFormedAndMalformedSequences() throws MalformedInputException {
		for (String valid : new String[] { "", "abc", "Jos\u00e9", "\u65e5\u672c\u8a9e", "\ud83d\ude00", "\u0080",
				"\u07ff", "\u0800", "\ud7ff", "\ue000", "\uffff", "\ud800\udc00", "\udbff\udfff",
				"a much longer line of plain ASCII text, longer than a word, then \u00e9" }) {
			byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
			assertEquals(bytes.length, CsvInput.checkUtf8(bytes, 0, bytes.length, true), valid);
		}
		for (String malformed : new String[] { "80", "bf", "c0af", "c1bf", "c3", "c328", "e0808f", "e09fbf", "eda080",
				"edbfbf", "e282", "e228a1", "f0808080", "f08f8080", "f4908080", "f5808080", "ff", "fe", "f0908028",
				"41424344454647c3", "414243444546474849e2" }) {
			byte[] bytes = HexFormat.of().parseHex(malformed);
			assertThrows(MalformedInputException.class, () -> CsvInput.checkUtf8(bytes, 0, bytes.length, true),
					malformed);
			assertThrows(CharacterCodingException.class, () -> decode(bytes), "the JDK agrees on " + malformed);
		}
	}

	@Test
	void aSequenceCutOffAtTheEndOfABlockIsLeftForLater() throws MalformedInputException {
		byte[] bytes = "ab\u20ac".getBytes(StandardCharsets.UTF_8); // 61 62 e2 82 ac
		assertEquals(2, CsvInput.checkUtf8(bytes, 0, 4, false));
		assertEquals(5, CsvInput.checkUtf8(bytes, 2, 5, true));
		assertThrows(MalformedInputException.class, () -> CsvInput.checkUtf8(bytes, 0, 4, true));
		// but a cut-off sequence that is already wrong is reported at once: its line break must not end a record
		for (String wrong : new String[] { "e90a", "f0900a", "e2820a", "c30a", "f0802c", "eda0" }) {
			byte[] cut = HexFormat.of().parseHex(wrong);
			assertThrows(MalformedInputException.class, () -> CsvInput.checkUtf8(cut, 0, cut.length, false), wrong);
		}
	}

	@Test
	void randomBytesAreJudgedAsTheJdkDecoderJudgesThem() {
		Random random = new Random(42);
		for (int i = 0; i < 200_000; i++) {
			byte[] bytes = new byte[random.nextInt(14)];
			for (int j = 0; j < bytes.length; j++) {
				bytes[j] = (byte) (random.nextInt(3) == 0 ? random.nextInt(256)
						: INTERESTING_BYTES[random.nextInt(INTERESTING_BYTES.length)]);
			}
			boolean valid = isValid(bytes);
			String hex = HexFormat.of().formatHex(bytes);
			assertEquals(valid, checks(bytes, 0, bytes.length, true), hex);
			int split = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
			assertEquals(valid, checksInTwoPieces(bytes, split), hex + " split at " + split);
		}
	}

	@Test
	void lineFeedsAndLineStartsAreFoundWhereverTheyAre(@TempDir Path folder) throws Exception {
		Random random = new Random(7);
		for (int trial = 0; trial < 200; trial++) {
			byte[] bytes = new byte[random.nextInt(3000)];
			for (int i = 0; i < bytes.length; i++) {
				int kind = random.nextInt(10);
				bytes[i] = (byte) (kind == 0 ? '\n' : kind == 1 ? '\r' : kind == 2 ? random.nextInt(256) : 'a' + kind);
			}
			Path file = folder.resolve("lines.bin");
			Files.write(file, bytes);
			int from = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
			int to = from + random.nextInt(bytes.length - from + 1);
			long lineFeeds = 0;
			for (int i = from; i < to; i++) {
				lineFeeds += bytes[i] == '\n' ? 1 : 0;
			}
			boolean openLastLine = to == bytes.length && from < to && bytes[to - 1] != '\n' && bytes[to - 1] != '\r';
			assertEquals(lineFeeds + (openLastLine ? 1 : 0), CsvInput.countLineFeeds(file, from, to, to == bytes.length, () -> { }),
					"trial " + trial);
			int next = from;
			while (next < bytes.length && bytes[next] != '\n') {
				next++;
			}
			assertEquals(Math.min(next + 1, bytes.length), CsvInput.nextLineStart(file, from), "trial " + trial);
			assertEquals(count(bytes, (byte) '\r'), CsvInput.count(bytes, bytes.length, 0x0D0D0D0D0D0D0D0DL));
		}
	}

	private static long count(byte[] bytes, byte target) {
		long n = 0;
		for (byte b : bytes) {
			n += b == target ? 1 : 0;
		}
		return n;
	}

	private static boolean checksInTwoPieces(byte[] bytes, int split) {
		try {
			int checked = CsvInput.checkUtf8(bytes, 0, split, false);
			for (int i = checked; i < split; i++) {
				assertTrue(bytes[i] < 0, "only non-ASCII bytes are left for later");
			}
			return CsvInput.checkUtf8(bytes, checked, bytes.length, true) == bytes.length;
		} catch (MalformedInputException e) {
			return false;
		}
	}

	private static boolean checks(byte[] bytes, int from, int to, boolean endOfInput) {
		try {
			return CsvInput.checkUtf8(bytes, from, to, endOfInput) == to;
		} catch (MalformedInputException e) {
			return false;
		}
	}

	private static boolean isValid(byte[] bytes) {
		try {
			decode(bytes);
			return true;
		} catch (CharacterCodingException e) {
			return false;
		}
	}

	private static void decode(byte[] bytes) throws CharacterCodingException {
		StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
	}
}
