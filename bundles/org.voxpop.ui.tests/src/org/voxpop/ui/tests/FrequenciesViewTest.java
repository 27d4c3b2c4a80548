package org.voxpop.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.voxpop.codebook.Variable;
import org.voxpop.data.Dataset;
import org.voxpop.frequencies.Frequencies;
import org.voxpop.frequencies.FrequencyRow;
import org.voxpop.frequencies.FrequencyTable;
import org.voxpop.frequencies.SurveyWeight;
import org.voxpop.test.support.Fixtures;
import org.voxpop.ui.internal.FrequenciesView;
import org.voxpop.ui.internal.OpenDatasets;
import org.voxpop.ui.internal.VariablesView;

/** Selecting a variable in the Variables view shows its weighted frequencies in the Frequencies view. */
class FrequenciesViewTest {

	@Test
	void selectingAVariableShowsItsWeightedFrequencies() throws Exception {
		Dataset dataset = Fixtures.exampleDataset();
		Variable weight = dataset.codebook().getVariable("weight");
		dataset.codebook().setWeightVariable(weight);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		VariablesView variables = (VariablesView) page.showView(VariablesView.ID);
		FrequenciesView frequencies = (FrequenciesView) page.showView(FrequenciesView.ID);
		OpenDatasets.open(dataset);
		page.activate(variables);
		Table variableTable = variables.table();
		List<String> names = Arrays.stream(variableTable.getItems()).map(item -> item.getText(0)).toList();
		variableTable.setSelection(names.indexOf("threat_nk"));
		variables.getSite().getSelectionProvider()
				.setSelection(new StructuredSelection(dataset.codebook().getVariable("threat_nk")));
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// let the selection travel and the table paint
		}

		FrequencyTable expected = new Frequencies(dataset, new SurveyWeight(SurveyWeight.Type.SAMPLING, "weight"))
				.frequencies("threat_nk", null).get(0);
		Table table = frequencies.table();
		assertEquals(expected.rows().size() + 1 + expected.boxes().size(), table.getItemCount());
		TableItem first = table.getItem(0);
		FrequencyRow one = expected.rows().get(0);
		assertEquals("1 Not at all", first.getText(0));
		assertEquals(String.format(java.util.Locale.ROOT, "%.1f", one.estimate().percent()), first.getText(4));
		TableItem notSure = Arrays.stream(table.getItems()).filter(i -> i.getText(0).equals("8 Not sure")).findFirst()
				.orElseThrow();
		assertEquals("", notSure.getText(4), "missing lines have no weighted valid percent");
		assertTrue(frequencies.getContentDescription().contains("(pweight weight)"), frequencies.getContentDescription());
	}
}
