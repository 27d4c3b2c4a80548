package org.voxpop.report.internal;

import java.util.ArrayList;
import java.util.List;

import org.voxpop.estimation.result.Coefficient;
import org.voxpop.estimation.result.EstimationResult;

/**
 * The result models as report designs see them: the scripted data sets of a template read them through the
 * script object {@code voxpop} ({@code voxpop.coefficients()}, {@code voxpop.models()}), one row at a time.
 * Missing numbers (base levels) are {@code null}.
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

	private final List<CoefficientRow> coefficients = new ArrayList<>();
	private final List<ModelRow> models = new ArrayList<>();

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
						number(c.se()), number(c.z()), number(c.p()), number(c.ciLow()), number(c.ciHigh()), stars(c.p())));
			}
		}
	}

	public Cursor<CoefficientRow> coefficients() {
		return new Cursor<>(coefficients);
	}

	public Cursor<ModelRow> models() {
		return new Cursor<>(models);
	}

	static Double number(double value) {
		return Double.isNaN(value) || Double.isInfinite(value) ? null : value;
	}

	/** Significance stars as in esttab's default: * p < 0.05, ** p < 0.01, *** p < 0.001. */
	static String stars(double p) {
		if (Double.isNaN(p)) {
			return "";
		}
		return p < 0.001 ? "***" : p < 0.01 ? "**" : p < 0.05 ? "*" : "";
	}
}
