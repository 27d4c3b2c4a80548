package org.voxpop.estimation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.voxpop.data.Dataset;
import org.voxpop.estimation.result.EstimationResult;

/**
 * Sets of nested models on one outcome (Model 1 .. Model k, each adding terms), as analysts lay them side by side
 * with Stata's {@code esttab}, and the likelihood-ratio tests between them ({@code lrtest}).
 */
public final class ModelComparison {

	/**
	 * A likelihood-ratio test of a restricted model against a model that nests it.
	 *
	 * @param restricted the index (0-based) of the restricted model in its set
	 * @param full       the index of the fuller model
	 * @param chi2       2 (logL_full - logL_restricted)
	 * @param df         the difference in the number of estimated parameters
	 * @param p          upper tail probability of chi2 with df degrees of freedom
	 */
	public record LikelihoodRatioTest(int restricted, int full, double chi2, int df, double p) {
	}

	private ModelComparison() {
	}

	/**
	 * Fits every specification. With {@code commonSample}, every model is fitted on the rows complete for the
	 * variables of all models (Stata's practice for nested comparisons), so that their likelihoods are comparable.
	 *
	 * @throws EstimationException for the first model that cannot be fitted, naming it ("model 2: ...")
	 */
	public static List<EstimationResult> estimate(Dataset data, List<ModelSpecification> specifications,
			boolean commonSample, IProgressMonitor monitor) throws EstimationException {
		SubMonitor progress = SubMonitor.convert(monitor, "Fitting " + specifications.size() + " models",
				specifications.size());
		Set<String> all = new LinkedHashSet<>();
		if (commonSample) {
			for (ModelSpecification spec : specifications) {
				all.addAll(spec.requiredVariables());
			}
		}
		List<EstimationResult> results = new ArrayList<>();
		for (int m = 0; m < specifications.size(); m++) {
			ModelSpecification spec = specifications.get(m);
			if (commonSample) {
				spec = spec.withSampleVariables(all);
			}
			try {
				results.add(ModelEstimation.estimate(data, spec, progress.split(1)));
			} catch (EstimationException e) {
				if (specifications.size() == 1) {
					throw e;
				}
				throw new EstimationException("model " + (m + 1) + ": " + e.getMessage(), e);
			}
		}
		return results;
	}

	/**
	 * Likelihood-ratio tests of each model against the next one in the set.
	 *
	 * @throws EstimationException if two consecutive models differ in their samples, outcome or weights, or use a
	 *                             robust variance (for which an LR test is invalid, as Stata says), or the later
	 *                             model does not have more parameters
	 */
	public static List<LikelihoodRatioTest> likelihoodRatioTests(List<EstimationResult> results) throws EstimationException {
		List<LikelihoodRatioTest> tests = new ArrayList<>();
		for (int m = 0; m + 1 < results.size(); m++) {
			tests.add(likelihoodRatioTest(results, m, m + 1));
		}
		return tests;
	}

	/** The likelihood-ratio test of model {@code restricted} against model {@code full} of the set. */
	public static LikelihoodRatioTest likelihoodRatioTest(List<EstimationResult> results, int restricted, int full)
			throws EstimationException {
		EstimationResult r = results.get(restricted);
		EstimationResult f = results.get(full);
		String pair = "models " + (restricted + 1) + " and " + (full + 1);
		if (!r.outcome().equals(f.outcome()) || !r.model().equals(f.model())) {
			throw new EstimationException("LR test: " + pair + " differ in their outcome or estimator");
		}
		if (r.n() != f.n() || r.nRows() != f.nRows()) {
			throw new EstimationException("LR test: observations differ between " + pair + " (" + r.n() + " vs. " + f.n()
					+ "); fit them on a common sample");
		}
		if (r.vce().kind() != Vce.Kind.OIM || f.vce().kind() != Vce.Kind.OIM
				|| (r.weight() != null && r.weight().type() == Weight.Type.PROBABILITY)) {
			throw new EstimationException("LR test likely invalid for models with robust vce or sampling weights; "
					+ "compare them with Wald tests instead");
		}
		int df = f.fitted().parameterCount() - r.fitted().parameterCount();
		if (df <= 0) {
			throw new EstimationException("LR test: model " + (full + 1) + " does not have more parameters than model "
					+ (restricted + 1) + ", so it does not nest it");
		}
		double chi2 = 2 * (f.logLikelihood() - r.logLikelihood());
		return new LikelihoodRatioTest(restricted, full, chi2, df, Inference.chiSquaredP(chi2, df));
	}
}
