package org.voxpop.app.internal;

import java.util.List;
import java.util.Locale;

import org.voxpop.data.Codes;
import org.voxpop.estimation.ModelComparison;
import org.voxpop.estimation.result.TestStatistic;

import org.voxpop.estimation.Vce;
import org.voxpop.estimation.Weight;
import org.voxpop.estimation.result.Coefficient;
import org.voxpop.estimation.result.Margin;
import org.voxpop.estimation.result.EstimationResult;
import org.voxpop.estimation.result.SideBySide;

/**
 * Lays out an estimation result the way Stata prints {@code logit}: a header with N, LR chi2, Prob > chi2 and
 * pseudo R2, then one line per coefficient with factor levels grouped under their variable.
 */
final class CoefficientTable {

	private static final String RULE = "-".repeat(13) + "+" + "-".repeat(64);

	private CoefficientTable() {
	}

	static String format(EstimationResult r, String title) {
		StringBuilder out = new StringBuilder();
		for (String note : r.notes()) {
			out.append("note: ").append(note).append('\n');
		}
		if (!r.notes().isEmpty()) {
			out.append('\n');
		}
		boolean pseudo = r.weight() != null && r.weight().type() == Weight.Type.PROBABILITY;
		out.append(String.format(Locale.ROOT, "%-48s%-14s= %,10d%n", title, "Number of obs", r.n()));
		out.append(String.format(Locale.ROOT, "%-48s%-14s= %10s%n", "", r.chi2Type() + " chi2(" + r.df() + ")",
				Double.isNaN(r.chi2()) ? "." : String.format(Locale.ROOT, "%.2f", r.chi2())));
		out.append(String.format(Locale.ROOT, "%-48s%-14s= %10s%n", "", "Prob > chi2",
				Double.isNaN(r.chi2P()) ? "." : String.format(Locale.ROOT, "%.4f", r.chi2P())));
		out.append(String.format(Locale.ROOT, "%-48s%-14s= %10.4f%n",
				(pseudo ? "Log pseudolikelihood = " : "Log likelihood = ") + fmt(r.logLikelihood(), 10), "Pseudo R2",
				r.pseudoR2()));
		out.append('\n');
		if (r.vce().kind() == Vce.Kind.CLUSTER) {
			out.append(String.format(Locale.ROOT, "%78s%n", "(Std. err. adjusted for " + String.format(Locale.ROOT, "%,d",
					r.clusters()) + " clusters in " + r.vce().clusterVariable() + ")"));
		}
		out.append("-".repeat(78)).append('\n');
		boolean robust = r.vce().kind() != Vce.Kind.OIM;
		if (robust) {
			out.append(String.format(Locale.ROOT, "%12s |%21s%n", "", "Robust"));
		}
		out.append(String.format(Locale.ROOT, "%12s | Coefficient  %s      z    P>|z|     [95%% conf. interval]%n",
				abbreviate(r.outcome(), 12), robust ? "std. err." : "Std. err."));
		out.append(RULE).append('\n');
		String currentFactor = null;
		for (Coefficient c : r.coefficients()) {
			boolean factorLevel = !Double.isNaN(c.level());
			if (factorLevel && !c.variable().equals(currentFactor)) {
				currentFactor = c.variable();
				out.append(String.format(Locale.ROOT, "%12s |%n", abbreviate(currentFactor, 12)));
			} else if (!factorLevel) {
				currentFactor = null;
			}
			String name = factorLevel ? levelName(c) : c.term();
			if (c.term().equals("_cons")) {
				out.append(String.format(Locale.ROOT, "%12s |%n", ""));
			}
			out.append(line(name, c));
		}
		if (!r.cutpoints().isEmpty()) {
			out.append(RULE).append('\n');
			for (Coefficient c : r.cutpoints()) {
				out.append(line(c.term(), c));
			}
		}
		out.append("-".repeat(78)).append('\n');
		if (!r.margins().isEmpty()) {
			out.append('\n').append(margins(r, r.margins(), "Average marginal effects", "dy/dx"));
		}
		if (!r.predictiveMargins().isEmpty()) {
			out.append('\n').append(margins(r, r.predictiveMargins(), "Predictive margins", "Margin"));
		}
		return out.toString();
	}

	/** The variance the margins' delta method starts from, as Stata's margins header names it. */
	private static String modelVce(EstimationResult r) {
		return switch (r.vce().kind()) {
		case OIM -> "OIM";
		case ROBUST -> "Robust";
		case CLUSTER -> "Robust (clustered by " + r.vce().clusterVariable() + ")";
		};
	}

	/** Stata's {@code margins} tables: one block per outcome of an ordered model. */
	static String margins(EstimationResult r, List<Margin> margins, String title, String column) {
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, "%-48s%-14s= %,10d%n", title, "Number of obs", r.n()));
		out.append("Model VCE: ").append(modelVce(r)).append("\n\n");
		out.append("Expression: Pr(").append(r.outcome()).append("), predict()\n");
		if (column.equals("dy/dx")) {
			out.append("dy/dx wrt:  ").append(String.join(" ", margins.stream().map(Margin::term).distinct().toList()))
					.append('\n');
		}
		out.append('\n');
		java.util.List<Double> outcomes = margins.stream().map(Margin::outcome).distinct().sorted().toList();
		for (double outcome : outcomes) {
			if (!Double.isNaN(outcome)) {
				out.append("Outcome: Pr(").append(r.outcome()).append(" == ").append(Codes.format(outcome)).append(")\n");
			} else {
				out.append("Outcome: Pr(").append(r.outcome()).append(")\n");
			}
			out.append("-".repeat(78)).append('\n');
			out.append(String.format(Locale.ROOT, "%12s |            Delta-method%n", ""));
			out.append(String.format(Locale.ROOT, "%12s | %10s  %s      z    P>|z|     [95%% conf. interval]%n", "",
					column, "std. err."));
			out.append(RULE).append('\n');
			String currentFactor = null;
			for (Margin m : margins) {
				if (Double.compare(m.outcome(), outcome) != 0) {
					continue;
				}
				boolean factorLevel = !Double.isNaN(m.level());
				if (factorLevel && !m.variable().equals(currentFactor)) {
					currentFactor = m.variable();
					out.append(String.format(Locale.ROOT, "%12s |%n", abbreviate(currentFactor, 12)));
				} else if (!factorLevel) {
					currentFactor = null;
				}
				String name = factorLevel ? (m.label() == null || m.label().isBlank() ? Codes.format(m.level()) : m.label())
						: m.term();
				out.append(String.format(Locale.ROOT, "%12s | %10s %10s %8.2f   %5.3f   %10s %10s%n", abbreviate(name, 12),
						fmt(m.estimate(), 9), fmt(m.se(), 9), m.z(), m.p(), fmt(m.ciLow(), 9), fmt(m.ciHigh(), 9)));
			}
			out.append("-".repeat(78)).append('\n');
		}
		if (column.equals("dy/dx") && margins.stream().anyMatch(m -> !Double.isNaN(m.level()))) {
			out.append("Note: dy/dx for factor levels is the discrete change from the base level.\n");
		}
		return out.toString();
	}

	/** Stata's {@code brant} table. */
	static String brant(EstimationResult r) {
		StringBuilder out = new StringBuilder("Brant test of parallel regression assumption\n\n");
		out.append(String.format(Locale.ROOT, "%14s |%10s %8s %5s%n", "", "chi2", "p>chi2", "df"));
		out.append("-".repeat(15)).append("+").append("-".repeat(26)).append('\n');
		for (TestStatistic t : r.tests()) {
			out.append(String.format(Locale.ROOT, "%14s |%10.2f %8.3f %5d%n", abbreviate(t.term(), 14), t.chi2(), t.p(), t.df()));
		}
		out.append("\nA significant test statistic provides evidence that the parallel regression assumption has been violated.\n");
		return out.toString();
	}

	/** Nested models side by side, as {@code esttab}: coefficients with stars, z statistics in parentheses. */
	static String sideBySide(List<EstimationResult> results) {
		SideBySide table = SideBySide.of(results);
		StringBuilder out = new StringBuilder();
		String rule = "-".repeat(16 + 14 * results.size()) + "\n";
		out.append(rule).append(String.format(Locale.ROOT, "%-16s", ""));
		table.numbers().forEach(number -> out.append(String.format(Locale.ROOT, "%14s", number)));
		out.append('\n').append(String.format(Locale.ROOT, "%-16s", ""));
		table.outcomes().forEach(outcome -> out.append(String.format(Locale.ROOT, "%14s", abbreviate(outcome, 13))));
		out.append('\n').append(rule);
		boolean summary = false;
		for (SideBySide.Row row : table.rows()) {
			if (row.kind() == SideBySide.Kind.SUMMARY && !summary) {
				out.append(rule);
				summary = true;
			}
			out.append(String.format(Locale.ROOT, "%-16s", row.term() == null ? "" : abbreviate(row.term(), 15)));
			for (int m = 0; m < row.cells().size(); m++) {
				out.append(String.format(Locale.ROOT, "%14s", SideBySide.withHangingStars(row, m)));
			}
			out.append('\n');
		}
		out.append(rule).append(SideBySide.LEGEND.replace("; ", "\n")).append('\n');
		return out.toString();
	}

	/** {@code lrtest} lines between consecutive models. */
	static String likelihoodRatioTests(List<ModelComparison.LikelihoodRatioTest> tests) {
		StringBuilder out = new StringBuilder("Likelihood-ratio tests (each model against the one before it)\n");
		for (ModelComparison.LikelihoodRatioTest t : tests) {
			out.append(String.format(Locale.ROOT, "  model %d nested in model %d:  LR chi2(%d) = %.2f   Prob > chi2 = %.4f%n",
					t.restricted() + 1, t.full() + 1, t.df(), t.chi2(), t.p()));
		}
		return out.toString();
	}

	private static String levelName(Coefficient c) {
		return c.label() == null || c.label().isBlank() ? Codes.format(c.level()) : c.label();
	}

	private static String line(String name, Coefficient c) {
		if (c.base()) {
			return String.format(Locale.ROOT, "%12s | %10s  (base)%n", abbreviate(name, 12), "0");
		}
		return String.format(Locale.ROOT, "%12s | %10s %10s %8.2f   %5.3f   %10s %10s%n", abbreviate(name, 12),
				fmt(c.estimate(), 9), fmt(c.se(), 9), c.z(), c.p(), fmt(c.ciLow(), 9), fmt(c.ciHigh(), 9));
	}

	/** Stata's %9.0g style: as many significant digits (up to seven) as fit the width, leading zero dropped. */
	static String fmt(double value, int width) {
		for (int digits = 7; digits >= 1; digits--) {
			String text = String.format(Locale.ROOT, "%." + digits + "g", value);
			if (text.contains("e")) {
				continue;
			}
			if (text.contains(".")) {
				text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
			}
			text = text.replaceFirst("^(-?)0\\.", "$1.");
			if (text.length() <= width) {
				return text;
			}
		}
		return String.format(Locale.ROOT, "%." + Math.max(1, width - 7) + "e", value);
	}

	private static String abbreviate(String name, int width) {
		return name.length() <= width ? name : name.substring(0, width - 2) + "~" + name.charAt(name.length() - 1);
	}
}
