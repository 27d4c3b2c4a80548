package org.voxpop.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.voxpop.core.Contribution;
import org.voxpop.data.DatasetImporter;
import org.voxpop.data.ImportSource;
import org.voxpop.data.Importers;

/**
 * File > Open Dataset...: picks a data file and imports it with its companion codebook. The dialog offers every
 * format an installed importer reads (the {@code org.voxpop.data.importers} registry).
 */
public final class OpenDatasetHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		FileDialog dialog = new FileDialog(HandlerUtil.getActiveShell(event), SWT.OPEN);
		dialog.setText("Open Dataset");
		List<String> extensions = new ArrayList<>();
		List<String> names = new ArrayList<>();
		List<String> all = new ArrayList<>();
		for (Contribution<DatasetImporter> importer : Importers.all()) {
			String patterns = String.join(";", Arrays.stream(importer.attribute("fileExtensions").split(","))
					.map(extension -> "*." + extension.trim()).toList());
			extensions.add(patterns);
			names.add(importer.name() + " (" + patterns + ")");
			all.add(patterns);
		}
		extensions.add(0, String.join(";", all));
		names.add(0, "All survey data");
		extensions.add("*.*");
		names.add("All files");
		dialog.setFilterExtensions(extensions.toArray(String[]::new));
		dialog.setFilterNames(names.toArray(String[]::new));
		String selected = dialog.open();
		if (selected != null) {
			Path file = Path.of(selected);
			new ImportDatasetJob(new ImportSource(file, CodebookFiles.companionOf(file), null)).schedule();
		}
		return null;
	}
}
