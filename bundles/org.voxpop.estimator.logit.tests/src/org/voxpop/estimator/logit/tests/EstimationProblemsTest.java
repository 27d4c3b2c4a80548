package org.voxpop.estimator.logit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voxpop.test.support.NumericAssertions.assertRelativelyClose;

import java.util.List;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.voxpop.data.Dataset;
import org.voxpop.estimation.EstimationException;
import org.voxpop.estimation.ModelEstimation;
import org.voxpop.estimation.ModelFormula;
import org.voxpop.estimation.ModelSpecification;
import org.voxpop.estimation.Vce;
import org.voxpop.estimation.Weight;
import org.voxpop.estimation.result.Coefficient;
import org.voxpop.estimation.result.EstimationResult;
import org.voxpop.estimation.result.Omission;
import org.voxpop.test.support.Fixtures;

/**
 * Models that cannot be estimated as given are repaired or refused the way Stata does it: collinear and empty
 * terms omitted, perfect predictors dropped with their observations, complete separation and impossible options
 * refused with one sentence, non-convergence flagged.
 */
class EstimationProblemsTest {

	private static final int N = 400;

	/** y depends on x1 and on the factor g (levels 1..3); x2 = 2 x1 + 1; seeded. */
	private static Dataset data() {
		Random random = new Random(20261123);
		double[] y = new double[N];
		double[] x1 = new double[N];
		double[] x2 = new double[N];
		double[] g = new double[N];
		double[] a = new double[N];
		double[] b = new double[N];
		for (int i = 0; i < N; i++) {
			x1[i] = random.nextGaussian();
			x2[i] = 2 * x1[i] + 1;
			g[i] = 1 + random.nextInt(3);
			a[i] = 1 + random.nextInt(2);
			b[i] = a[i] == 2 ? 1 : 1 + random.nextInt(2); // the cell a = 2, b = 2 is empty
			double eta = -0.3 + 0.8 * x1[i] + (g[i] == 2 ? 0.5 : 0);
			y[i] = random.nextDouble() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
			if (g[i] == 3) {
				y[i] = 0; // level 3 of g predicts failure perfectly
			}
		}
		return Fixtures.numericDataset("y", y, "x1", x1, "x2", x2, "g", g, "a", a, "b", b);
	}

	private static EstimationResult fit(String model, String formula) throws EstimationException {
		return ModelEstimation.estimate(data(), ModelSpecification.of(model, ModelFormula.parse(formula)),
				new NullProgressMonitor());
	}

	@Test
	void aCollinearTermIsOmittedAndListed() throws EstimationException {
		EstimationResult result = fit("logit", "y x1 x2 i.a");
		assertEquals(List.of(new Omission("x2", "collinearity")), result.omitted());
		assertTrue(result.notes().contains("x2 omitted because of collinearity"), result.notes().toString());
		assertNull(result.coefficient("x2"));
		EstimationResult without = fit("logit", "y x1 i.a");
		assertRelativelyClose(without.coefficient("x1").estimate(), result.coefficient("x1").estimate(), 1e-12, "x1");
		assertRelativelyClose(without.coefficient("x1").se(), result.coefficient("x1").se(), 1e-12, "x1 se");
	}

	@Test
	void anEmptyInteractionCellIsOmittedAsEmpty() throws EstimationException {
		EstimationResult result = fit("logit", "y x1 i.a#i.b");
		assertTrue(result.omitted().contains(new Omission("2.a#2.b", "empty")), result.omitted().toString());
		assertTrue(result.notes().contains("2.a#2.b identifies no observations in the sample"), result.notes().toString());
		assertTrue(result.converged());
	}

	@Test
	void aLevelThatPredictsFailurePerfectlyIsDroppedWithItsObservations() throws EstimationException {
		EstimationResult result = fit("logit", "y x1 i.g");
		long level3 = java.util.Arrays.stream(data().column("g") instanceof org.voxpop.data.NumericColumn c ? c.values()
				: new double[0]).filter(v -> v == 3).count();
		assertEquals(List.of(new Omission("3.g", "predicts failure perfectly")), result.omitted());
		assertTrue(result.notes().contains("3.g != 0 predicts failure perfectly; 3.g omitted and " + level3
				+ " obs not used"), result.notes().toString());
		assertEquals(N - level3, result.n());
		assertTrue(result.converged());
		assertNull(result.coefficient("3.g"));
	}

	@Test
	void completeSeparationIsRefusedInOneSentence() {
		Random random = new Random(7);
		double[] x = random.doubles(100).map(v -> v - 0.5).toArray();
		double[] y = java.util.Arrays.stream(x).map(v -> v > 0 ? 1 : 0).toArray();
		EstimationException error = assertThrows(EstimationException.class, () -> ModelEstimation.estimate(
				Fixtures.numericDataset("y", y, "x", x), ModelSpecification.of("logit", ModelFormula.parse("y x")),
				new NullProgressMonitor()));
		assertTrue(error.getMessage().startsWith("outcome y is predicted perfectly by the predictors (complete separation)"),
				error.getMessage());
	}

	@Test
	void observationsAContinuousPredictorSeparatesAreNotedAsCompletelyDetermined() throws EstimationException {
		// y = 1 above x = 30, except at x = 32, and at x = 29: the fit exists, but the rows far from 30 are certain
		int n = 60;
		double[] x = new double[n];
		double[] y = new double[n];
		for (int i = 0; i < n; i++) {
			x[i] = i + 1;
			y[i] = x[i] == 29 || x[i] > 30 && x[i] != 32 ? 1 : 0;
		}
		EstimationResult result = ModelEstimation.estimate(Fixtures.numericDataset("y", y, "x", x),
				ModelSpecification.of("logit", ModelFormula.parse("y x")), new NullProgressMonitor());
		assertTrue(result.converged());
		double b = result.coefficient("x").estimate();
		double c = result.coefficient("_cons").estimate();
		long failures = 0;
		long successes = 0;
		for (int i = 0; i < n; i++) {
			double eta = c + b * x[i];
			double logProbabilityOfObserved = y[i] == 1 ? -Math.log1p(Math.exp(-eta)) : -Math.log1p(Math.exp(eta));
			if (logProbabilityOfObserved > -1e-7) {
				if (y[i] == 1) {
					successes++;
				} else {
					failures++;
				}
			}
		}
		assertTrue(failures > 0 && successes > 0, failures + " and " + successes);
		assertTrue(result.notes().contains(failures + " failures and " + successes + " successes completely determined"),
				result.notes().toString());
		assertTrue(fit("logit", "y x1 i.a").notes().stream().noneMatch(note -> note.contains("completely determined")));
	}

	@Test
	void aFitThatRunsOutOfIterationsIsReturnedFlagged() throws EstimationException {
		EstimationResult result = ModelEstimation.estimate(data(),
				ModelSpecification.of("ologit", ModelFormula.parse("g x1 i.a")).withMaxIterations(1), new NullProgressMonitor());
		assertFalse(result.converged());
		assertEquals(1, result.iterations());
		assertTrue(result.notes().contains("convergence not achieved after 1 iterations; the estimates are the last iterate"),
				result.notes().toString());
	}

	@Test
	void anOrderedModelOfTwoCategoriesIsTheLogit() throws EstimationException {
		EstimationResult logit = fit("logit", "y x1 i.a");
		EstimationResult ologit = fit("ologit", "y x1 i.a");
		for (String term : List.of("x1", "2.a")) {
			assertRelativelyClose(logit.coefficient(term).estimate(), ologit.coefficient(term).estimate(), 1e-9, term);
			assertRelativelyClose(logit.coefficient(term).se(), ologit.coefficient(term).se(), 1e-7, term + " se");
		}
		Coefficient cut1 = ologit.coefficient("cut1");
		assertRelativelyClose(-logit.coefficient("_cons").estimate(), cut1.estimate(), 1e-9, "cut1 = -_cons");
		assertRelativelyClose(logit.coefficient("_cons").se(), cut1.se(), 1e-7, "cut1 se");
		assertRelativelyClose(logit.logLikelihood(), ologit.logLikelihood(), 1e-12, "log likelihood");
		assertEquals(1, ologit.cutpoints().size());
	}

	@Test
	void anOrderedOutcomeUsesOnlyItsObservedCategories() throws EstimationException {
		double[] g = ((org.voxpop.data.NumericColumn) data().column("g")).values();
		double[] recoded = java.util.Arrays.stream(g).map(v -> v == 3 ? 5 : v).toArray(); // codes 1, 2, 5: no 3 or 4
		EstimationResult result = ModelEstimation.estimate(Fixtures.numericDataset("g", recoded, "x1",
				((org.voxpop.data.NumericColumn) data().column("x1")).values()), ModelSpecification.of("ologit",
						ModelFormula.parse("g x1")), new NullProgressMonitor());
		assertEquals(List.of("cut1", "cut2"), result.cutpoints().stream().map(Coefficient::term).toList());
	}

	@Test
	void samplingWeightsNeedARobustVariance() {
		EstimationException error = assertThrows(EstimationException.class, () -> ModelEstimation.estimate(data(),
				ModelSpecification.of("logit", ModelFormula.parse("y x1")).withWeight(new Weight(Weight.Type.PROBABILITY, "x2"))
						.withVce(Vce.OIM), new NullProgressMonitor()));
		assertTrue(error.getMessage().startsWith("pweights require a robust variance"), error.getMessage());
	}
}
