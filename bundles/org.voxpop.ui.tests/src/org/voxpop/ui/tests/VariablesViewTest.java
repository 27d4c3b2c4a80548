package org.voxpop.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.voxpop.data.Dataset;
import org.voxpop.ui.internal.OpenDatasets;
import org.voxpop.ui.internal.VariablesView;
import org.voxpop.test.support.Fixtures;

/** Runs in the workbench (UI harness, under Xvfb in CI) and reads the Variables view's SWT table. */
class VariablesViewTest {

	@Test
	void theVariablesViewListsTheExamplesCodebook() throws Exception {
		Dataset dataset = Fixtures.exampleDataset();
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		VariablesView view = (VariablesView) page.showView(VariablesView.ID);
		OpenDatasets.open(dataset);
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// let the table paint
		}
		Table table = view.table();
		assertEquals(dataset.columnCount(), table.getItemCount());
		List<String> names = Arrays.stream(table.getItems()).map(item -> item.getText(0)).toList();
		assertEquals(dataset.columnNames(), names);
		TableItem threat = table.getItem(names.indexOf("threat_nk"));
		assertEquals("ordinal", threat.getText(2));
		assertTrue(threat.getText(1).contains("North Korea"), threat.getText(1));
		assertTrue(threat.getText(3).contains("8 Not sure (missing)"), threat.getText(3));
		assertTrue(view.getContentDescription().startsWith("poll2024.csv: "), view.getContentDescription());
	}
}
