package org.voxpop.estimation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.voxpop.estimation.BinaryIndexModel;
import org.voxpop.estimation.DesignColumn;
import org.voxpop.estimation.DesignMatrix;
import org.voxpop.estimation.Derivatives;
import org.voxpop.estimation.IndexModel;
import org.voxpop.estimation.LinkFunction;
import org.voxpop.estimation.LinkKernels;
import org.voxpop.estimation.ModelDiagnostics;
import org.voxpop.estimation.OrderedIndexModel;
import org.voxpop.estimation.Weight;
import org.voxpop.estimation.internal.Collinearity;
import org.voxpop.estimation.internal.IndexLikelihood;
import org.voxpop.estimation.internal.RowParts;

/**
 * The fused row-block pass of {@link IndexLikelihood}: the value does not depend on whether derivatives were asked
 * for, and the cross product known from the collinearity check gives the starting information of a binary logit
 * (one index for all rows) up to rounding, and is not used where the rows' information differs.
 */
class IndexLikelihoodTest {

	/** The logistic link with the interface's default log forms: enough for these comparisons. */
	private static class TextbookLogistic implements LinkFunction {
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
	}

	private static final LinkFunction LOGISTIC = new TextbookLogistic();

	/** n rows (not a multiple of the pass's blocks), three predictors, _cons if asked; outcome in 0..categories-1. */
	private static DesignMatrix design(int n, boolean constant, int categories, boolean weighted) {
		SplittableRandom random = new SplittableRandom(11);
		int k = constant ? 4 : 3;
		double[] x = new double[n * k];
		double[] y = new double[n];
		double[] w = weighted ? new double[n] : null;
		for (int i = 0; i < n; i++) {
			double eta = 0;
			for (int j = 0; j < 3; j++) {
				x[j * n + i] = j == 2 ? random.nextInt(2) : random.nextDouble(-2, 2);
				eta += (j - 1) * 0.7 * x[j * n + i];
			}
			if (constant) {
				x[3 * n + i] = 1;
			}
			double u = random.nextDouble();
			double latent = eta + Math.log(u / (1 - u));
			y[i] = categories == 2 ? (latent > 0 ? 1 : 0) : (latent < -1 ? 0 : latent < 1 ? 1 : 2);
			if (weighted) {
				w[i] = 1 + random.nextInt(3);
			}
		}
		List<DesignColumn> columns = new ArrayList<>();
		for (int j = 1; j <= 3; j++) {
			columns.add(new DesignColumn("x" + j, "x" + j, Double.NaN, "x" + j, false, List.of()));
		}
		if (constant) {
			columns.add(new DesignColumn(DesignColumn.CONSTANT, null, Double.NaN, DesignColumn.CONSTANT, false, List.of()));
		}
		return new DesignMatrix("y", y, x, columns, List.of(), weighted ? new Weight(Weight.Type.FREQUENCY, "w") : null,
				w, null, 0, Map.of(), new int[n], n);
	}

	private static void assertStartingDerivativesAgree(DesignMatrix design, IndexModel model) {
		double[] knownCross = Collinearity.check(design, new ModelDiagnostics()).crossProduct();
		IndexLikelihood plain = new IndexLikelihood(design, model);
		IndexLikelihood known = new IndexLikelihood(design, model);
		known.knowCrossProduct(knownCross);
		double[] theta = model.initialValues();
		int p = theta.length;
		double[] g1 = new double[p], i1 = new double[p * p], g2 = new double[p], i2 = new double[p * p];
		double valueOnly = new IndexLikelihood(design, model).evaluate(theta, null, null);
		double l1 = plain.evaluate(theta, g1, i1);
		double l2 = known.evaluate(theta, g2, i2);
		assertEquals(l1, valueOnly, 0.0, "the value does not depend on the derivatives");
		assertEquals(l1, l2, 0.0);
		for (int j = 0; j < p; j++) {
			assertEquals(g1[j], g2[j], 0.0, "gradient " + j);
		}
		for (int j = 0; j < p * p; j++) {
			assertEquals(i1[j], i2[j], 1e-12 * Math.abs(i1[j]), "information " + j);
		}
		// elsewhere the cross product is computed as usual
		theta[0] += 0.1;
		plain.evaluate(theta, g1, i1);
		known.evaluate(theta, g2, i2);
		for (int j = 0; j < p * p; j++) {
			assertEquals(i1[j], i2[j], 0.0, "information " + j + " away from the start");
		}
	}

	@Test
	void theKnownCrossProductGivesALogitsStartingInformation() throws Exception {
		for (boolean weighted : new boolean[] { false, true }) {
			DesignMatrix design = design(10_007, true, 2, weighted);
			assertStartingDerivativesAgree(design, BinaryIndexModel.of(design, LOGISTIC));
		}
	}

	@Test
	void theKnownCrossProductIsNotUsedWhereTheRowsInformationDiffers() throws Exception {
		DesignMatrix design = design(5_003, false, 3, false);
		OrderedIndexModel model = OrderedIndexModel.of(design, LOGISTIC);
		// wrong on purpose: if the pass used it, the information would be far off
		double[] wrong = Collinearity.check(design, new ModelDiagnostics()).crossProduct().clone();
		for (int j = 0; j < wrong.length; j++) {
			wrong[j] *= 3;
		}
		IndexLikelihood plain = new IndexLikelihood(design, model);
		IndexLikelihood known = new IndexLikelihood(design, model);
		known.knowCrossProduct(wrong);
		double[] theta = model.initialValues();
		int p = theta.length;
		double[] g1 = new double[p], i1 = new double[p * p], g2 = new double[p], i2 = new double[p * p];
		assertEquals(plain.evaluate(theta, g1, i1), known.evaluate(theta, g2, i2), 0.0);
		for (int j = 0; j < p * p; j++) {
			assertEquals(i1[j], i2[j], 0.0, "information " + j);
		}
		assertStartingDerivativesAgree(design, model);
		assertTrue(p == 5);
	}

	/** The same model without its block form: the platform calls it row by row. */
	private record RowByRow(IndexModel model) implements IndexModel {
		@Override
		public List<String> ancillaryParameterNames() {
			return model.ancillaryParameterNames();
		}

		@Override
		public double[] initialValues() {
			return model.initialValues();
		}

		@Override
		public double[] predictedOutcomes() {
			return model.predictedOutcomes();
		}

		@Override
		public double contribution(int row, double eta, double[] ancillary, Derivatives out) {
			return model.contribution(row, eta, ancillary, out);
		}

		@Override
		public double probability(int outcome, double eta, double[] ancillary, Derivatives out) {
			return model.probability(outcome, eta, ancillary, out);
		}
	}

	@Test
	void anOrderedModelsBlockFormGivesItsRowByRowPass() throws Exception {
		// the logistic block terms as the logit bundle has them: the active kernels (vectorised where possible)
		LinkFunction vectorised = new TextbookLogistic() {
			@Override
			public void cdfTerms(double[] t, int count, double[] cdf, double[] survival, double[] density,
					double[] slope) {
				LinkKernels.logisticCdfTerms(t, count, cdf, survival, density, slope);
			}
		};
		for (LinkFunction link : List.of(LOGISTIC, vectorised)) {
			for (boolean weighted : new boolean[] { false, true }) {
				DesignMatrix design = design(5_003, false, 4, weighted);
				OrderedIndexModel model = OrderedIndexModel.of(design, link);
				IndexLikelihood block = new IndexLikelihood(design, model);
				IndexLikelihood rows = new IndexLikelihood(design, new RowByRow(OrderedIndexModel.of(design, link)));
				// at the start, near the maximum, and with indexes far in the tails (|eta| up to 1000: the rows whose
				// probability underflows are left to the row-by-row form)
				for (double scale : new double[] { 0, 1, 30, 500 }) {
					double[] theta = model.initialValues();
					theta[0] = -0.7 * Math.max(1, scale);
					theta[1] = 0.1 * scale;
					theta[2] = 0.7 * Math.max(1, scale);
					int p = theta.length;
					double[] g1 = new double[p], i1 = new double[p * p], g2 = new double[p], i2 = new double[p * p];
					double l1 = block.evaluate(theta, g1, i1);
					double l2 = rows.evaluate(theta, g2, i2);
					String what = (link == LOGISTIC ? "default" : "vectorised") + " link, scale " + scale
							+ (weighted ? ", weighted" : "");
					assertEquals(l2, l1, 1e-12 * Math.abs(l2), what + ": log-likelihood");
					assertEquals(l2, new IndexLikelihood(design, model).evaluate(theta, null, null),
							1e-12 * Math.abs(l2), what + ": log-likelihood without derivatives");
					assertAllClose(g2, g1, what + ": gradient");
					assertAllClose(i2, i1, what + ": information");
				}
			}
		}
	}

	/** Element by element within 1e-10 of the largest element. */
	private static void assertAllClose(double[] expected, double[] actual, String what) {
		double scale = 0;
		for (double value : expected) {
			scale = Math.max(scale, Math.abs(value));
		}
		for (int j = 0; j < expected.length; j++) {
			assertEquals(expected[j], actual[j], 1e-10 * scale, what + " " + j);
		}
	}

	@Test
	void twoThreadsGiveTheOneThreadPassUpToRounding() throws Exception {
		for (int categories : new int[] { 2, 4 }) {
			DesignMatrix design = design(RowParts.PARALLEL_ROWS + 1_537, categories == 2, categories, true);
			IndexModel first = categories == 2 ? BinaryIndexModel.of(design, LOGISTIC) : OrderedIndexModel.of(design, LOGISTIC);
			IndexModel second = categories == 2 ? BinaryIndexModel.of(design, LOGISTIC) : OrderedIndexModel.of(design, LOGISTIC);
			IndexLikelihood one = new IndexLikelihood(design, first);
			IndexLikelihood two = new IndexLikelihood(design, List.of(first, second));
			double[] theta = first.initialValues();
			theta[0] += 0.2;
			int p = theta.length;
			double[] g1 = new double[p], i1 = new double[p * p], g2 = new double[p], i2 = new double[p * p];
			double l1 = one.evaluate(theta, g1, i1);
			double l2 = two.evaluate(theta, g2, i2);
			assertEquals(l1, l2, 1e-12 * Math.abs(l1), categories + " categories: log-likelihood");
			for (int j = 0; j < p; j++) {
				assertEquals(g1[j], g2[j], 1e-10 * (1 + Math.abs(g1[j])), "gradient " + j);
			}
			for (int j = 0; j < p * p; j++) {
				assertEquals(i1[j], i2[j], 1e-12 * (1 + Math.abs(i1[j])), "information " + j);
			}
			double value = two.evaluate(new double[p], null, null);
			assertEquals(one.evaluate(new double[p], null, null), value, 1e-12 * Math.abs(value), "value only");
		}
		// the known cross product across two parts: the starting information of a logit
		DesignMatrix design = design(RowParts.PARALLEL_ROWS + 99, true, 2, false);
		IndexModel model = BinaryIndexModel.of(design, LOGISTIC);
		IndexLikelihood two = new IndexLikelihood(design, List.of(model, BinaryIndexModel.of(design, LOGISTIC)));
		two.knowCrossProduct(Collinearity.check(design, new ModelDiagnostics()).crossProduct());
		IndexLikelihood one = new IndexLikelihood(design, model);
		double[] theta = model.initialValues();
		int p = theta.length;
		double[] i1 = new double[p * p], i2 = new double[p * p];
		one.evaluate(theta, null, i1);
		two.evaluate(theta, null, i2);
		for (int j = 0; j < p * p; j++) {
			assertEquals(i1[j], i2[j], 1e-12 * (1 + Math.abs(i1[j])), "starting information " + j);
		}
	}
}
