package org.voxpop.estimation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.voxpop.estimation.internal.IndexLikelihood;
import org.voxpop.estimation.internal.Kernels;
import org.voxpop.estimation.internal.Matrices;
import org.voxpop.estimation.internal.NewtonRaphson;

/**
 * Brant's (1990) test of the parallel-lines (proportional odds) assumption of an ordered model, as Stata's
 * {@code brant} (Long and Freese): the J - 1 binary models of y &gt; y<sub>j</sub> are fitted with the ordered
 * model's link, and a Wald test asks whether their slopes are equal, for all predictors together and for each
 * variable.
 */
public final class BrantTest {

	/**
	 * One line of the test.
	 *
	 * @param term the design column, or {@code All} for the omnibus test
	 * @param chi2 the Wald statistic
	 * @param df   its degrees of freedom
	 * @param p    its p-value
	 */
	public record Line(String term, double chi2, int df, double p) {
	}

	private BrantTest() {
	}

	/**
	 * @param fitted an ordered model (its model an {@link OrderedIndexModel}) with at least 3 outcome categories
	 * @return the omnibus line first, then one line per design column
	 * @throws EstimationException if the model is not ordered, has 2 categories, or a binary model cannot be fitted
	 */
	public static List<Line> test(FittedModel fitted) throws EstimationException {
		if (!(fitted.model() instanceof OrderedIndexModel ordered)) {
			throw new EstimationException("the Brant test applies to ordered models (ologit, oprobit), not " + fitted.modelId());
		}
		double[] categories = ordered.categories();
		int equations = categories.length - 1;
		if (equations < 2) {
			throw new EstimationException("the Brant test needs an outcome with at least 3 categories");
		}
		DesignMatrix design = withConstant(fitted.design());
		int n = design.rows();
		int k = design.columnCount(); // slopes, then _cons
		int slopes = k - 1;
		double[][] beta = new double[equations][];
		double[][] probabilities = new double[equations][];
		double[][] scoreFactors = new double[equations][];
		double[][] inverseInformation = new double[equations][];
		for (int j = 0; j < equations; j++) {
			double cut = categories[j];
			double[] above = Arrays.stream(design.y()).map(v -> v > cut ? 1 : 0).toArray();
			DesignMatrix binary = new DesignMatrix(design.outcomeName(), above, design.x(), design.columns(),
					design.baseRows(), design.weight(), design.weights(), null, 0, design.sampleValues(),
					design.sampleRows(), design.rowsInData());
			IndexLikelihood likelihood = new IndexLikelihood(binary, BinaryIndexModel.of(binary, ordered.link()));
			NewtonRaphson.Maximum max = NewtonRaphson.maximize(likelihood, ModelSpecification.DEFAULT_MAX_ITERATIONS,
					new NullProgressMonitor());
			beta[j] = max.theta();
			inverseInformation[j] = max.covariance();
			double[] eta = likelihood.linearIndex(max.theta());
			LinkFunction link = ordered.link();
			probabilities[j] = Arrays.stream(eta).map(link::cdf).toArray();
			// the binary score is lambda (y - F) x with lambda = f / (F (1 - F)); 1 for the logistic link
			scoreFactors[j] = Arrays.stream(eta).map(e -> link.density(e) / (link.cdf(e) * link.survival(e))).toArray();
		}
		// joint covariance of the stacked slope vectors: V_jm = I_j^-1 (X' W_jm X) I_m^-1
		int total = equations * slopes;
		double[] covariance = new double[total * total];
		double[] weights = new double[n];
		double[] cross = new double[k * k];
		for (int j = 0; j < equations; j++) {
			for (int m = j; m < equations; m++) {
				double[] block;
				if (j == m) {
					block = inverseInformation[j];
				} else {
					for (int i = 0; i < n; i++) {
						double pj = probabilities[j][i];
						double pm = probabilities[m][i];
						// Cov(1[y > y_j], 1[y > y_m]) = p_m - p_j p_m for m > j
						weights[i] = design.weight(i) * scoreFactors[j][i] * scoreFactors[m][i] * (pm - pj * pm);
					}
					Kernels.weightedCrossProduct(design.x(), n, k, weights, cross);
					block = Matrices.multiply(Matrices.multiply(inverseInformation[j], cross, k), inverseInformation[m], k);
				}
				// Like Stata's brant.ado (Long and Freese) and R's car::poTest, the block below the diagonal is the
				// same matrix as the one above it, not its transpose; the omnibus chi2 differs from the symmetric
				// form in the fourth digit, the per-variable tests not at all when J = 3.
				for (int r = 0; r < slopes; r++) {
					for (int c = 0; c < slopes; c++) {
						double v = block[r * k + c];
						covariance[(j * slopes + r) * total + m * slopes + c] = v;
						covariance[(m * slopes + r) * total + j * slopes + c] = v;
					}
				}
			}
		}
		List<Line> lines = new ArrayList<>();
		int[] all = new int[slopes];
		for (int c = 0; c < slopes; c++) {
			all[c] = c;
		}
		lines.add(line("All", all, beta, covariance, equations, slopes));
		for (int c = 0; c < slopes; c++) {
			lines.add(line(design.columns().get(c).term(), new int[] { c }, beta, covariance, equations, slopes));
		}
		return lines;
	}

	/** Wald test that the slopes {@code columns} are equal across equations: D b = 0 with rows b_1 - b_j. */
	private static Line line(String term, int[] columns, double[][] beta, double[] covariance, int equations, int slopes) {
		int total = equations * slopes;
		int rows = (equations - 1) * columns.length;
		double[] d = new double[rows * total];
		double[] stacked = new double[total];
		for (int j = 0; j < equations; j++) {
			System.arraycopy(beta[j], 0, stacked, j * slopes, slopes);
		}
		double[] db = new double[rows];
		int r = 0;
		for (int j = 1; j < equations; j++) {
			for (int c : columns) {
				d[r * total + c] = 1;
				d[r * total + j * slopes + c] = -1;
				db[r] = stacked[c] - stacked[j * slopes + c];
				r++;
			}
		}
		double[] v = Matrices.sandwich(d, rows, covariance, total);
		int[] index = new int[rows];
		for (int i = 0; i < rows; i++) {
			index[i] = i;
		}
		double chi2 = Matrices.waldStatistic(db, v, rows, index);
		return new Line(term, chi2, rows, Inference.chiSquaredP(chi2, rows));
	}

	/** The design with a constant column appended (the binary models need one; ordered designs have none). */
	private static DesignMatrix withConstant(DesignMatrix design) {
		int n = design.rows();
		int k = design.columnCount();
		double[] x = Arrays.copyOf(design.x(), (k + 1) * n);
		Arrays.fill(x, k * n, (k + 1) * n, 1.0);
		List<DesignColumn> columns = new ArrayList<>(design.columns());
		columns.add(new DesignColumn(DesignColumn.CONSTANT, null, Double.NaN, null, false, List.of()));
		return new DesignMatrix(design.outcomeName(), design.y(), x, columns, design.baseRows(), design.weight(),
				design.weights(), null, 0, design.sampleValues(), design.sampleRows(), design.rowsInData());
	}
}
