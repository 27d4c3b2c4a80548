package org.voxpop.estimation.result;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.voxpop.estimation.DesignColumn;

/**
 * Models side by side as Stata's {@code esttab} prints them by default: a column per model, headed by its number and
 * outcome; per term a row of estimates with significance stars and a row of z statistics in parentheses; then N,
 * pseudo R-squared and the log-likelihood. Terms come in the order they first appear in the models, then the
 * constant, then the cutpoints.
 * The cells are text, formatted once here for the terminal and the reports alike.
 *
 * @param outcomes the models' outcome variables
 * @param rows     the body and the summary rows
 */
public record SideBySide(List<String> outcomes, List<Row> rows) {

	/** What a row holds. */
	public enum Kind {
		/** A term's estimates, e.g. {@code 0.123} with stars {@code ***}; {@code 0} for a base level. */
		ESTIMATE,
		/** The z statistics of the estimates in the row above, e.g. {@code (4.56)}; {@code (.)} for a base level. */
		STATISTIC,
		/** N, pseudo R-squared or the log-likelihood. */
		SUMMARY
	}

	/**
	 * One row.
	 *
	 * @param term  the term in Stata's notation ({@code 2.region}, {@code cut1}), or the summary's name; {@code null}
	 *              on a statistics row
	 * @param label the term's value label, if it has one, else {@code null}
	 * @param cells one per model; empty where the model does not have the term
	 * @param stars one per model: the estimate's significance stars, else empty
	 */
	public record Row(Kind kind, String term, String label, List<String> cells, List<String> stars) {
	}

	/** The columns' headings: "(1)", "(2)", ... */
	public List<String> numbers() {
		List<String> numbers = new ArrayList<>();
		for (int m = 1; m <= outcomes.size(); m++) {
			numbers.add("(" + m + ")");
		}
		return numbers;
	}

	/** The note under the table. */
	public static final String LEGEND = "z statistics in parentheses; * p<0.05, ** p<0.01, *** p<0.001";

	/** @param results the models, in their order; not empty */
	public static SideBySide of(List<EstimationResult> results) {
		Map<String, String> terms = new LinkedHashMap<>(); // term -> label
		Set<String> cutpoints = new LinkedHashSet<>();
		for (EstimationResult r : results) {
			r.coefficients().forEach(c -> terms.putIfAbsent(c.term(), c.label()));
			r.cutpoints().forEach(c -> cutpoints.add(c.term()));
		}
		if (terms.containsKey(DesignColumn.CONSTANT)) { // below every model's terms, as esttab has it
			terms.put(DesignColumn.CONSTANT, terms.remove(DesignColumn.CONSTANT));
		}
		cutpoints.forEach(term -> terms.putIfAbsent(term, null));
		List<String> none = results.stream().map(r -> "").toList();
		List<Row> rows = new ArrayList<>();
		for (Map.Entry<String, String> term : terms.entrySet()) {
			List<String> estimates = new ArrayList<>();
			List<String> stars = new ArrayList<>();
			List<String> statistics = new ArrayList<>();
			for (EstimationResult r : results) {
				Coefficient c = r.coefficient(term.getKey());
				boolean estimated = c != null && !c.base();
				estimates.add(c == null ? "" : c.base() ? "0" : format("%.3f", c.estimate()));
				stars.add(estimated ? stars(c.p()) : "");
				statistics.add(c == null ? "" : c.base() ? "(.)" : format("(%.2f)", c.z()));
			}
			rows.add(new Row(Kind.ESTIMATE, term.getKey(), term.getValue(), List.copyOf(estimates), List.copyOf(stars)));
			rows.add(new Row(Kind.STATISTIC, null, null, List.copyOf(statistics), none));
		}
		rows.add(new Row(Kind.SUMMARY, "N", null,
				results.stream().map(r -> String.format(Locale.ROOT, "%,d", r.n())).toList(), none));
		rows.add(new Row(Kind.SUMMARY, "pseudo R-sq", null,
				results.stream().map(r -> format("%.3f", r.pseudoR2())).toList(), none));
		rows.add(new Row(Kind.SUMMARY, "log lik.", null,
				results.stream().map(r -> format("%.2f", r.logLikelihood())).toList(), none));
		return new SideBySide(results.stream().map(EstimationResult::outcome).toList(),
				Collections.unmodifiableList(rows));
	}

	/** Significance stars as in esttab's default: * p &lt; 0.05, ** p &lt; 0.01, *** p &lt; 0.001; none for NaN. */
	public static String stars(double p) {
		return p < 0.001 ? "***" : p < 0.01 ? "**" : p < 0.05 ? "*" : "";
	}

	/**
	 * A row's cell of model {@code m} (from 0) with its stars, padded on the right to the width of three stars, so
	 * that in a right-aligned column of a fixed-width font the numbers line up and the stars hang to their right; an
	 * empty cell stays empty.
	 */
	public static String withHangingStars(Row row, int m) {
		String cell = row.cells().get(m);
		return cell.isEmpty() ? cell : cell + String.format(Locale.ROOT, "%-3s", row.stars().get(m));
	}

	/** A number; "." where it is missing (NaN or infinite), as Stata prints a missing value. */
	private static String format(String pattern, double value) {
		return Double.isFinite(value) ? String.format(Locale.ROOT, pattern, value) : ".";
	}
}
