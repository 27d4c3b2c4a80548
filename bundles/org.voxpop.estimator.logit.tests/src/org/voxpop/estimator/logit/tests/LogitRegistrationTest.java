package org.voxpop.estimator.logit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.voxpop.core.Contribution;
import org.voxpop.data.Dataset;
import org.voxpop.estimation.EstimationException;
import org.voxpop.estimation.Estimator;
import org.voxpop.estimation.Estimators;
import org.voxpop.estimation.ModelEstimation;
import org.voxpop.estimation.ModelFormula;
import org.voxpop.estimation.ModelSpecification;
import org.voxpop.test.support.Fixtures;

class LogitRegistrationTest {

	@Test
	void logitIsFoundThroughTheExtensionRegistry() throws EstimationException {
		Contribution<Estimator> logit = Estimators.get("logit");
		assertEquals("org.voxpop.estimator.logit", logit.contributor());
		assertEquals("logit", logit.attribute("stataCommand"));
		assertEquals("org.voxpop.estimator.logit.internal.LogitEstimator", logit.instance().getClass().getName());
		assertTrue(logit.instance().includesConstant());
	}

	@Test
	void anUnknownModelListsTheInstalledOnes() {
		EstimationException error = assertThrows(EstimationException.class, () -> Estimators.get("probbit"));
		assertTrue(error.getMessage().contains("unknown model 'probbit'; installed models: "), error.getMessage());
		assertTrue(error.getMessage().contains("logit"), error.getMessage());
	}

	@Test
	void aLikertOutcomeIsNotBinary() throws Exception {
		Dataset data = Fixtures.exampleDataset();
		EstimationException error = assertThrows(EstimationException.class, () -> ModelEstimation.estimate(data,
				ModelSpecification.of("logit", ModelFormula.parse("threat_nk age")), new NullProgressMonitor()));
		assertTrue(error.getMessage().startsWith("outcome threat_nk is not binary: besides 0 and 1 it takes the values [2, 3, 4]"),
				error.getMessage());
	}
}
