package org.voxpop.ui.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.voxpop.data.DataImportException;
import org.voxpop.data.Dataset;
import org.voxpop.data.ImportSource;
import org.voxpop.data.Importers;

/** Imports a data file in the background (with progress and cancel) and opens it in the workbench. */
public final class ImportDatasetJob extends Job {

	private static final String BUNDLE = "org.voxpop.ui";

	private final ImportSource source;

	public ImportDatasetJob(ImportSource source) {
		super("Importing " + source.dataFile().getFileName());
		this.source = source;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			Dataset dataset = Importers.importDataset(source, monitor);
			Display display = PlatformUI.getWorkbench().getDisplay();
			display.asyncExec(() -> OpenDatasets.open(dataset));
			return Status.OK_STATUS;
		} catch (DataImportException e) {
			return Status.error(e.getMessage());
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		}
	}
}
