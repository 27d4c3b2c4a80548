package org.voxpop.data;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What to import: a data file, optionally a codebook file describing it, optionally an encoding.
 *
 * @param dataFile     the data file; never {@code null}
 * @param codebookFile a codebook (XMI) for the data, or {@code null} to derive a plain codebook from the data
 * @param encoding     the character encoding of a text file, or {@code null} for the importer's default (UTF-8)
 */
public record ImportSource(Path dataFile, Path codebookFile, Charset encoding) {

	public ImportSource {
		Objects.requireNonNull(dataFile, "dataFile");
	}

	/** A source with no codebook file and the default encoding. */
	public static ImportSource of(Path dataFile) {
		return new ImportSource(dataFile, null, null);
	}
}
