package org.voxpop.data;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Reads one file format into a {@link Dataset}. Contributed through the extension point
 * {@code org.voxpop.data.importers}; see its schema for the contract. Implementations need a public no-argument
 * constructor and must be safe to call from any thread (one call at a time per instance is enough).
 */
public interface DatasetImporter {

	/**
	 * Imports the whole file, or fails without returning anything.
	 *
	 * @param source  the files to read; never {@code null}
	 * @param monitor progress and cancellation; never {@code null} (pass a {@code NullProgressMonitor})
	 * @return the dataset, with a codebook covering every column; never {@code null}
	 * @throws DataImportException with a message naming the file and place, for unreadable or malformed input
	 * @throws org.eclipse.core.runtime.OperationCanceledException if the monitor was cancelled
	 */
	Dataset importDataset(ImportSource source, IProgressMonitor monitor) throws DataImportException;
}
