package org.voxpop.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the codebook that travels with a data file: {@code poll.csv} -> {@code poll.codebook.xmi}. */
final class CodebookFiles {

	private CodebookFiles() {
	}

	/** The companion codebook if it exists, else {@code null}. */
	static Path companionOf(Path dataFile) {
		String name = dataFile.getFileName().toString();
		int dot = name.lastIndexOf('.');
		Path candidate = dataFile.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".codebook.xmi");
		return Files.isRegularFile(candidate) ? candidate : null;
	}
}
