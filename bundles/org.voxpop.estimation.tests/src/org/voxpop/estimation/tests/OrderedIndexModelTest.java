package org.voxpop.estimation.tests;

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

/** A middle category far in a tail of the link keeps its digits: its probability is taken in logs there. */
class OrderedIndexModelTest {

	/** The logistic distribution with log forms that stay finite in both tails. */
	private static final LinkFunction LOGISTIC = new LinkFunction() {
		@Override
		public double cdf(double t) {
			return 1 / (1 + Math.exp(-t));
		}

		@Override
		public double survival(double t) {
			return 1 / (1 + Math.exp(t));
		}

		@Override
		public double density(double t) {
			return cdf(t) * survival(t);
		}

		@Override
		public double densityDerivative(double t) {
			return density(t) * (survival(t) - cdf(t));
		}

		@Override
		public double quantile(double p) {
			return Math.log(p / (1 - p));
		}

		@Override
		public double logCdf(double t) {
			return t > 0 ? -Math.log1p(Math.exp(-t)) : t - Math.log1p(Math.exp(t));
		}

		@Override
		public double logSurvival(double t) {
			return logCdf(-t);
		}

		@Override
		public double logCdfDerivative(double t) {
			return survival(t);
		}

		@Override
		public double logCdfSecondDerivative(double t) {
			return -density(t);
		}

		@Override
		public double logSurvivalDerivative(double t) {
			return -cdf(t);
		}

		@Override
		public double logSurvivalSecondDerivative(double t) {
			return -density(t);
		}
	};

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
