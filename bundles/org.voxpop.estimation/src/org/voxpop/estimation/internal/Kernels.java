package org.voxpop.estimation.internal;

/**
 * Dense kernels over a column-major design ({@code x[j * n + i]}). Placeholder scalar implementation; replaced by
 * the blocked Vector API version.
 */
public final class Kernels {

	private Kernels() {
	}

	/** eta[i] = sum_j x[j*n+i] beta[j]. */
	public static void multiply(double[] x, int n, int k, double[] beta, double[] eta) {
		java.util.Arrays.fill(eta, 0, n, 0.0);
		for (int j = 0; j < k; j++) {
			double b = beta[j];
			int offset = j * n;
			for (int i = 0; i < n; i++) {
				eta[i] += x[offset + i] * b;
			}
		}
	}

	/** out[j] = sum_i x[j*n+i] v[i]. */
	public static void transposeMultiply(double[] x, int n, int k, double[] v, double[] out) {
		for (int j = 0; j < k; j++) {
			int offset = j * n;
			double sum = 0;
			for (int i = 0; i < n; i++) {
				sum += x[offset + i] * v[i];
			}
			out[j] = sum;
		}
	}

	/** out = X' diag(w) X, row-major k*k, both triangles. */
	public static void weightedCrossProduct(double[] x, int n, int k, double[] w, double[] out) {
		for (int j = 0; j < k; j++) {
			int offsetJ = j * n;
			for (int l = 0; l <= j; l++) {
				int offsetL = l * n;
				double sum = 0;
				for (int i = 0; i < n; i++) {
					sum += w[i] * x[offsetJ + i] * x[offsetL + i];
				}
				out[j * k + l] = sum;
				out[l * k + j] = sum;
			}
		}
	}
}
