package org.voxpop.report.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.voxpop.core.NumberText;
import org.voxpop.estimation.result.Coefficient;
import org.voxpop.estimation.result.EstimationResult;
import org.voxpop.estimation.result.Margin;
import org.voxpop.estimation.result.SideBySide;

/**
 * The result models as report designs see them: the scripted data sets of a template read them through the
 * script object {@code voxpop} ({@code voxpop.coefficients()}, {@code voxpop.models()}, {@code voxpop.margins()}),
 * one row at a time. Missing numbers (base levels) are {@code null}.
 */
public final class ReportData {

	/** One coefficient table row; what a template's "coefficients" data set binds to. */
	public record CoefficientRow(int modelIndex, String model, String term, String label, boolean base, Double estimate,
			Double se, Double z, Double p, Double ciLow, Double ciHigh, String stars) {
	}

	/** One model's header figures; what a template's "models" data set binds to. */
	public record ModelRow(int modelIndex, String model, String outcome, String dataFile, long n, Double logLikelihood,
			Double chi2, int df, Double chi2P, Double pseudoR2, Double aic, Double bic, boolean converged) {
	}

	/**
	 * One average marginal effect; what a template's "margins" data set binds to. The rows come term by term (in the
	 * order the terms first appear), and within a term model by model and outcome category by outcome category: the
	 * order of a chart that compares outcomes term by term. A table ordered by model sorts on modelIndex and position.
	 *
	 * @param series   what the effect is on: the outcome variable, with {@code = code} for an ordered model's
	 *                 category, prefixed by "Model k:" when several models share an outcome
	 * @param chartRow the category axis label: the term's label, followed by the series when there are several
	 * @param position the row's position within its model's margins (Stata's order)
	 */
	public record MarginRow(int modelIndex, String model, String outcome, String series, int seriesIndex,
			String term, String label, String chartRow, int position, Double estimate, Double se, Double z, Double p,
			Double ciLow, Double ciHigh, String stars) {
	}

	/**
	 * One row of the models side by side, esttab's layout ({@link SideBySide}); what a template's "comparison" data
	 * set binds to. The rows are: kind "numbers" (the cells are "(1)", "(2)", ...), kind "outcomes", then per term an
	 * "estimate" row (label: the term and its value label) and a "statistic" row (z in parentheses), then the
	 * summaries N, pseudo R-sq and log lik. (kind "first summary", then "summary").
	 *
	 * @param cells one per model, without the stars
	 * @param stars one per model: the estimate's significance stars, else ""
	 */
	public record ComparisonRow(String kind, String label, List<String> cells, List<String> stars) {
		/** Model {@code model}'s cell (counting from 1), "" past the last model. */
		public String cell(int model) {
			return model >= 1 && model <= cells.size() ? cells.get(model - 1) : "";
		}

		/** Model {@code model}'s stars (counting from 1), "" past the last model. */
		public String stars(int model) {
			return model >= 1 && model <= stars.size() ? stars.get(model - 1) : "";
		}
	}

	private final List<CoefficientRow> coefficients = new ArrayList<>();
	private final List<ComparisonRow> comparison = new ArrayList<>();
	private final List<ModelRow> models = new ArrayList<>();
	private final List<MarginRow> margins = new ArrayList<>();

	public ReportData(List<EstimationResult> results) {
		for (int m = 0; m < results.size(); m++) {
			EstimationResult r = results.get(m);
			models.add(new ModelRow(m + 1, r.model(), r.outcome(), r.dataFile(), r.n(), number(r.logLikelihood()),
					number(r.chi2()), r.df(), number(r.chi2P()), number(r.pseudoR2()), number(r.aic()), number(r.bic()),
					r.converged()));
			List<Coefficient> rows = new ArrayList<>(r.coefficients());
			rows.addAll(r.cutpoints());
			for (Coefficient c : rows) {
				String label = c.label() == null ? c.term() : c.term() + "  " + c.label();
				coefficients.add(new CoefficientRow(m + 1, r.model(), c.term(), label, c.base(), c.base() ? null : number(c.estimate()),
						number(c.se()), number(c.z()), number(c.p()), number(c.ciLow()), number(c.ciHigh()), SideBySide.stars(c.p())));
			}
		}
		addMargins(results);
		addComparison(results);
	}

	private void addComparison(List<EstimationResult> results) {
		SideBySide table = SideBySide.of(results);
		List<String> none = table.numbers().stream().map(number -> "").toList();
		comparison.add(new ComparisonRow("numbers", "", table.numbers(), none));
		comparison.add(new ComparisonRow("outcomes", "", table.outcomes(), none));
		boolean summary = false;
		for (SideBySide.Row row : table.rows()) {
			String kind = switch (row.kind()) {
			case ESTIMATE -> "estimate";
			case STATISTIC -> "statistic";
			case SUMMARY -> summary ? "summary" : "first summary";
			};
			summary |= row.kind() == SideBySide.Kind.SUMMARY;
			String label = row.term() == null ? "" : row.label() == null ? row.term() : row.term() + "  " + row.label();
			comparison.add(new ComparisonRow(kind, label, row.cells(), row.stars()));
		}
	}

	private void addMargins(List<EstimationResult> results) {
		boolean sharedOutcome = results.stream().map(EstimationResult::outcome).distinct().count() < results.size();
		Map<String, Integer> seriesIndex = new LinkedHashMap<>();
		Map<String, Integer> termOrder = new LinkedHashMap<>();
		for (int m = 0; m < results.size(); m++) {
			for (Margin e : results.get(m).margins()) {
				seriesIndex.putIfAbsent(series(results.get(m), m, sharedOutcome, e), seriesIndex.size());
				termOrder.putIfAbsent(e.term(), termOrder.size());
			}
		}
		boolean severalSeries = seriesIndex.size() > 1;
		for (int m = 0; m < results.size(); m++) {
			EstimationResult r = results.get(m);
			for (int i = 0; i < r.margins().size(); i++) {
				Margin e = r.margins().get(i);
				String series = series(r, m, sharedOutcome, e);
				String label = e.label() == null ? e.term() : e.label();
				margins.add(new MarginRow(m + 1, r.model(), r.outcome(), series, seriesIndex.get(series), e.term(), label,
						severalSeries ? label + " (" + series + ")" : label, i + 1, number(e.estimate()), number(e.se()),
						number(e.z()), number(e.p()), number(e.ciLow()), number(e.ciHigh()), SideBySide.stars(e.p())));
			}
		}
		margins.sort(Comparator.comparingInt((MarginRow row) -> termOrder.get(row.term()))
				.thenComparingInt(MarginRow::seriesIndex));
	}

	/** What a margin is on: the outcome, "= code" for an ordered model's category, "Model k:" when outcomes repeat. */
	private static String series(EstimationResult result, int modelIndex, boolean sharedOutcome, Margin margin) {
		return (sharedOutcome ? "Model " + (modelIndex + 1) + ": " : "") + result.outcome()
				+ (Double.isNaN(margin.outcome()) ? "" : " = " + NumberText.plain(margin.outcome()));
	}

	public Cursor<CoefficientRow> coefficients() {
		return new Cursor<>(coefficients);
	}

	public Cursor<ModelRow> models() {
		return new Cursor<>(models);
	}

	/** The models side by side, row by row. */
	public Cursor<ComparisonRow> comparison() {
		return new Cursor<>(comparison);
	}

	/** The number of models. */
	public int modelCount() {
		return models.size();
	}

	public Cursor<MarginRow> margins() {
		return new Cursor<>(margins);
	}

	/** Whether any result has average marginal effects; templates leave their margins section out if not. */
	public boolean hasMargins() {
		return !margins.isEmpty();
	}

	static Double number(double value) {
		return Double.isNaN(value) || Double.isInfinite(value) ? null : value;
	}
}
