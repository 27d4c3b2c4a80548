package org.voxpop.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.voxpop.codebook.Study;
import org.voxpop.codebook.io.CodebookIO;
import org.voxpop.codebook.ops.CodebookMerge;
import org.voxpop.core.Contribution;
import org.voxpop.core.Contributions;

/**
 * The importers contributed to {@code org.voxpop.data.importers}, chosen by file extension.
 */
public final class Importers {

	/** The extension point id. */
	public static final String EXTENSION_POINT = "org.voxpop.data.importers";

	private static final Contributions<DatasetImporter> CONTRIBUTIONS = new Contributions<>(EXTENSION_POINT,
			"importer", DatasetImporter.class);

	private Importers() {
	}

	/** All contributed importers. */
	public static List<Contribution<DatasetImporter>> all() {
		return CONTRIBUTIONS.all();
	}

	/**
	 * Imports a file with the importer registered for its extension, applies the codebook file if one is given
	 * ({@link CodebookMerge}: labels, question texts, missing codes, recodes, sets; names the data lack are listed
	 * in {@link Dataset#notes()}) and computes the derived variables ({@link DerivedColumns}).
	 *
	 * @throws DataImportException if the file does not exist, no importer handles its extension, or the importer
	 *                             fails
	 */
	public static Dataset importDataset(ImportSource source, IProgressMonitor monitor) throws DataImportException {
		Path file = source.dataFile();
		if (!Files.isRegularFile(file)) {
			throw new DataImportException(file + ": no such file. Check the path given with --data.");
		}
		if (source.codebookFile() != null && !Files.isRegularFile(source.codebookFile())) {
			throw new DataImportException(source.codebookFile() + ": no such codebook file. Check the path given with --codebook.");
		}
		String extension = extensionOf(file);
		for (Contribution<DatasetImporter> contribution : all()) {
			if (handles(contribution, extension)) {
				Dataset dataset = contribution.instance().importDataset(source, monitor);
				if (source.codebookFile() != null) {
					dataset.notes().addAll(CodebookMerge.apply(codebookOf(source), dataset.codebook()));
				}
				return DerivedColumns.compute(dataset);
			}
		}
		List<String> known = all().stream().map(c -> c.attribute("fileExtensions")).toList();
		throw new DataImportException(file + ": no importer reads ." + extension + " files (readable: " + known
				+ "). Convert the file or install an importer plugin.");
	}

	/**
	 * The codebook file of an import, for importers that let it decide how to read a column (text or numbers).
	 *
	 * @return the loaded codebook, or {@code null} if the source names none
	 * @throws DataImportException if the file cannot be read as a codebook; the message names it
	 */
	public static Study codebookOf(ImportSource source) throws DataImportException {
		if (source.codebookFile() == null) {
			return null;
		}
		try {
			return CodebookIO.load(source.codebookFile());
		} catch (IOException e) {
			throw new DataImportException(e.getMessage(), e);
		}
	}

	private static boolean handles(Contribution<DatasetImporter> contribution, String extension) {
		String extensions = contribution.attribute("fileExtensions");
		if (extensions == null) {
			return false;
		}
		for (String candidate : extensions.split(",")) {
			if (candidate.trim().equalsIgnoreCase(extension)) {
				return true;
			}
		}
		return false;
	}

	private static String extensionOf(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}
}
