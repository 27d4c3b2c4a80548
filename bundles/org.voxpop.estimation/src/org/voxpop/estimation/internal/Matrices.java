package org.voxpop.estimation.internal;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/** Small p x p row-major matrix helpers for covariance algebra. */
public final class Matrices {

	private Matrices() {
	}

	/** a * b for p x p row-major matrices. */
	public static double[] multiply(double[] a, double[] b, int p) {
		double[] c = new double[p * p];
		for (int i = 0; i < p; i++) {
			for (int l = 0; l < p; l++) {
				double ail = a[i * p + l];
				if (ail == 0) {
					continue;
				}
				for (int j = 0; j < p; j++) {
					c[i * p + j] += ail * b[l * p + j];
				}
			}
		}
		return c;
	}

	/** J V J' for an m x p Jacobian J (row-major) and a p x p covariance V: the delta method. */
	public static double[] sandwich(double[] jacobian, int m, double[] covariance, int p) {
		double[] jv = new double[m * p];
		for (int r = 0; r < m; r++) {
			for (int l = 0; l < p; l++) {
				double jrl = jacobian[r * p + l];
				if (jrl == 0) {
					continue;
				}
				for (int c = 0; c < p; c++) {
					jv[r * p + c] += jrl * covariance[l * p + c];
				}
			}
		}
		double[] result = new double[m * m];
		for (int r = 0; r < m; r++) {
			for (int s = 0; s < m; s++) {
				double sum = 0;
				for (int c = 0; c < p; c++) {
					sum += jv[r * p + c] * jacobian[s * p + c];
				}
				result[r * m + s] = sum;
			}
		}
		return result;
	}

	/**
	 * b_S' (V_SS)^-1 b_S for the parameters with indices {@code tested}; {@code NaN} when V_SS is not of full rank
	 * (e.g. a cluster-robust variance with fewer clusters than parameters), which Stata reports as missing.
	 */
	public static double waldStatistic(double[] theta, double[] covariance, int p, int[] tested) {
		int m = tested.length;
		double[][] correlation = new double[m][m];
		double[] scaled = new double[m];
		for (int r = 0; r < m; r++) {
			double sr = Math.sqrt(covariance[tested[r] * p + tested[r]]);
			if (!(sr > 0)) {
				return Double.NaN;
			}
			scaled[r] = theta[tested[r]] / sr;
			for (int s = 0; s < m; s++) {
				double ss = Math.sqrt(covariance[tested[s] * p + tested[s]]);
				correlation[r][s] = covariance[tested[r] * p + tested[s]] / (sr * ss);
			}
		}
		DecompositionSolver solver = new LUDecomposition(new Array2DRowRealMatrix(correlation, false), 1e-10).getSolver();
		if (!solver.isNonSingular()) {
			return Double.NaN;
		}
		RealMatrix inverse = solver.getInverse();
		double chi2 = 0;
		for (int r = 0; r < m; r++) {
			for (int s = 0; s < m; s++) {
				chi2 += scaled[r] * inverse.getEntry(r, s) * scaled[s];
			}
		}
		return chi2;
	}
}
