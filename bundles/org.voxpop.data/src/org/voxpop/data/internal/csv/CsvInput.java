package org.voxpop.data.internal.csv;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * The bytes of a data file as UTF-8. A UTF-8 file is read as it is, and the tokenizer checks each block it reads
 * with {@link #checkUtf8}; a file in another encoding is decoded (malformed input is an error) and encoded to
 * UTF-8 on the way.
 */
abstract class CsvInput implements Closeable {

	/** Opens the file for reading as text in {@code charset}. */
	static CsvInput open(Path file, Charset charset) throws IOException {
		if (charset.equals(StandardCharsets.UTF_8)) {
			return new Utf8(FileChannel.open(file, StandardOpenOption.READ));
		}
		return new Transcoding(Files.newInputStream(file), charset);
	}

	/**
	 * Reads up to {@code length} bytes (at least 4 must fit) into {@code buffer} from {@code offset}.
	 *
	 * @return the number of bytes read, at least 1, or -1 at the end of the file
	 * @throws CharacterCodingException if the file is not valid text in its encoding
	 */
	abstract int read(byte[] buffer, int offset, int length) throws IOException;

	/** How many bytes of the file have been read so far, for progress. */
	abstract long fileBytesRead();

	/** Whether the bytes come unchecked from the file and have to be checked with {@link #checkUtf8}. */
	abstract boolean needsUtf8Check();

	/** Something that throws {@link org.eclipse.core.runtime.OperationCanceledException} if the user cancelled. */
	interface Cancellation {
		void check();
	}

	/** Whether line feed and carriage return are the bytes 10 and 13 in this charset, as in UTF-8 and ASCII. */
	static boolean breaksLinesWithSingleBytes(Charset charset) {
		return charset.canEncode() && Arrays.equals("\n\r".getBytes(charset), new byte[] { '\n', '\r' });
	}

	/**
	 * The number of lines in a file whose line breaks are single bytes (LF, CR LF or CR, but not mixed): the more
	 * of its LF and CR bytes, and one more if the last line has no line break. A fast pass over the bytes, checking
	 * for cancellation now and then.
	 */
	static long countLines(Path file, Cancellation cancellation) throws IOException {
		long[] lineFeeds = { 0 };
		long[] carriageReturns = { 0 };
		byte last = readRange(file, 0, Long.MAX_VALUE, cancellation, (bytes, n) -> {
			lineFeeds[0] += count(bytes, n, LF);
			carriageReturns[0] += count(bytes, n, CR);
		});
		return Math.max(lineFeeds[0], carriageReturns[0]) + (last == '\n' || last == '\r' ? 0 : 1);
	}

	/**
	 * The number of line feeds in {@code [from, to)} of a file, and one more if that range ends the file and its
	 * last byte is not a line break: a bound on the records that start there, if lines end with LF or CR LF.
	 *
	 * @param endsFile whether {@code to} is the file's size
	 */
	static long countLineFeeds(Path file, long from, long to, boolean endsFile, Cancellation cancellation)
			throws IOException {
		long[] lineFeeds = { 0 };
		byte last = readRange(file, from, to, cancellation, (bytes, n) -> lineFeeds[0] += count(bytes, n, LF));
		return lineFeeds[0] + (endsFile && from < to && last != '\n' && last != '\r' ? 1 : 0);
	}

	/** Where the line after the first line feed at or after {@code from} starts, or the file's size if none. */
	static long nextLineStart(Path file, long from) throws IOException {
		byte[] bytes = new byte[64 * 1024];
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			long position = from;
			int n;
			while ((n = channel.read(ByteBuffer.wrap(bytes), position)) > 0) {
				for (int i = 0; i < n; i++) {
					if (bytes[i] == '\n') {
						return position + i + 1;
					}
				}
				position += n;
			}
			return Math.max(position, from);
		}
	}

	private interface Block {
		void accept(byte[] bytes, int length);
	}

	/** Hands {@code [from, to)} of the file to {@code block} a megabyte at a time; returns the last byte read. */
	private static byte readRange(Path file, long from, long to, Cancellation cancellation, Block block)
			throws IOException {
		byte[] bytes = new byte[1 << 20];
		byte last = '\n';
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			long position = from;
			int blocks = 0;
			while (position < to) {
				ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, (int) Math.min(bytes.length, to - position));
				int n = channel.read(buffer, position);
				if (n < 0) {
					break;
				}
				block.accept(bytes, n);
				if (n > 0) {
					last = bytes[n - 1];
				}
				position += n;
				if (++blocks % 64 == 0) {
					cancellation.check();
				}
			}
		}
		return last;
	}

	private static final long LF = 0x0A0A0A0A0A0A0A0AL;
	private static final long CR = 0x0D0D0D0D0D0D0D0DL;
	private static final long LOW_BITS = 0x7F7F7F7F7F7F7F7FL;

	/** How many of the first {@code length} bytes equal the byte repeated in {@code pattern}, eight at a time. */
	static long count(byte[] bytes, int length, long pattern) {
		long count = 0;
		int i = 0;
		for (; i + 8 <= length; i += 8) {
			long x = (long) LONGS.get(bytes, i) ^ pattern; // a zero byte where the byte matches
			count += Long.bitCount(~(((x & LOW_BITS) + LOW_BITS) | x) & HIGH_BITS);
		}
		byte target = (byte) pattern;
		for (; i < length; i++) {
			count += bytes[i] == target ? 1 : 0;
		}
		return count;
	}

	/** Opens a UTF-8 file for reading from byte {@code position} on (the start of a line). */
	static CsvInput openUtf8At(Path file, long position) throws IOException {
		FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
		try {
			channel.position(position);
		} catch (IOException e) {
			channel.close();
			throw e;
		}
		return new Utf8(channel);
	}

	private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

	private static final long HIGH_BITS = 0x8080808080808080L;

	/**
	 * Checks that {@code [from, to)} is well-formed UTF-8 (as the JDK's decoder defines it: no overlong forms, no
	 * surrogates, nothing above U+10FFFF, no truncated sequence).
	 *
	 * @param endOfInput whether {@code to} is the end of the text; if not, a sequence cut off by {@code to} is
	 *                   left for later if its bytes so far are right (they are then all non-ASCII, so no record
	 *                   can end among them)
	 * @return where the check stopped: {@code to}, or the start of a sequence cut off by {@code to}
	 * @throws MalformedInputException at the first malformed sequence
	 */
	static int checkUtf8(byte[] bytes, int from, int to, boolean endOfInput) throws MalformedInputException {
		int p = from;
		while (true) {
			while (p + 8 <= to && ((long) LONGS.get(bytes, p) & HIGH_BITS) == 0) {
				p += 8;
			}
			while (p < to && bytes[p] >= 0) {
				p++;
			}
			if (p >= to) {
				return to;
			}
			int length = sequenceLength(bytes[p]);
			if (p + length > to) {
				// cut off: what is there must be a valid start (so none of it can end a record) to be left for later
				checkSequence(bytes, p, to - p);
				if (!endOfInput) {
					return p;
				}
				throw new MalformedInputException(to - p);
			}
			checkSequence(bytes, p, length);
			p += length;
		}
	}

	/** The length of the sequence that this byte starts. */
	private static int sequenceLength(byte lead) throws MalformedInputException {
		int b = lead & 0xFF;
		if (b >= 0xC2 && b <= 0xDF) {
			return 2;
		} else if (b >= 0xE0 && b <= 0xEF) {
			return 3;
		} else if (b >= 0xF0 && b <= 0xF4) {
			return 4;
		}
		throw new MalformedInputException(1); // a continuation byte, or a lead byte never used
	}

	/** Checks the bytes after the lead byte at {@code p}, up to {@code length} bytes in all. */
	private static void checkSequence(byte[] bytes, int p, int length) throws MalformedInputException {
		if (length < 2) {
			return;
		}
		int lead = bytes[p] & 0xFF;
		int min = 0x80;
		int max = 0xBF; // the range of the second byte
		if (lead == 0xE0) {
			min = 0xA0; // no overlong forms
		} else if (lead == 0xED) {
			max = 0x9F; // no surrogates
		} else if (lead == 0xF0) {
			min = 0x90;
		} else if (lead == 0xF4) {
			max = 0x8F; // nothing above U+10FFFF
		}
		int second = bytes[p + 1] & 0xFF;
		if (second < min || second > max) {
			throw new MalformedInputException(1);
		}
		for (int i = 2; i < length; i++) {
			int next = bytes[p + i] & 0xFF;
			if (next < 0x80 || next > 0xBF) {
				throw new MalformedInputException(i);
			}
		}
	}

	/** A UTF-8 file, read as it is. */
	private static final class Utf8 extends CsvInput {

		private final FileChannel channel;
		private long read;

		Utf8(FileChannel channel) {
			this.channel = channel;
		}

		@Override
		int read(byte[] buffer, int offset, int length) throws IOException {
			ByteBuffer target = ByteBuffer.wrap(buffer, offset, length);
			int n;
			do {
				n = channel.read(target);
			} while (n == 0);
			if (n > 0) {
				read += n;
			}
			return n;
		}

		@Override
		long fileBytesRead() {
			return read;
		}

		@Override
		boolean needsUtf8Check() {
			return true;
		}

		@Override
		public void close() throws IOException {
			channel.close();
		}
	}

	/** A file in another encoding: decoded, then encoded as UTF-8. */
	private static final class Transcoding extends CsvInput {

		private final CountingInputStream in;
		private final Reader reader;
		private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
				.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
		private final CharBuffer chars = CharBuffer.allocate(64 * 1024).flip();
		private boolean endOfInput;
		private boolean flushed;

		Transcoding(InputStream in, Charset charset) {
			this.in = new CountingInputStream(in);
			this.reader = new InputStreamReader(this.in, charset.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
		}

		@Override
		int read(byte[] buffer, int offset, int length) throws IOException {
			ByteBuffer out = ByteBuffer.wrap(buffer, offset, length);
			while (out.position() == offset) {
				if (flushed) {
					return -1;
				}
				CoderResult result = encoder.encode(chars, out, endOfInput);
				if (result.isError()) {
					result.throwException();
				}
				if (endOfInput) {
					if (result.isUnderflow()) {
						result = encoder.flush(out);
						if (result.isUnderflow()) {
							flushed = true;
						}
					}
				} else if (result.isUnderflow()) {
					chars.compact();
					int n = reader.read(chars);
					chars.flip();
					if (n < 0) {
						endOfInput = true;
					}
				}
			}
			return out.position() - offset;
		}

		@Override
		long fileBytesRead() {
			return in.count;
		}

		@Override
		boolean needsUtf8Check() {
			return false;
		}

		@Override
		public void close() throws IOException {
			reader.close();
		}
	}

	private static final class CountingInputStream extends FilterInputStream {

		long count;

		CountingInputStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count++;
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = in.read(b, off, len);
			if (n > 0) {
				count += n;
			}
			return n;
		}
	}
}
