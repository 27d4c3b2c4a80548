package org.voxpop.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.voxpop.data.ImportSource;

/** File > Open Dataset...: picks a data file and imports it with its companion codebook. */
public final class OpenDatasetHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		FileDialog dialog = new FileDialog(HandlerUtil.getActiveShell(event), SWT.OPEN);
		dialog.setText("Open Dataset");
		dialog.setFilterExtensions(new String[] { "*.csv", "*.*" });
		dialog.setFilterNames(new String[] { "Comma-separated values (*.csv)", "All files" });
		String selected = dialog.open();
		if (selected != null) {
			Path file = Path.of(selected);
			new ImportDatasetJob(new ImportSource(file, CodebookFiles.companionOf(file), null)).schedule();
		}
		return null;
	}
}
