package org.voxpop.estimation.internal;

import java.util.Arrays;

/**
 * The kernels in plain Java, blocked like {@link VectorKernels}: available on every JVM. Arguments are checked by
 * {@link Kernels}.
 */
final class ScalarKernels implements Kernels.Implementation {

	/**
	 * Rows per block of the matrix-vector kernels: 64 KB of {@code eta} or {@code v}, which stays in L2 while four
	 * columns of the block stream past it. (1024 rows made the scalar kernels twice as slow: too short streams.)
	 */
	static final int VECTOR_BLOCK_ROWS = 8192;

	/** Bytes of a block of the cross product, which stays in L2 (at least 512 KB on current x86 and ARM cores). */
	static final int BLOCK_BYTES = 256 * 1024;

	/** Columns per tile of the cross product: 4 x 2 accumulators live in registers. */
	private static final int TILE_A = 4;
	private static final int TILE_B = 2;

	@Override
	public String description() {
		return "scalar";
	}

	@Override
	public void multiply(double[] x, int n, int k, double[] beta, int from, int to, double[] eta) {
		for (int r0 = from; r0 < to; r0 += VECTOR_BLOCK_ROWS) {
			int r1 = Math.min(to, r0 + VECTOR_BLOCK_ROWS);
			int j = 0;
			if (k < 4) {
				Arrays.fill(eta, r0 - from, r1 - from, 0.0);
			} else {
				// the first four columns initialise the block, the others add to it while it is in cache
				multiplyFour(x, n, 0, beta, eta, from, r0, r1, true);
				j = 4;
			}
			for (; j + 4 <= k; j += 4) {
				multiplyFour(x, n, j, beta, eta, from, r0, r1, false);
			}
			for (; j < k; j++) {
				double b = beta[j];
				int o = j * n;
				for (int i = r0; i < r1; i++) {
					eta[i - from] += b * x[o + i];
				}
			}
		}
	}

	private static void multiplyFour(double[] x, int n, int j, double[] beta, double[] eta, int from, int r0, int r1,
			boolean first) {
		double b0 = beta[j], b1 = beta[j + 1], b2 = beta[j + 2], b3 = beta[j + 3];
		int o0 = j * n, o1 = o0 + n, o2 = o1 + n, o3 = o2 + n;
		if (first) {
			for (int i = r0; i < r1; i++) {
				eta[i - from] = b0 * x[o0 + i] + b1 * x[o1 + i] + b2 * x[o2 + i] + b3 * x[o3 + i];
			}
		} else {
			for (int i = r0; i < r1; i++) {
				eta[i - from] += b0 * x[o0 + i] + b1 * x[o1 + i] + b2 * x[o2 + i] + b3 * x[o3 + i];
			}
		}
	}

	@Override
	public void transposeMultiplyAdd(double[] x, int n, int k, int from, int to, double[] v, double[] out) {
		transposeMultiplyAdd(x, n, k, from, to, v, 1, out);
	}

	@Override
	public void transposeMultiplyAdd(double[] x, int n, int k, int from, int to, double[] v, int m, double[] out) {
		// per block, each group of four columns is read from memory once and from cache for the other vectors
		int len = to - from;
		for (int r0 = from; r0 < to; r0 += VECTOR_BLOCK_ROWS) {
			int r1 = Math.min(to, r0 + VECTOR_BLOCK_ROWS);
			int j = 0;
			for (; j + 4 <= k; j += 4) {
				int o0 = j * n, o1 = o0 + n, o2 = o1 + n, o3 = o2 + n;
				for (int a = 0; a < m; a++) {
					int va = a * len - from;
					double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
					for (int i = r0; i < r1; i++) {
						double vi = v[va + i];
						s0 += x[o0 + i] * vi;
						s1 += x[o1 + i] * vi;
						s2 += x[o2 + i] * vi;
						s3 += x[o3 + i] * vi;
					}
					int base = a * k + j;
					out[base] += s0;
					out[base + 1] += s1;
					out[base + 2] += s2;
					out[base + 3] += s3;
				}
			}
			for (; j < k; j++) {
				int o = j * n;
				for (int a = 0; a < m; a++) {
					int va = a * len - from;
					double s = 0;
					for (int i = r0; i < r1; i++) {
						s += x[o + i] * v[va + i];
					}
					out[a * k + j] += s;
				}
			}
		}
	}

	@Override
	public void weightedCrossProductAdd(double[] x, int n, int k, int from, int to, double[] w, double[] out) {
		// As VectorKernels: per block of rows (which stays in L2) and group of four columns a, the weighted block of
		// those columns goes to a small buffer (which stays in L1), then 4 x 2 column pairs (a, b), b >= a, at a
		// time read the columns b straight from x (4 x 1 for an odd last column).
		int ka = roundUp(k, TILE_A);
		int rows = blockRows(k);
		double[] wa = scratch(0, TILE_A * rows); // columns a0 .. a0 + 3 of the block, weighted; zero past k
		double[] sums = scratch(1, ka * ka);
		Arrays.fill(sums, 0, ka * ka, 0.0);
		for (int r0 = from; r0 < to; r0 += rows) {
			int m = Math.min(rows, to - r0);
			int wr = r0 - from;
			for (int a0 = 0; a0 < k; a0 += TILE_A) {
				for (int p = 0; p < TILE_A; p++) {
					int ob = p * rows;
					if (a0 + p < k) {
						int ox = (a0 + p) * n + r0;
						for (int i = 0; i < m; i++) {
							wa[ob + i] = x[ox + i] * w[wr + i];
						}
					} else {
						Arrays.fill(wa, ob, ob + m, 0.0);
					}
				}
				int b0 = a0;
				for (; b0 + TILE_B <= k; b0 += TILE_B) {
					tile(wa, rows, x, n, r0, m, a0, b0, sums, ka);
				}
				if (b0 < k) {
					column(wa, rows, x, n, r0, m, a0, b0, sums, ka);
				}
			}
		}
		for (int a = 0; a < k; a++) {
			for (int b = a; b < k; b++) {
				double s = sums[a * ka + b];
				out[a * k + b] += s;
				if (b != a) {
					out[b * k + a] += s;
				}
			}
		}
	}

	/** sums[(a0 + p) * ka + b0 + q] += sum_i wa[p][i] * x[b0 + q][r0 + i], p < 4, q < 2, i < m. */
	private static void tile(double[] wa, int rows, double[] x, int n, int r0, int m, int a0, int b0, double[] sums,
			int ka) {
		int w1 = rows, w2 = 2 * rows, w3 = 3 * rows;
		int x0 = b0 * n + r0, x1 = x0 + n;
		double c00 = 0, c01 = 0, c10 = 0, c11 = 0, c20 = 0, c21 = 0, c30 = 0, c31 = 0;
		for (int i = 0; i < m; i++) {
			double p0 = x[x0 + i], p1 = x[x1 + i];
			double q = wa[i];
			c00 += q * p0;
			c01 += q * p1;
			q = wa[w1 + i];
			c10 += q * p0;
			c11 += q * p1;
			q = wa[w2 + i];
			c20 += q * p0;
			c21 += q * p1;
			q = wa[w3 + i];
			c30 += q * p0;
			c31 += q * p1;
		}
		int s = a0 * ka + b0;
		sums[s] += c00;
		sums[s + 1] += c01;
		sums[s + ka] += c10;
		sums[s + ka + 1] += c11;
		sums[s + 2 * ka] += c20;
		sums[s + 2 * ka + 1] += c21;
		sums[s + 3 * ka] += c30;
		sums[s + 3 * ka + 1] += c31;
	}

	/** As {@link #tile} for one column {@code b} (q = 0 only). */
	private static void column(double[] wa, int rows, double[] x, int n, int r0, int m, int a0, int b, double[] sums,
			int ka) {
		int w1 = rows, w2 = 2 * rows, w3 = 3 * rows;
		int x0 = b * n + r0;
		double c0 = 0, c1 = 0, c2 = 0, c3 = 0;
		for (int i = 0; i < m; i++) {
			double p = x[x0 + i];
			c0 += wa[i] * p;
			c1 += wa[w1 + i] * p;
			c2 += wa[w2 + i] * p;
			c3 += wa[w3 + i] * p;
		}
		int s = a0 * ka + b;
		sums[s] += c0;
		sums[s + ka] += c1;
		sums[s + 2 * ka] += c2;
		sums[s + 3 * ka] += c3;
	}

	/**
	 * Rows per block of the cross product when a block of {@code columns} columns should stay in L2: about
	 * {@value #BLOCK_BYTES} bytes, in multiples of 64 rows, between 64 and 4096.
	 */
	static int blockRows(int columns) {
		int rows = BLOCK_BYTES / (Double.BYTES * Math.max(columns, 1)) / 64 * 64;
		return Math.max(64, Math.min(4096, rows));
	}

	/** Per-thread work arrays of the kernels, so that a kernel called once per block of rows allocates nothing. */
	private static final ThreadLocal<double[][]> SCRATCH = ThreadLocal.withInitial(() -> new double[3][]);

	/**
	 * The calling thread's work array number {@code slot} (0 to 2), at least {@code length} long, with arbitrary
	 * contents. A kernel must not call another kernel while it uses one.
	 */
	static double[] scratch(int slot, int length) {
		double[][] arrays = SCRATCH.get();
		double[] array = arrays[slot];
		if (array == null || array.length < length) {
			array = new double[length];
			arrays[slot] = array;
		}
		return array;
	}

	static int roundUp(int value, int multiple) {
		return (value + multiple - 1) / multiple * multiple;
	}
}
