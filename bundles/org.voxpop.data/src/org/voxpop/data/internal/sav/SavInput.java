package org.voxpop.data.internal.sav;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

import org.voxpop.data.DataImportException;

/**
 * A buffered reader of a system file's bytes in the file's byte order, which knows the offset of every byte for
 * messages and how many bytes can still come (to bound counts read from a possibly corrupt file). The case decoder
 * works on {@link #buffer}, {@link #position} and {@link #limit} directly.
 */
final class SavInput {

	static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
	static final VarHandle LONG_BE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
	private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
	private static final VarHandle INT_BE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

	private final ByteSource source;
	private final String fileName;
	/** How offsets are named in messages: "byte" for the file, "byte ... of the decompressed data" for .zsav. */
	private final String unit;
	/** The offset of {@code buffer[0]}. */
	private long bufferOffset;
	/** The offset after the last byte there is. */
	private final long end;
	boolean littleEndian = true;
	byte[] buffer;
	int position;
	int limit;
	private boolean exhausted;

	/**
	 * @param start the offset of the source's first byte
	 * @param end   the offset after the last byte the source can give (the file size, or the decompressed size)
	 */
	SavInput(ByteSource source, String fileName, long start, long end, int bufferSize, boolean decompressed) {
		this.source = source;
		this.fileName = fileName;
		this.bufferOffset = start;
		this.end = end;
		this.buffer = new byte[Math.max(bufferSize, 256)];
		this.unit = decompressed ? " of the decompressed data" : "";
	}

	String fileName() {
		return fileName;
	}

	/** The offset of the next byte. */
	long offset() {
		return bufferOffset + position;
	}

	/** "byte 1234" (or "byte 1234 of the decompressed data"), for messages. */
	String at(long offset) {
		return "byte " + offset + unit;
	}

	/** The most bytes that can still come. */
	long remaining() {
		return end - offset();
	}

	/**
	 * Makes at least {@code count} bytes available from {@link #position}, unless the source ends first.
	 *
	 * @return whether they are available
	 */
	boolean fill(int count) throws IOException, DataImportException {
		if (limit - position >= count) {
			return true;
		}
		if (count > buffer.length) {
			byte[] larger = new byte[Math.max(count, buffer.length * 2)];
			System.arraycopy(buffer, position, larger, 0, limit - position);
			buffer = larger;
		} else {
			System.arraycopy(buffer, position, buffer, 0, limit - position);
		}
		bufferOffset += position;
		limit -= position;
		position = 0;
		while (limit < count && !exhausted) {
			int read = source.read(buffer, limit, buffer.length - limit);
			if (read < 0) {
				exhausted = true;
			} else {
				limit += read;
			}
		}
		return limit >= count;
	}

	/** Whether the source has no more bytes. */
	boolean atEnd() throws IOException, DataImportException {
		return !fill(1);
	}

	private void require(int count, String what) throws IOException, DataImportException {
		if (!fill(count)) {
			throw truncated(offset() + (limit - position), what);
		}
	}

	DataImportException truncated(long offset, String what) {
		return new DataImportException(fileName + ": truncated at " + at(offset) + " in " + what
				+ ". The file is incomplete; copy or download it again.");
	}

	DataImportException corrupt(String message) {
		return new DataImportException(fileName + ": " + message);
	}

	int readInt(String what) throws IOException, DataImportException {
		require(4, what);
		int value = littleEndian ? (int) INT_LE.get(buffer, position) : (int) INT_BE.get(buffer, position);
		position += 4;
		return value;
	}

	long readLong(String what) throws IOException, DataImportException {
		require(8, what);
		long value = longAt(position);
		position += 8;
		return value;
	}

	double readDouble(String what) throws IOException, DataImportException {
		return Double.longBitsToDouble(readLong(what));
	}

	long longAt(int index) {
		return littleEndian ? (long) LONG_LE.get(buffer, index) : (long) LONG_BE.get(buffer, index);
	}

	int intAt(byte[] bytes, int index) {
		return littleEndian ? (int) INT_LE.get(bytes, index) : (int) INT_BE.get(bytes, index);
	}

	byte[] readBytes(int count, String what) throws IOException, DataImportException {
		if (count < 0 || count > remaining()) {
			throw truncated(end, what);
		}
		require(count, what);
		byte[] bytes = new byte[count];
		System.arraycopy(buffer, position, bytes, 0, count);
		position += count;
		return bytes;
	}

	/**
	 * Checks a count read from the file against the bytes left: {@code count} items of at least {@code bytesEach}
	 * bytes must fit.
	 */
	int checkCount(long count, int bytesEach, long countOffset, String what) throws DataImportException {
		if (count < 0 || count * bytesEach > remaining()) {
			throw corrupt("the " + what + " at " + at(countOffset) + " gives a count of " + count + ", but only "
					+ remaining() + " bytes follow. The file is truncated or corrupt.");
		}
		return (int) count;
	}
}
