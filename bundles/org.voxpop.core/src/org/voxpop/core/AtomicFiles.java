package org.voxpop.core;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that a reader never sees half of one: the content goes to a temporary file in the target's
 * folder, which then replaces the target in one move. If writing fails, the previous file is left as it was.
 */
public final class AtomicFiles {

	/** Writes the content of a file, given the path to write it to. */
	@FunctionalInterface
	public interface Writer {
		void writeTo(Path temporaryFile) throws IOException;
	}

	private AtomicFiles() {
	}

	/**
	 * @param target the file to create or replace; its folder must exist
	 * @param writer writes the complete content to the temporary path it is given
	 * @throws IOException if the folder does not exist, writing fails or the move fails; the message names the target
	 */
	public static void write(Path target, Writer writer) throws IOException {
		Path absolute = target.toAbsolutePath();
		Path folder = absolute.getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			throw new IOException(target + ": the folder " + folder + " does not exist");
		}
		Path temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".part");
		try {
			writer.writeTo(temp);
			try {
				Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temp);
		}
	}
}
