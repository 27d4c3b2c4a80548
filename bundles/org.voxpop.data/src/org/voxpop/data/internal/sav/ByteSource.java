package org.voxpop.data.internal.sav;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

import org.voxpop.data.DataImportException;

/** Where {@link SavInput} gets its bytes: the file itself, or the inflated blocks of a .zsav data part. */
interface ByteSource {

	/**
	 * Reads up to {@code length} bytes; returns how many were read, or -1 at the end. Blocks until at least one
	 * byte is read or the end is reached.
	 */
	int read(byte[] target, int offset, int length) throws IOException, DataImportException;

	/** The file from the channel's current position on. */
	static ByteSource of(FileChannel channel) {
		return (target, offset, length) -> {
			ByteBuffer buffer = ByteBuffer.wrap(target, offset, length);
			int read;
			do {
				read = channel.read(buffer);
			} while (read == 0);
			return read;
		};
	}
}
