package org.voxpop.data.internal.dta;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A .dta file read through one large buffer: numbers in the file's byte order, tags, fixed fields, and whole blocks
 * of rows that the data reader decodes in place. Every read first makes sure the bytes are there, so that a short
 * file ends in a {@link Truncated} with the offset where it ended, never in a buffer exception.
 */
final class DtaInput implements AutoCloseable {

	/** The file ended at {@code offset} before the bytes a read needed. */
	static final class Truncated extends Exception {

		private static final long serialVersionUID = 1L;

		final long offset;

		Truncated(long offset) {
			super(null, null, false, false);
			this.offset = offset;
		}
	}

	static final int DEFAULT_BUFFER_SIZE = 1 << 22;

	private final FileChannel channel;
	private final long size;
	private ByteBuffer buffer;
	/** The file offset of {@code buffer}'s index 0. */
	private long bufferStart;

	DtaInput(Path file, int bufferSize) throws IOException {
		channel = FileChannel.open(file, StandardOpenOption.READ);
		size = channel.size();
		buffer = ByteBuffer.allocate(bufferSize);
		buffer.limit(0);
	}

	long size() {
		return size;
	}

	/** The file offset of the next byte to be read. */
	long position() {
		return bufferStart + buffer.position();
	}

	void order(ByteOrder order) {
		buffer.order(order);
	}

	ByteOrder order() {
		return buffer.order();
	}

	/** The buffer, for decoding in place {@link #require required} bytes from its position on. */
	ByteBuffer buffer() {
		return buffer;
	}

	/**
	 * Makes {@code count} bytes from the position available in the buffer (growing it if it is smaller).
	 *
	 * @throws Truncated if the file ends first
	 */
	void require(int count) throws IOException, Truncated {
		if (buffer.remaining() >= count) {
			return;
		}
		if (position() + count > size) {
			throw new Truncated(size);
		}
		if (count > buffer.capacity()) {
			ByteBuffer larger = ByteBuffer.allocate(count).order(buffer.order());
			larger.put(buffer);
			buffer = larger;
		} else {
			buffer.compact();
		}
		bufferStart = channel.position() - buffer.position();
		while (buffer.position() < count) {
			if (channel.read(buffer) < 0) {
				buffer.flip();
				throw new Truncated(size);
			}
		}
		buffer.flip();
	}

	/** Moves to a file offset. */
	void seek(long offset) throws IOException {
		if (offset >= bufferStart && offset <= bufferStart + buffer.limit()) {
			buffer.position((int) (offset - bufferStart));
			return;
		}
		channel.position(offset);
		bufferStart = offset;
		buffer.clear();
		buffer.limit(0);
	}

	void skip(long count) throws IOException, Truncated {
		long target = position() + count;
		if (target > size) {
			throw new Truncated(size);
		}
		seek(target);
	}

	int u1() throws IOException, Truncated {
		require(1);
		return buffer.get() & 0xFF;
	}

	int u2() throws IOException, Truncated {
		require(2);
		return buffer.getShort() & 0xFFFF;
	}

	long u4() throws IOException, Truncated {
		require(4);
		return buffer.getInt() & 0xFFFF_FFFFL;
	}

	/** An 8-byte count or offset; a value beyond {@link Long#MAX_VALUE} comes back negative. */
	long u8() throws IOException, Truncated {
		require(8);
		return buffer.getLong();
	}

	/** An unsigned integer of 1, 2, 4 or 8 bytes. */
	long unsigned(int bytes) throws IOException, Truncated {
		return switch (bytes) {
		case 1 -> u1();
		case 2 -> u2();
		case 4 -> u4();
		default -> u8();
		};
	}

	byte[] bytes(int count) throws IOException, Truncated {
		require(count);
		byte[] result = new byte[count];
		buffer.get(result);
		return result;
	}

	/** Whether the next bytes are this ASCII tag; the position moves past it only if they are. */
	boolean at(String tag) throws IOException {
		int length = tag.length();
		try {
			require(length);
		} catch (Truncated e) {
			return false;
		}
		int start = buffer.position();
		for (int i = 0; i < length; i++) {
			if (buffer.get(start + i) != (byte) tag.charAt(i)) {
				return false;
			}
		}
		buffer.position(start + length);
		return true;
	}

	/** Up to {@code count} bytes from the position as ASCII, for messages; the position does not move. */
	String peekAscii(int count) throws IOException {
		int available = (int) Math.min(count, size - position());
		try {
			require(available);
		} catch (Truncated e) {
			return "";
		}
		byte[] bytes = new byte[available];
		buffer.get(buffer.position(), bytes);
		return new String(bytes, StandardCharsets.ISO_8859_1);
	}

	@Override
	public void close() throws IOException {
		channel.close();
	}
}
