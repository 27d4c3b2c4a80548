package org.voxpop.ui.internal;

import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.part.ViewPart;
import org.voxpop.codebook.Category;
import org.voxpop.codebook.Variable;
import org.voxpop.data.Codes;
import org.voxpop.data.Dataset;

/** Lists the codebook of the open dataset: name, label, measurement level and categories of each variable. */
public final class VariablesView extends ViewPart {

	public static final String ID = "org.voxpop.ui.views.variables";

	private TableViewer viewer;
	private final Consumer<Dataset> listener = this::show;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		column("Name", 120, v -> v.getName());
		column("Label", 280, v -> v.getLabel() == null ? "" : v.getLabel());
		column("Level", 80, v -> v.getMeasurementLevel().getLiteral());
		column("Categories", 520, VariablesView::categories);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		getSite().setSelectionProvider(viewer);
		OpenDatasets.addListener(listener);
		show(OpenDatasets.current());
	}

	private void column(String title, int width, java.util.function.Function<Variable, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Variable) element);
			}
		});
	}

	/** E.g. "1 Not at all; 2 Not much; 8 Not sure (missing)". */
	static String categories(Variable variable) {
		return variable.getCategories().stream().map(VariablesView::category).collect(Collectors.joining("; "));
	}

	private static String category(Category c) {
		String text = Codes.format(c.getCode()) + (c.getLabel() == null ? "" : " " + c.getLabel());
		return c.isMissing() ? text + " (missing)" : text;
	}

	private void show(Dataset dataset) {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		viewer.setInput(dataset == null ? new Object[0] : dataset.codebook().getVariables().toArray());
		setContentDescription(dataset == null ? "No dataset open (File > Open Dataset...)"
				: dataset.displayName() + ": " + dataset.columnCount() + " variables, " + dataset.rowCount() + " rows");
	}

	/** The table, for tests. */
	public Table table() {
		return viewer.getTable();
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		OpenDatasets.removeListener(listener);
		super.dispose();
	}
}
