package org.voxpop.ui.internal;

import java.nio.file.Path;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.voxpop.data.ImportSource;

/** Opens the Survey Analysis perspective, and the data file given on the command line if any. */
final class VoxpopWorkbenchAdvisor extends WorkbenchAdvisor {

	private final Path initialFile;

	VoxpopWorkbenchAdvisor(Path initialFile) {
		this.initialFile = initialFile;
	}

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		configurer.setSaveAndRestore(false);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return AnalysisPerspective.ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new WorkbenchWindowAdvisor(configurer) {
			@Override
			public void preWindowOpen() {
				configurer.setInitialSize(new Point(1200, 800));
				configurer.setShowMenuBar(true);
				configurer.setShowStatusLine(true);
				configurer.setShowProgressIndicator(true);
				configurer.setTitle("VoxPop");
			}
		};
	}

	@Override
	public void postStartup() {
		if (initialFile != null) {
			new ImportDatasetJob(new ImportSource(initialFile, CodebookFiles.companionOf(initialFile), null)).schedule();
		}
	}
}
