package org.voxpop.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The Survey Analysis perspective: the Variables view of the open dataset, and below it the Frequencies view. */
public final class AnalysisPerspective implements IPerspectiveFactory {

	public static final String ID = "org.voxpop.ui.perspectives.analysis";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(false);
		layout.addView(VariablesView.ID, IPageLayout.LEFT, 0.6f, layout.getEditorArea());
		layout.addView(FrequenciesView.ID, IPageLayout.BOTTOM, 0.55f, VariablesView.ID);
	}
}
