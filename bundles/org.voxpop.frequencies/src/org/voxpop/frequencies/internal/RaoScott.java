package org.voxpop.frequencies.internal;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.FDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.voxpop.frequencies.IndependenceTest;

/**
 * The test of independence in a two-way table of a weighted survey: Pearson's statistic of the weighted table,
 * corrected by Rao and Scott as R's {@code survey::svychisq} does (statistic "F", the second-order correction, and
 * "Chisq", the first-order one), next to the plain Pearson test of the unweighted counts.
 * <p>
 * With cell proportions p (r × c cells, row index fastest), their linearisation covariance V, D = diag(p) and C a
 * basis of the interaction contrasts (the complement of the main-effects space): Δ = (C'D⁻¹C/N)⁻¹ C'D⁻¹VD⁻¹C. X² is
 * Pearson's statistic of the weighted table scaled to the N respondents; F = X²/tr Δ on d = (tr Δ)²/tr Δ² and
 * d·(N−1) degrees of freedom; the first-order statistic is X²/(tr Δ/k) on k = (r−1)(c−1) degrees of freedom.
 */
public final class RaoScott {

	private RaoScott() {
	}

	/**
	 * @param estimator the design
	 * @param domain    rows in the table (both variables valid, in the group)
	 * @param rowIndex  each row's row category (0..r-1) where in the domain
	 * @param colIndex  each row's column category (0..c-1) where in the domain
	 */
	public static IndependenceTest test(DomainEstimator estimator, boolean[] domain, int[] rowIndex, int[] colIndex,
			int r, int c) {
		int k = r * c;
		int rows = estimator.rows();
		double[] cellTotals = new double[k];
		double[] cellCounts = new double[k];
		for (int i = 0; i < rows; i++) {
			if (domain[i]) {
				int cell = rowIndex[i] + r * colIndex[i];
				cellTotals[cell] += estimator.replication(i) * estimator.weight(i);
				cellCounts[cell] += estimator.replication(i);
			}
		}
		DomainEstimator.Domain summed = estimator.domain(domain);
		double total = summed.total();
		double respondents = summed.count();
		double[] p = new double[k];
		for (int cell = 0; cell < k; cell++) {
			p[cell] = cellTotals[cell] / total;
		}
		int df = (r - 1) * (c - 1);
		double[] pearson = pearson(cellCounts, r, c);
		double weightedChi2 = pearson(p, r, c)[0] * respondents;
		if (df == 0) {
			return new IndependenceTest(pearson[0], df, Double.NaN, weightedChi2, Double.NaN, Double.NaN, Double.NaN,
					Double.NaN, Double.NaN, Double.NaN);
		}
		RealMatrix v = covariance(estimator, domain, rowIndex, colIndex, r, p, total);
		RealMatrix contrasts = interactionContrasts(r, c);
		double[] inverseP = new double[k];
		for (int cell = 0; cell < k; cell++) {
			inverseP[cell] = p[cell] == 0 ? 0 : 1 / p[cell];
		}
		RealMatrix scaledContrasts = contrasts.copy(); // D^-1 C
		for (int cell = 0; cell < k; cell++) {
			for (int j = 0; j < df; j++) {
				scaledContrasts.multiplyEntry(cell, j, inverseP[cell]);
			}
		}
		RealMatrix denominator = contrasts.transpose().multiply(scaledContrasts).scalarMultiply(1 / respondents);
		RealMatrix numerator = scaledContrasts.transpose().multiply(v).multiply(scaledContrasts);
		RealMatrix delta = new LUDecomposition(denominator).getSolver().solve(numerator);
		double trace = delta.getTrace();
		double traceOfSquare = delta.multiply(delta).getTrace();
		double nu = summed.degreesOfFreedom();
		double f = weightedChi2 / trace;
		double ndf = trace * trace / traceOfSquare;
		double ddf = ndf * nu;
		double fP = new FDistribution(null, ndf, ddf).cumulativeProbability(f);
		double firstOrder = weightedChi2 / (trace / df);
		double firstOrderP = new ChiSquaredDistribution(null, df).cumulativeProbability(firstOrder);
		return new IndependenceTest(pearson[0], df, pearson[1], weightedChi2, f, ndf, ddf, 1 - fP, firstOrder,
				1 - firstOrderP);
	}

	/** Pearson's X² of a table (cells row index fastest) and its p-value. */
	private static double[] pearson(double[] cells, int r, int c) {
		double[] rowSums = new double[r];
		double[] colSums = new double[c];
		double total = 0;
		for (int i = 0; i < r; i++) {
			for (int j = 0; j < c; j++) {
				rowSums[i] += cells[i + r * j];
				colSums[j] += cells[i + r * j];
				total += cells[i + r * j];
			}
		}
		double chi2 = 0;
		for (int i = 0; i < r; i++) {
			for (int j = 0; j < c; j++) {
				double expected = rowSums[i] * colSums[j] / total;
				if (expected > 0) {
					double difference = cells[i + r * j] - expected;
					chi2 += difference * difference / expected;
				}
			}
		}
		int df = (r - 1) * (c - 1);
		double p = df == 0 ? Double.NaN : 1 - new ChiSquaredDistribution(null, df).cumulativeProbability(chi2);
		return new double[] { chi2, p };
	}

	/** V = n/(n−1) Σ r_i (z_i − z̄)(z_i − z̄)', z_i = w_i (e_cell(i) − p)/W in the domain, 0 outside. */
	private static RealMatrix covariance(DomainEstimator estimator, boolean[] domain, int[] rowIndex, int[] colIndex,
			int r, double[] p, double total) {
		int k = p.length;
		double n = estimator.respondents();
		double[][] sums = new double[k][k];
		double[] z = new double[k];
		for (int i = 0; i < estimator.rows(); i++) {
			if (!domain[i]) {
				continue;
			}
			double w = estimator.weight(i) / total;
			int cell = rowIndex[i] + r * colIndex[i];
			for (int a = 0; a < k; a++) {
				z[a] = w * ((a == cell ? 1 : 0) - p[a]);
			}
			double count = estimator.replication(i);
			for (int a = 0; a < k; a++) {
				double za = count * z[a];
				for (int b = 0; b <= a; b++) {
					sums[a][b] += za * z[b];
				}
			}
		}
		double factor = n / (n - 1);
		RealMatrix v = new Array2DRowRealMatrix(k, k);
		for (int a = 0; a < k; a++) {
			for (int b = 0; b <= a; b++) {
				v.setEntry(a, b, factor * sums[a][b]);
				v.setEntry(b, a, factor * sums[a][b]);
			}
		}
		return v;
	}

	/**
	 * A basis of the interaction contrasts: the products of row and column indicators (rows and columns 2..),
	 * made orthogonal to the main-effects space (intercept, row and column indicators) by least squares.
	 */
	private static RealMatrix interactionContrasts(int r, int c) {
		int k = r * c;
		int mainEffects = r + c - 1;
		RealMatrix main = new Array2DRowRealMatrix(k, mainEffects);
		RealMatrix interactions = new Array2DRowRealMatrix(k, (r - 1) * (c - 1));
		for (int i = 0; i < r; i++) {
			for (int j = 0; j < c; j++) {
				int cell = i + r * j;
				main.setEntry(cell, 0, 1);
				if (i > 0) {
					main.setEntry(cell, i, 1);
				}
				if (j > 0) {
					main.setEntry(cell, r - 1 + j, 1);
				}
				if (i > 0 && j > 0) {
					interactions.setEntry(cell, (i - 1) + (r - 1) * (j - 1), 1);
				}
			}
		}
		RealMatrix gram = main.transpose().multiply(main);
		RealMatrix coefficients = new LUDecomposition(gram).getSolver().solve(main.transpose().multiply(interactions));
		return interactions.subtract(main.multiply(coefficients));
	}
}
