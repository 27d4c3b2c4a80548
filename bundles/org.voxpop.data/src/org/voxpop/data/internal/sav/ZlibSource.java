package org.voxpop.data.internal.sav;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.voxpop.data.DataImportException;

/**
 * The data of a .zsav file: the ZLIB header, the block descriptors of the trailer, and the blocks inflated one
 * after another into bytecode-compressed data.
 */
final class ZlibSource implements ByteSource {

	private static final int CHUNK = 1 << 16;

	/** zlib never inflates to more than about 1032 times the input. */
	private static final long MAX_RATIO = 1100;

	private final FileChannel channel;
	private final SavInput header;
	private final long[] compressedOffsets;
	private final int[] compressedSizes;
	private final int[] uncompressedSizes;
	/** The decompressed offset where the data starts (the ZLIB header's offset, as in the format description). */
	final long start;
	final long decompressedEnd;
	private final Inflater inflater = new Inflater();
	private final byte[] chunk = new byte[CHUNK];
	private int block = -1;
	private long compressedRead;
	private long produced;

	private ZlibSource(FileChannel channel, SavInput header, long start, long[] offsets, int[] compressed,
			int[] uncompressed) {
		this.channel = channel;
		this.header = header;
		this.start = start;
		this.compressedOffsets = offsets;
		this.compressedSizes = compressed;
		this.uncompressedSizes = uncompressed;
		long total = start;
		for (int size : uncompressed) {
			total += size;
		}
		this.decompressedEnd = total;
	}

	/** Reads the ZLIB header where {@code in} stands, and the trailer it points to. */
	static ZlibSource open(FileChannel channel, SavInput in, long fileSize) throws IOException, DataImportException {
		long headerOffset = in.offset();
		String what = "the ZLIB data header at " + in.at(headerOffset);
		long declaredHeader = in.readLong(what);
		long trailerOffset = in.readLong(what);
		long trailerLength = in.readLong(what);
		if (declaredHeader != headerOffset) {
			throw in.corrupt(what + " gives its own offset as " + declaredHeader + ". The file is corrupt.");
		}
		if (trailerLength < 24 || trailerOffset < headerOffset + 24 || trailerLength % 24 != 0) {
			throw in.corrupt(what + " points to a trailer of " + trailerLength + " bytes at byte " + trailerOffset
					+ ". The file is corrupt.");
		}
		if (trailerOffset + trailerLength > fileSize) {
			throw in.truncated(fileSize, "the ZLIB data (its trailer should be at bytes " + trailerOffset + " to "
					+ (trailerOffset + trailerLength) + ")");
		}
		ByteBuffer trailer = ByteBuffer.allocate((int) Math.min(trailerLength, Integer.MAX_VALUE - 16))
				.order(in.littleEndian ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
		while (trailer.hasRemaining()) {
			if (channel.read(trailer, trailerOffset + trailer.position()) < 0) {
				throw in.truncated(trailerOffset + trailer.position(), "the ZLIB trailer");
			}
		}
		trailer.flip();
		String trailerWhat = "the ZLIB trailer at byte " + trailerOffset;
		trailer.getLong(); // the bias as an integer
		trailer.getLong();
		trailer.getInt(); // block size
		int blocks = trailer.getInt();
		if (blocks != (trailerLength - 24) / 24) {
			throw in.corrupt(trailerWhat + " counts " + blocks + " blocks, but has room for "
					+ (trailerLength - 24) / 24 + ". The file is corrupt.");
		}
		long[] offsets = new long[blocks];
		int[] compressed = new int[blocks];
		int[] uncompressed = new int[blocks];
		long expected = headerOffset + 24;
		for (int i = 0; i < blocks; i++) {
			trailer.getLong(); // the offset the block would have uncompressed
			offsets[i] = trailer.getLong();
			uncompressed[i] = trailer.getInt();
			compressed[i] = trailer.getInt();
			if (offsets[i] != expected || compressed[i] < 0 || uncompressed[i] < 0
					|| offsets[i] + compressed[i] > trailerOffset
					|| uncompressed[i] > compressed[i] * MAX_RATIO + 1024) {
				throw in.corrupt(trailerWhat + " describes block " + (i + 1) + " as " + compressed[i]
						+ " bytes at byte " + offsets[i] + " inflating to " + uncompressed[i]
						+ " bytes, which does not fit the file. The file is corrupt.");
			}
			expected = offsets[i] + compressed[i];
		}
		return new ZlibSource(channel, in, headerOffset, offsets, compressed, uncompressed);
	}

	@Override
	public int read(byte[] target, int offset, int length) throws IOException, DataImportException {
		while (true) {
			if (block < 0 || inflater.finished()) {
				if (block >= 0 && produced != uncompressedSizes[block]) {
					throw corrupt("inflates to " + produced + " bytes, but the trailer says " + uncompressedSizes[block]);
				}
				if (block + 1 >= compressedOffsets.length) {
					return -1;
				}
				block++;
				inflater.reset();
				compressedRead = 0;
				produced = 0;
			}
			if (inflater.needsInput()) {
				int size = (int) Math.min(CHUNK, compressedSizes[block] - compressedRead);
				if (size <= 0) {
					throw corrupt("ends before its compressed data is complete");
				}
				ByteBuffer into = ByteBuffer.wrap(chunk, 0, size);
				while (into.hasRemaining()) {
					if (channel.read(into, compressedOffsets[block] + compressedRead + into.position()) < 0) {
						throw header.truncated(compressedOffsets[block] + compressedRead + into.position(),
								"ZLIB block " + (block + 1));
					}
				}
				compressedRead += size;
				inflater.setInput(chunk, 0, size);
			}
			try {
				int count = inflater.inflate(target, offset, length);
				produced += count;
				if (count > 0) {
					return count;
				}
				if (inflater.needsDictionary()) {
					throw corrupt("asks for a preset dictionary");
				}
			} catch (DataFormatException e) {
				throw corrupt("is not valid ZLIB data (" + e.getMessage() + ")");
			}
		}
	}

	private DataImportException corrupt(String problem) {
		return header.corrupt("ZLIB block " + (block + 1) + " at byte " + compressedOffsets[block] + " " + problem
				+ ". The file is corrupt.");
	}

	void close() {
		inflater.end();
	}
}
