package org.voxpop.estimator.logit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voxpop.test.support.NumericAssertions.assertRelativelyClose;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.voxpop.data.Dataset;
import org.voxpop.data.RowCondition;
import org.voxpop.estimation.EstimationException;
import org.voxpop.estimation.ModelComparison;
import org.voxpop.estimation.ModelComparison.LikelihoodRatioTest;
import org.voxpop.estimation.ModelFormula;
import org.voxpop.estimation.ModelSpecification;
import org.voxpop.estimation.result.EstimationResult;
import org.voxpop.test.support.Fixtures;
import org.voxpop.test.support.GoldenResults;

/** Nested models side by side: a common estimation sample and likelihood-ratio tests between them. */
class ModelComparisonTest {

	private static final String BUNDLE = "org.voxpop.estimator.logit.tests";

	private static List<ModelSpecification> specs(String... formulas) throws EstimationException {
		List<ModelSpecification> specs = new java.util.ArrayList<>();
		for (String formula : formulas) {
			specs.add(ModelSpecification.of("logit", ModelFormula.parse(formula)));
		}
		return specs;
	}

	@Test
	void aSampleRestrictionEqualsRsGlmOnTheSubset() throws Exception {
		Dataset mroz = GoldenResults.dataset(Fixtures.file(BUNDLE, "fixtures/mroz/mroz.csv"), null);
		ModelSpecification spec = ModelSpecification.of("logit", ModelFormula.parse("lfp k5 k618 age i.wc i.hc lwg inc"))
				.withRestriction(RowCondition.parse("age >= 40 & inc < 30"));
		EstimationResult result = GoldenResults.fit(mroz, spec);
		GoldenResults.assertMatches(Fixtures.file(BUNDLE, "fixtures/mroz/if_restriction"), result);
		assertEquals(753, mroz.rowCount());
	}

	@Test
	void theLrTestAgainstTheConstantOnlyModelEqualsRsLikelihoods() throws Exception {
		Dataset mroz = GoldenResults.dataset(Fixtures.file(BUNDLE, "fixtures/mroz/mroz.csv"), null);
		List<EstimationResult> results = ModelComparison.estimate(mroz,
				specs("lfp", "lfp k5 k618 age wc hc lwg inc"), true, new NullProgressMonitor());
		LikelihoodRatioTest test = ModelComparison.likelihoodRatioTests(results).get(0);
		Map<String, Double> r = Fixtures.statistics(Fixtures.file(BUNDLE, "fixtures/mroz/glm_fit.csv"));
		assertRelativelyClose(2 * (r.get("loglik") - r.get("loglik0")), test.chi2(), 1e-8, "LR chi2");
		assertEquals(7, test.df());
		assertTrue(test.p() < 1e-10, "p " + test.p());
	}

	@Test
	void aCommonSampleDropsTheRowsAnyModelLacks() throws Exception {
		Path csv = Fixtures.file(BUNDLE, "fixtures/chile/chile.csv");
		Dataset chile = GoldenResults.dataset(csv, Fixtures.file(BUNDLE, "fixtures/chile/chile.codebook.xmi"));
		List<ModelSpecification> specs = specs("vote female", "vote female age income statusquo");
		List<EstimationResult> own = ModelComparison.estimate(chile, specs, false, new NullProgressMonitor());
		assertTrue(own.get(0).n() > own.get(1).n(), own.get(0).n() + " vs " + own.get(1).n());
		EstimationException error = assertThrows(EstimationException.class, () -> ModelComparison.likelihoodRatioTests(own));
		assertTrue(error.getMessage().startsWith("LR test: observations differ between models 1 and 2"), error.getMessage());

		List<EstimationResult> common = ModelComparison.estimate(chile, specs, true, new NullProgressMonitor());
		assertEquals(common.get(1).n(), common.get(0).n());
		assertEquals(own.get(1).n(), common.get(0).n());
		LikelihoodRatioTest test = ModelComparison.likelihoodRatioTests(common).get(0);
		assertEquals(3, test.df());
		assertRelativelyClose(2 * (common.get(1).logLikelihood() - common.get(0).logLikelihood()), test.chi2(), 1e-12, "chi2");
	}
}
