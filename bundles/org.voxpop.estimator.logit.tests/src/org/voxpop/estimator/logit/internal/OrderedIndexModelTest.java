package org.voxpop.estimator.logit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.voxpop.estimation.DesignColumn;
import org.voxpop.estimation.DesignMatrix;
import org.voxpop.estimation.Derivatives;
import org.voxpop.estimation.EstimationException;
import org.voxpop.estimation.LinkFunction;
import org.voxpop.estimation.OrderedIndexModel;

/**
 * A middle category far in a tail of the link keeps its digits: its probability is taken in logs there. (Here, next
 * to the logistic link, which has the log forms the tail needs.)
 */
class OrderedIndexModelTest {

	private static final LinkFunction LOGISTIC = LogisticLink.INSTANCE;

	/** Three categories; the one observation is in the middle one. */
	private static OrderedIndexModel model() throws EstimationException {
		DesignMatrix design = new DesignMatrix("y", new double[] { 1, 2, 3 }, new double[0], List.<DesignColumn>of(),
				List.of(), null, null, null, 0, Map.of(), new int[] { 0, 1, 2 }, 3);
		return OrderedIndexModel.of(design, LOGISTIC);
	}

	@Test
	void farInTheLowerTail() throws EstimationException {
		// P = F(1 - 800) - F(0 - 800) = e^-800 (e - 1) to many digits; F underflows to 0 at -745
		Derivatives d = new Derivatives(2);
		double logP = model().contribution(1, 800, new double[] { 0, 1 }, d);
		assertEquals(-800 + Math.log(Math.E - 1), logP, 1e-12);
		assertEquals(-1, d.eta(), 1e-12); // d log P / d eta: P is proportional to e^-eta there
		assertEquals(0, d.etaEta(), 1e-12);
		assertEquals(Math.E / (Math.E - 1), d.ancillary(1), 1e-12); // d log P / d cut2
		assertEquals(-1 / (Math.E - 1), d.ancillary(0), 1e-12); // d log P / d cut1
	}

	@Test
	void farInTheUpperTail() throws EstimationException {
		// P = S(0 + 800) - S(1 + 800) = e^-800 (1 - e^-1)
		Derivatives d = new Derivatives(2);
		double logP = model().contribution(1, -800, new double[] { 0, 1 }, d);
		assertEquals(-800 + Math.log1p(-Math.exp(-1)), logP, 1e-12);
		assertEquals(1, d.eta(), 1e-12);
	}

	@Test
	void theUsualCaseIsUnchanged() throws EstimationException {
		Derivatives d = new Derivatives(2);
		double logP = model().contribution(1, 0.3, new double[] { -0.5, 1 }, d);
		assertEquals(Math.log(LOGISTIC.cdf(0.7) - LOGISTIC.cdf(-0.8)), logP, 1e-14);
	}
}
