package org.voxpop.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.part.ViewPart;
import org.voxpop.codebook.ValueType;
import org.voxpop.codebook.Variable;
import org.voxpop.codebook.WeightType;
import org.voxpop.data.Codes;
import org.voxpop.data.Dataset;
import org.voxpop.frequencies.BoxScore;
import org.voxpop.frequencies.Estimate;
import org.voxpop.frequencies.Frequencies;
import org.voxpop.frequencies.FrequencyException;
import org.voxpop.frequencies.FrequencyRow;
import org.voxpop.frequencies.FrequencyTable;
import org.voxpop.frequencies.SurveyWeight;

/**
 * The frequencies of the variable selected in the Variables view, as {@code voxpop freq} prints them: valid
 * answers, then missing codes (grey), then top-2/bottom-2 boxes, weighted by the study's weight variable when the
 * codebook names one (a frequency weight if its weight type says so, else a sampling weight).
 */
public final class FrequenciesView extends ViewPart {

	public static final String ID = "org.voxpop.ui.views.frequencies";

	/** One line of the table: a frequency row or a box score. */
	record Line(String answer, String count, String percent, String validPercent, String weighted, String se,
			String interval, boolean missing) {
	}

	private TableViewer viewer;
	private final Consumer<Dataset> datasetListener = dataset -> show(null);
	private final ISelectionListener selectionListener = (part, selection) -> {
		if (part instanceof VariablesView && selection instanceof IStructuredSelection structured
				&& structured.getFirstElement() instanceof Variable variable) {
			show(variable);
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		column("Answer", 260, SWT.LEFT, Line::answer);
		column("Count", 70, SWT.RIGHT, Line::count);
		column("Percent", 70, SWT.RIGHT, Line::percent);
		column("Valid %", 70, SWT.RIGHT, Line::validPercent);
		column("Weighted %", 90, SWT.RIGHT, Line::weighted);
		column("SE", 60, SWT.RIGHT, Line::se);
		column("95% CI", 110, SWT.RIGHT, Line::interval);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		getSite().getPage().addSelectionListener(selectionListener);
		OpenDatasets.addListener(datasetListener);
		show(null);
	}

	private void column(String title, int width, int alignment, Function<Line, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, alignment);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Line) element);
			}

			@Override
			public Color getForeground(Object element) {
				return ((Line) element).missing() ? Display.getCurrent().getSystemColor(SWT.COLOR_DARK_GRAY) : null;
			}
		});
	}

	/** Shows the frequencies of a variable of the open dataset; {@code null} clears the table. */
	public void show(Variable variable) {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		Dataset dataset = OpenDatasets.current();
		if (dataset == null || variable == null) {
			viewer.setInput(new Object[0]);
			setContentDescription(dataset == null ? "No dataset open" : "Select a variable in the Variables view");
			return;
		}
		if (variable.getValueType() == ValueType.STRING) {
			viewer.setInput(new Object[0]);
			setContentDescription(variable.getName() + " is a string variable: no frequencies");
			return;
		}
		SurveyWeight weight = weightOf(dataset);
		try {
			FrequencyTable table = new Frequencies(dataset, weight).frequencies(variable.getName(), null).get(0);
			viewer.setInput(lines(table).toArray());
			setContentDescription(variable.getName() + (variable.getLabel() == null ? "" : ": " + variable.getLabel())
					+ (weight == null ? "  (unweighted)" : "  (" + weight.option() + " " + weight.variable() + ")"));
		} catch (FrequencyException e) {
			viewer.setInput(new Object[0]);
			setContentDescription(e.getMessage());
		}
	}

	private static SurveyWeight weightOf(Dataset dataset) {
		Variable weight = dataset.codebook().getWeightVariable();
		if (weight == null) {
			return null;
		}
		return new SurveyWeight(weight.getWeightType() == WeightType.FREQUENCY ? SurveyWeight.Type.FREQUENCY
				: SurveyWeight.Type.SAMPLING, weight.getName());
	}

	static List<Line> lines(FrequencyTable table) {
		List<Line> lines = new ArrayList<>();
		for (FrequencyRow row : table.rows()) {
			String answer = row.codeText() + " " + row.label();
			Estimate e = row.estimate();
			lines.add(new Line(answer, Codes.format(row.count()), percent(row.percent()),
					row.isMissing() ? "" : percent(row.validPercent()), e == null ? "" : percent(e.percent()),
					e == null ? "" : percent(e.se()), interval(e), row.isMissing()));
		}
		lines.add(new Line("Total", Codes.format(table.respondents()), percent(100), "", "", "", "", false));
		for (BoxScore box : table.boxes()) {
			Estimate e = box.estimate();
			lines.add(new Line(box.label(), "", "", "", percent(e.percent()), percent(e.se()), interval(e), false));
		}
		return lines;
	}

	private static String percent(double value) {
		return FrequencyRow.formatPercent(value);
	}

	private static String interval(Estimate e) {
		return e == null ? "" : percent(e.ciLow()) + " – " + percent(e.ciHigh());
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
		getSite().getPage().removeSelectionListener(selectionListener);
		OpenDatasets.removeListener(datasetListener);
		super.dispose();
	}
}
