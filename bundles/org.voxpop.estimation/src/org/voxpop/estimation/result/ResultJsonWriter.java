package org.voxpop.estimation.result;

import static org.voxpop.core.JsonText.number;
import static org.voxpop.core.JsonText.quote;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.voxpop.estimation.ModelComparison;

/**
 * Writes an {@link EstimationResult} as JSON in the documented contract (README, "JSON result"). Numbers are
 * written with full precision; {@code NaN} becomes {@code null}.
 */
public final class ResultJsonWriter {

	private ResultJsonWriter() {
	}

	public static String toJson(EstimationResult r) {
		StringBuilder out = new StringBuilder(4096);
		out.append("{\n");
		field(out, "model", r.model()).append(",\n");
		field(out, "outcome", r.outcome()).append(",\n");
		field(out, "n", r.n()).append(",\n");
		field(out, "n_rows", r.nRows()).append(",\n");
		if (r.weight() == null) {
			out.append("  \"weight\": null,\n");
		} else {
			out.append("  \"weight\": {\"type\": ").append(quote(r.weight().type().stataName())).append(", \"variable\": ")
					.append(quote(r.weight().variable())).append("},\n");
		}
		field(out, "vce", r.vce().stataName()).append(",\n");
		if (r.vce().clusterVariable() != null) {
			field(out, "cluster_variable", r.vce().clusterVariable()).append(",\n");
			field(out, "clusters", r.clusters()).append(",\n");
		}
		field(out, "loglik", r.logLikelihood()).append(",\n");
		field(out, "loglik0", r.nullLogLikelihood()).append(",\n");
		field(out, "chi2_type", r.chi2Type()).append(",\n");
		field(out, "chi2", r.chi2()).append(",\n");
		field(out, "df", r.df()).append(",\n");
		field(out, "chi2_p", r.chi2P()).append(",\n");
		field(out, "pseudo_r2", r.pseudoR2()).append(",\n");
		field(out, "aic", r.aic()).append(",\n");
		field(out, "bic", r.bic()).append(",\n");
		out.append("  \"converged\": ").append(r.converged()).append(",\n");
		field(out, "iterations", r.iterations()).append(",\n");
		coefficients(out, "coefficients", r.coefficients()).append(",\n");
		coefficients(out, "cutpoints", r.cutpoints()).append(",\n");
		margins(out, "margins", "dydx", r.margins()).append(",\n");
		margins(out, "predictive_margins", "margin", r.predictiveMargins()).append(",\n");
		out.append("  \"omitted\": [");
		for (int i = 0; i < r.omitted().size(); i++) {
			Omission o = r.omitted().get(i);
			out.append(i == 0 ? "\n" : ",\n").append("    {\"term\": ").append(quote(o.term())).append(", \"reason\": ")
					.append(quote(o.reason())).append('}');
		}
		out.append(r.omitted().isEmpty() ? "],\n" : "\n  ],\n");
		out.append("  \"tests\": [");
		for (int i = 0; i < r.tests().size(); i++) {
			TestStatistic t = r.tests().get(i);
			out.append(i == 0 ? "\n" : ",\n").append("    {\"test\": ").append(quote(t.test())).append(", \"term\": ")
					.append(quote(t.term())).append(", \"chi2\": ").append(number(t.chi2())).append(", \"df\": ")
					.append(t.df()).append(", \"p\": ").append(number(t.p())).append('}');
		}
		out.append(r.tests().isEmpty() ? "],\n" : "\n  ],\n");
		out.append("  \"notes\": [");
		for (int i = 0; i < r.notes().size(); i++) {
			out.append(i == 0 ? "" : ", ").append(quote(r.notes().get(i)));
		}
		out.append("]\n}\n");
		return out.toString();
	}

	/**
	 * A set of models fitted side by side: {@code {"models": [result, ...], "lr_tests": [{"restricted": 1,
	 * "full": 2, "chi2", "df", "p"}]}} with 1-based model numbers.
	 */
	public static String toJson(List<EstimationResult> results, List<ModelComparison.LikelihoodRatioTest> tests) {
		StringBuilder out = new StringBuilder();
		out.append("{\n\"models\": [\n");
		for (int m = 0; m < results.size(); m++) {
			out.append(m == 0 ? "" : ",\n").append(toJson(results.get(m)).strip());
		}
		out.append("\n],\n\"lr_tests\": [");
		for (int t = 0; t < tests.size(); t++) {
			ModelComparison.LikelihoodRatioTest test = tests.get(t);
			out.append(t == 0 ? "\n" : ",\n").append("  {\"restricted\": ").append(test.restricted() + 1)
					.append(", \"full\": ").append(test.full() + 1).append(", \"chi2\": ").append(number(test.chi2()))
					.append(", \"df\": ").append(test.df()).append(", \"p\": ").append(number(test.p())).append('}');
		}
		return out.append(tests.isEmpty() ? "]\n}\n" : "\n]\n}\n").toString();
	}

	public static void write(EstimationResult result, Writer writer) throws IOException {
		writer.write(toJson(result));
	}

	private static StringBuilder coefficients(StringBuilder out, String name, List<Coefficient> rows) {
		out.append("  \"").append(name).append("\": [");
		for (int i = 0; i < rows.size(); i++) {
			Coefficient c = rows.get(i);
			out.append(i == 0 ? "\n" : ",\n").append("    {");
			out.append("\"term\": ").append(quote(c.term()));
			out.append(", \"variable\": ").append(quote(c.variable()));
			out.append(", \"level\": ").append(number(c.level()));
			out.append(", \"label\": ").append(quote(c.label()));
			out.append(", \"base\": ").append(c.base());
			out.append(", \"estimate\": ").append(number(c.estimate()));
			out.append(", \"se\": ").append(number(c.se()));
			out.append(", \"z\": ").append(number(c.z()));
			out.append(", \"p\": ").append(number(c.p()));
			out.append(", \"ci_low\": ").append(number(c.ciLow()));
			out.append(", \"ci_high\": ").append(number(c.ciHigh()));
			out.append('}');
		}
		return out.append(rows.isEmpty() ? "]" : "\n  ]");
	}

	private static StringBuilder margins(StringBuilder out, String name, String valueName, List<Margin> rows) {
		out.append("  \"").append(name).append("\": [");
		for (int i = 0; i < rows.size(); i++) {
			Margin m = rows.get(i);
			out.append(i == 0 ? "\n" : ",\n").append("    {");
			out.append("\"term\": ").append(quote(m.term()));
			out.append(", \"variable\": ").append(quote(m.variable()));
			out.append(", \"level\": ").append(number(m.level()));
			out.append(", \"label\": ").append(quote(m.label()));
			out.append(", \"outcome\": ").append(number(m.outcome()));
			out.append(", \"").append(valueName).append("\": ").append(number(m.estimate()));
			out.append(", \"se\": ").append(number(m.se()));
			out.append(", \"z\": ").append(number(m.z()));
			out.append(", \"p\": ").append(number(m.p()));
			out.append(", \"ci_low\": ").append(number(m.ciLow()));
			out.append(", \"ci_high\": ").append(number(m.ciHigh()));
			out.append('}');
		}
		return out.append(rows.isEmpty() ? "]" : "\n  ]");
	}

	private static StringBuilder field(StringBuilder out, String name, String value) {
		return out.append("  \"").append(name).append("\": ").append(quote(value));
	}

	private static StringBuilder field(StringBuilder out, String name, double value) {
		return out.append("  \"").append(name).append("\": ").append(number(value));
	}

	private static StringBuilder field(StringBuilder out, String name, long value) {
		return out.append("  \"").append(name).append("\": ").append(value);
	}
}
