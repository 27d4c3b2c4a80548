package org.voxpop.app.internal;

import java.util.Locale;

import org.voxpop.estimation.result.Coefficient;
import org.voxpop.estimation.result.EstimationResult;

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
		out.append(String.format(Locale.ROOT, "%-48s%-14s= %,10d%n", title, "Number of obs", r.n()));
		out.append(String.format(Locale.ROOT, "%-48s%-14s= %10.2f%n", "", "LR chi2(" + r.df() + ")", r.chi2()));
		out.append(String.format(Locale.ROOT, "%-48s%-14s= %10.4f%n", "", "Prob > chi2", r.chi2P()));
		out.append(String.format(Locale.ROOT, "%-48s%-14s= %10.4f%n", "Log likelihood = " + fmt(r.logLikelihood(), 10), "Pseudo R2",
				r.pseudoR2()));
		out.append('\n');
		out.append("-".repeat(78)).append('\n');
		out.append(String.format(Locale.ROOT, "%12s | Coefficient  Std. err.      z    P>|z|     [95%% conf. interval]%n",
				abbreviate(r.outcome(), 12)));
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
		for (String note : r.notes()) {
			out.append("Note: ").append(note).append('\n');
		}
		return out.toString();
	}

	private static String levelName(Coefficient c) {
		String code = c.level() == Math.rint(c.level()) ? Long.toString((long) c.level()) : Double.toString(c.level());
		return c.label() == null || c.label().isBlank() ? code : c.label();
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
