package org.voxpop.estimator.probit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.api.Test;
import org.voxpop.test.support.Fixtures;

/**
 * The normal link against high-precision values (fixtures/normal_link: 60-digit mpmath and R's pnorm/dnorm in log
 * scale) from the body to t = -1e6, far past the underflow of Phi near t = -38.5.
 */
class NormalLinkTest {

	private static final String BUNDLE = "org.voxpop.estimator.probit.tests";
	private static final NormalLink LINK = NormalLink.INSTANCE;

	@Test
	void matchesSixtyDigitValues() {
		for (Map<String, String> row : table("normal_link_mpmath.csv")) {
			double t = Double.parseDouble(row.get("t"));
			assertClose(row, "log_cdf", LINK.logCdf(t), 4e-15, t);
			assertClose(row, "inverse_mills", LINK.logCdfDerivative(t), 4e-15, t);
			assertClose(row, "log_cdf_second_derivative", LINK.logCdfSecondDerivative(t), 2e-14, t);
			assertClose(row, "cdf", LINK.cdf(t), 4e-15, t);
			assertClose(row, "density", LINK.density(t), 2e-15, t);
			// the same through the upper tail: 1 - F(t) = F(-t)
			assertClose(row, "log_cdf", LINK.logSurvival(-t), 4e-15, t);
			assertClose(row, "inverse_mills", -LINK.logSurvivalDerivative(-t), 4e-15, t);
			assertClose(row, "log_cdf_second_derivative", LINK.logSurvivalSecondDerivative(-t), 2e-14, t);
			assertClose(row, "cdf", LINK.survival(-t), 4e-15, t);
		}
	}

	@Test
	void matchesR() {
		List<Map<String, String>> rows = table("normal_link_r.csv");
		assertEquals(6, rows.size());
		for (Map<String, String> row : rows) {
			double t = Double.parseDouble(row.get("t"));
			assertClose(row, "log_cdf", LINK.logCdf(t), 1e-15, t);
			// R's exp(dnorm(log) - pnorm(log)) carries up to 2e-14 of its own error at t = -40
			assertClose(row, "inverse_mills", LINK.logCdfDerivative(t), 5e-14, t);
		}
	}

	@Test
	void everythingIsFiniteOnTheWholeLine() {
		double[] ts = { -Double.MAX_VALUE, -1e300, -1e154, -1e20, -1e6, -1000, -40, -38.5, 0, 38.5, 40, 1000, 1e20, 1e300,
				Double.MAX_VALUE };
		for (double t : ts) {
			for (double v : new double[] { LINK.cdf(t), LINK.survival(t), LINK.density(t), LINK.densityDerivative(t),
					LINK.logCdf(t), LINK.logSurvival(t), LINK.logCdfDerivative(t), LINK.logSurvivalDerivative(t),
					LINK.logCdfSecondDerivative(t), LINK.logSurvivalSecondDerivative(t) }) {
				assertTrue(Double.isFinite(v), "finite at t = " + t);
			}
		}
		// far tail: log Phi(t) ~ -t^2/2, phi/Phi ~ -t, second derivative -> -1
		assertEquals(-5e39, LINK.logCdf(-1e20), 1e25);
		assertEquals(1e20, LINK.logCdfDerivative(-1e20), 1e5);
		assertEquals(-1, LINK.logCdfSecondDerivative(-1e20), 1e-15);
		assertEquals(-Double.MAX_VALUE, LINK.logCdf(-1e300));
	}

	@Test
	void isContinuousWhereTheMethodChanges() {
		for (double boundary : new double[] { 1.5, 5, 8 }) {
			for (double t : new double[] { boundary, -boundary }) {
				double below = Math.nextDown(t);
				// one ulp of t moves each of these by at most (|t| + 2) ulp(t) relative
				double tolerance = 1e-14 + (Math.abs(t) + 2) * Math.ulp(t);
				assertClose(LINK::logCdf, below, t, tolerance);
				assertClose(LINK::logCdfDerivative, below, t, tolerance);
				assertClose(LINK::logCdfSecondDerivative, below, t, tolerance);
				assertClose(LINK::cdf, below, t, tolerance);
				assertClose(LINK::density, below, t, tolerance);
			}
		}
	}

	@Test
	void derivativesAreTheDerivatives() {
		for (double t : new double[] { -30, -9, -6, -3, -1.2, 0.3, 2, 4 }) {
			double h = 1e-5 * Math.max(1, Math.abs(t));
			assertEquals(central(LINK::logCdf, t, h), LINK.logCdfDerivative(t), 1e-7 * Math.max(1, Math.abs(t)), "t = " + t);
			assertEquals(central(LINK::logCdfDerivative, t, h), LINK.logCdfSecondDerivative(t), 1e-7, "t = " + t);
			assertEquals(central(LINK::density, t, h), LINK.densityDerivative(t), 1e-9, "t = " + t);
		}
	}

	@Test
	void theCombinedTermsAreTheSingleMethods() {
		double[] terms = new double[4];
		for (double t = -60; t <= 60; t += 0.0625) {
			for (double u : new double[] { t, Math.nextDown(t), Math.nextUp(t) }) {
				LINK.cdfTerms(u, terms);
				assertEquals(LINK.cdf(u), terms[0], 0, "cdf at " + u);
				assertEquals(LINK.survival(u), terms[1], 0, "survival at " + u);
				assertEquals(LINK.density(u), terms[2], 0, "density at " + u);
				assertEquals(LINK.densityDerivative(u), terms[3], 0, "density derivative at " + u);
				LINK.logCdfTerms(u, terms);
				assertEquals(LINK.logCdf(u), terms[0], 0, "log cdf at " + u);
				assertEquals(LINK.logCdfDerivative(u), terms[1], 0, "log cdf derivative at " + u);
				assertEquals(LINK.logCdfSecondDerivative(u), terms[2], 0, "log cdf second derivative at " + u);
				LINK.logSurvivalTerms(u, terms);
				assertEquals(LINK.logSurvival(u), terms[0], 0, "log survival at " + u);
				assertEquals(LINK.logSurvivalDerivative(u), terms[1], 0, "log survival derivative at " + u);
				assertEquals(LINK.logSurvivalSecondDerivative(u), terms[2], 0, "log survival second derivative at " + u);
			}
		}
	}

	@Test
	void quantileInvertsTheCdf() {
		assertEquals(1.959963984540054, LINK.quantile(0.975), 1e-15);
		assertEquals(-1.959963984540054, LINK.quantile(0.025), 1e-15);
		assertEquals(0, LINK.quantile(0.5), 1e-15);
		for (double t : new double[] { -37, -20, -5, -1, -0.1, 0.1, 1 }) {
			assertEquals(t, LINK.quantile(LINK.cdf(t)), 1e-13 * Math.max(1, Math.abs(t)), "t = " + t);
		}
		// above the median the argument 1 - p carries the rounding of p: Q(5) = 2.9e-7 to 4e-10 relative
		assertEquals(5, LINK.quantile(LINK.cdf(5)), 1e-9);
	}

	private static double central(DoubleUnaryOperator f, double t, double h) {
		return (f.applyAsDouble(t + h) - f.applyAsDouble(t - h)) / (2 * h);
	}

	private static void assertClose(DoubleUnaryOperator f, double below, double at, double tolerance) {
		double a = f.applyAsDouble(below);
		double b = f.applyAsDouble(at);
		assertTrue(Math.abs(a - b) <= tolerance * Math.abs(b), "jump at " + at + ": " + a + " vs " + b);
	}

	private static void assertClose(Map<String, String> row, String column, double actual, double tolerance, double t) {
		double expected = Double.parseDouble(row.get(column));
		String what = column + " at t = " + t + ": expected " + expected + ", got " + actual;
		if (Math.abs(expected) < Double.MIN_NORMAL) {
			// below the doubles' normal range (Phi and phi for t < -37.5): 0 or a subnormal
			assertTrue(Math.abs(actual) < Double.MIN_NORMAL, what);
			return;
		}
		assertTrue(Math.abs(actual - expected) <= tolerance * Math.abs(expected), what + ", relative error "
				+ Math.abs(actual - expected) / Math.abs(expected));
	}

	private static List<Map<String, String>> table(String name) {
		Path file = Fixtures.file(BUNDLE, "fixtures/normal_link/" + name);
		return Fixtures.table(file);
	}
}
