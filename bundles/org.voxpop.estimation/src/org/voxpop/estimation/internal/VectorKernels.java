package org.voxpop.estimation.internal;

import static org.voxpop.estimation.internal.ScalarKernels.VECTOR_BLOCK_ROWS;
import static org.voxpop.estimation.internal.ScalarKernels.blockRows;
import static org.voxpop.estimation.internal.ScalarKernels.roundUp;
import static org.voxpop.estimation.internal.ScalarKernels.scratch;

import java.util.Arrays;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The kernels with the JDK's Vector API: the preferred species (the widest the CPU has, e.g. 256 bits with AVX2,
 * 512 with AVX-512) and fused multiply-add. Only {@link Kernels} refers to this class, by name, so that the
 * bundle loads without {@code jdk.incubator.vector}: without it, loading this class fails with a
 * {@link NoClassDefFoundError} and {@link Kernels} falls back to {@link ScalarKernels}. Arguments are checked by
 * {@link Kernels}.
 */
final class VectorKernels implements Kernels.Implementation {

	private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
	private static final int LANES = SPECIES.length();

	/** Columns per tile of the cross product: 4 x 4 vector accumulators (16 of the 32 AVX-512 registers). */
	private static final int TILE = 4;

	/**
	 * @throws UnsupportedOperationException if the preferred species holds a single double (no SIMD to gain)
	 */
	VectorKernels() {
		if (LANES < 2 || VECTOR_BLOCK_ROWS % LANES != 0) {
			throw new UnsupportedOperationException("preferred vector species " + SPECIES + " is too narrow");
		}
	}

	@Override
	public String description() {
		return "vector (" + SPECIES.vectorBitSize() + "-bit)";
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
				DoubleVector bv = DoubleVector.broadcast(SPECIES, b);
				int o = j * n;
				int i = r0;
				for (int end = r0 + SPECIES.loopBound(r1 - r0); i < end; i += LANES) {
					DoubleVector.fromArray(SPECIES, x, o + i).fma(bv, DoubleVector.fromArray(SPECIES, eta, i - from))
							.intoArray(eta, i - from);
				}
				for (; i < r1; i++) {
					eta[i - from] += b * x[o + i];
				}
			}
		}
	}

	private static void multiplyFour(double[] x, int n, int j, double[] beta, double[] eta, int from, int r0, int r1,
			boolean first) {
		double b0 = beta[j], b1 = beta[j + 1], b2 = beta[j + 2], b3 = beta[j + 3];
		DoubleVector v0 = DoubleVector.broadcast(SPECIES, b0), v1 = DoubleVector.broadcast(SPECIES, b1),
				v2 = DoubleVector.broadcast(SPECIES, b2), v3 = DoubleVector.broadcast(SPECIES, b3);
		int o0 = j * n, o1 = o0 + n, o2 = o1 + n, o3 = o2 + n;
		int i = r0;
		for (int end = r0 + SPECIES.loopBound(r1 - r0); i < end; i += LANES) {
			DoubleVector acc = first ? DoubleVector.zero(SPECIES) : DoubleVector.fromArray(SPECIES, eta, i - from);
			acc = DoubleVector.fromArray(SPECIES, x, o0 + i).fma(v0, acc);
			acc = DoubleVector.fromArray(SPECIES, x, o1 + i).fma(v1, acc);
			acc = DoubleVector.fromArray(SPECIES, x, o2 + i).fma(v2, acc);
			acc = DoubleVector.fromArray(SPECIES, x, o3 + i).fma(v3, acc);
			acc.intoArray(eta, i - from);
		}
		for (; i < r1; i++) {
			double s = first ? 0 : eta[i - from];
			eta[i - from] = s + b0 * x[o0 + i] + b1 * x[o1 + i] + b2 * x[o2 + i] + b3 * x[o3 + i];
		}
	}

	@Override
	public void transposeMultiplyAdd(double[] x, int n, int k, int from, int to, double[] v, double[] out) {
		transposeMultiplyAdd(x, n, k, from, to, v, 1, out);
	}

	@Override
	public void transposeMultiplyAdd(double[] x, int n, int k, int from, int to, double[] v, int m, double[] out) {
		// Lane-wise partial sums per vector and column over the vector part of every block, scalar sums over the
		// tails. Each group of four columns of a block is read from memory once and from cache for the other vectors;
		// four independent sums hide the FMA latency.
		int len = to - from;
		double[] lanes = scratch(0, m * k * LANES);
		double[] tails = scratch(1, m * k);
		Arrays.fill(lanes, 0, m * k * LANES, 0.0);
		Arrays.fill(tails, 0, m * k, 0.0);
		for (int r0 = from; r0 < to; r0 += VECTOR_BLOCK_ROWS) {
			int r1 = Math.min(to, r0 + VECTOR_BLOCK_ROWS);
			int end = r0 + SPECIES.loopBound(r1 - r0);
			int j = 0;
			for (; j + 4 <= k; j += 4) {
				int o0 = j * n, o1 = o0 + n, o2 = o1 + n, o3 = o2 + n;
				for (int a = 0; a < m; a++) {
					int va = a * len - from;
					DoubleVector s0 = DoubleVector.zero(SPECIES), s1 = s0, s2 = s0, s3 = s0;
					for (int i = r0; i < end; i += LANES) {
						DoubleVector vi = DoubleVector.fromArray(SPECIES, v, va + i);
						s0 = DoubleVector.fromArray(SPECIES, x, o0 + i).fma(vi, s0);
						s1 = DoubleVector.fromArray(SPECIES, x, o1 + i).fma(vi, s1);
						s2 = DoubleVector.fromArray(SPECIES, x, o2 + i).fma(vi, s2);
						s3 = DoubleVector.fromArray(SPECIES, x, o3 + i).fma(vi, s3);
					}
					int base = a * k + j;
					add(lanes, base * LANES, s0);
					add(lanes, (base + 1) * LANES, s1);
					add(lanes, (base + 2) * LANES, s2);
					add(lanes, (base + 3) * LANES, s3);
					for (int i = end; i < r1; i++) {
						double vi = v[va + i];
						tails[base] += x[o0 + i] * vi;
						tails[base + 1] += x[o1 + i] * vi;
						tails[base + 2] += x[o2 + i] * vi;
						tails[base + 3] += x[o3 + i] * vi;
					}
				}
			}
			for (; j < k; j++) {
				int o = j * n;
				for (int a = 0; a < m; a++) {
					int va = a * len - from;
					DoubleVector s = DoubleVector.zero(SPECIES);
					for (int i = r0; i < end; i += LANES) {
						s = DoubleVector.fromArray(SPECIES, x, o + i).fma(DoubleVector.fromArray(SPECIES, v, va + i), s);
					}
					add(lanes, (a * k + j) * LANES, s);
					for (int i = end; i < r1; i++) {
						tails[a * k + j] += x[o + i] * v[va + i];
					}
				}
			}
		}
		for (int r = 0; r < m * k; r++) {
			out[r] += sum(lanes, r * LANES) + tails[r];
		}
	}

	@Override
	public void weightedCrossProductAdd(double[] x, int n, int k, int from, int to, double[] w, double[] out) {
		// Per block of rows (which stays in L2) and group of four columns a: the weighted block of those columns
		// goes to a small buffer (which stays in L1), then 4 x 4 column pairs (a, b), b >= a, at a time read the
		// columns b straight from x (4 x 1 for the last columns). The first group streams the block from memory,
		// the others find it in L2. Lane-wise sums; rows after the last whole vector are summed in scalar.
		int ka = roundUp(k, TILE);
		int rows = blockRows(k); // a multiple of 64, so of the lane count
		double[] wa = scratch(0, TILE * rows); // columns a0 .. a0 + 3 of the block, weighted
		double[] sums = scratch(1, ka * ka * LANES);
		Arrays.fill(sums, 0, ka * ka * LANES, 0.0);
		int vectorEnd = from + SPECIES.loopBound(to - from);
		for (int r0 = from; r0 < vectorEnd; r0 += rows) {
			int m = Math.min(rows, vectorEnd - r0);
			int wr = r0 - from;
			for (int a0 = 0; a0 < k; a0 += TILE) {
				int columns = Math.min(TILE, k - a0);
				for (int p = 0; p < columns; p++) {
					int ob = p * rows;
					int ox = (a0 + p) * n + r0;
					for (int i = 0; i < m; i += LANES) {
						DoubleVector.fromArray(SPECIES, x, ox + i).mul(DoubleVector.fromArray(SPECIES, w, wr + i))
								.intoArray(wa, ob + i);
					}
				}
				if (columns < TILE) {
					// the last columns, fewer than a tile: their few pairs one by one
					for (int p = 0; p < columns; p++) {
						for (int b = a0 + p; b < k; b++) {
							pair(wa, p * rows, x, b * n + r0, m, sums, ((a0 + p) * ka + b) * LANES);
						}
					}
					continue;
				}
				int b0 = a0;
				for (; b0 + TILE <= k; b0 += TILE) {
					tile(wa, rows, x, n, r0, m, a0, b0, sums, ka);
				}
				for (; b0 < k; b0++) {
					column(wa, rows, x, n, r0, m, a0, b0, sums, ka);
				}
			}
		}
		for (int a = 0; a < k; a++) {
			for (int b = a; b < k; b++) {
				double s = sum(sums, (a * ka + b) * LANES);
				for (int i = vectorEnd; i < to; i++) {
					s += x[a * n + i] * w[i - from] * x[b * n + i];
				}
				out[a * k + b] += s;
				if (b != a) {
					out[b * k + a] += s;
				}
			}
		}
	}

	/**
	 * Lane-wise {@code sums[((a0 + p) * ka + b0 + q) * LANES + lane] += sum_i wa[p][i] * x[b0 + q][r0 + i]}, p, q
	 * < 4, over {@code m} rows (a multiple of the lane count).
	 */
	private static void tile(double[] wa, int rows, double[] x, int n, int r0, int m, int a0, int b0, double[] sums,
			int ka) {
		int w1 = rows, w2 = 2 * rows, w3 = 3 * rows;
		int x0 = b0 * n + r0, x1 = x0 + n, x2 = x1 + n, x3 = x2 + n;
		DoubleVector c00 = DoubleVector.zero(SPECIES), c01 = c00, c02 = c00, c03 = c00;
		DoubleVector c10 = c00, c11 = c00, c12 = c00, c13 = c00;
		DoubleVector c20 = c00, c21 = c00, c22 = c00, c23 = c00;
		DoubleVector c30 = c00, c31 = c00, c32 = c00, c33 = c00;
		for (int i = 0; i < m; i += LANES) {
			DoubleVector p0 = DoubleVector.fromArray(SPECIES, x, x0 + i);
			DoubleVector p1 = DoubleVector.fromArray(SPECIES, x, x1 + i);
			DoubleVector p2 = DoubleVector.fromArray(SPECIES, x, x2 + i);
			DoubleVector p3 = DoubleVector.fromArray(SPECIES, x, x3 + i);
			DoubleVector q = DoubleVector.fromArray(SPECIES, wa, i);
			c00 = q.fma(p0, c00);
			c01 = q.fma(p1, c01);
			c02 = q.fma(p2, c02);
			c03 = q.fma(p3, c03);
			q = DoubleVector.fromArray(SPECIES, wa, w1 + i);
			c10 = q.fma(p0, c10);
			c11 = q.fma(p1, c11);
			c12 = q.fma(p2, c12);
			c13 = q.fma(p3, c13);
			q = DoubleVector.fromArray(SPECIES, wa, w2 + i);
			c20 = q.fma(p0, c20);
			c21 = q.fma(p1, c21);
			c22 = q.fma(p2, c22);
			c23 = q.fma(p3, c23);
			q = DoubleVector.fromArray(SPECIES, wa, w3 + i);
			c30 = q.fma(p0, c30);
			c31 = q.fma(p1, c31);
			c32 = q.fma(p2, c32);
			c33 = q.fma(p3, c33);
		}
		int s = (a0 * ka + b0) * LANES, row = ka * LANES;
		add(sums, s, c00);
		add(sums, s + LANES, c01);
		add(sums, s + 2 * LANES, c02);
		add(sums, s + 3 * LANES, c03);
		s += row;
		add(sums, s, c10);
		add(sums, s + LANES, c11);
		add(sums, s + 2 * LANES, c12);
		add(sums, s + 3 * LANES, c13);
		s += row;
		add(sums, s, c20);
		add(sums, s + LANES, c21);
		add(sums, s + 2 * LANES, c22);
		add(sums, s + 3 * LANES, c23);
		s += row;
		add(sums, s, c30);
		add(sums, s + LANES, c31);
		add(sums, s + 2 * LANES, c32);
		add(sums, s + 3 * LANES, c33);
	}

	/** Lane-wise {@code sums[s + lane] += sum_i wa[ob + i] * x[ox + i]} over {@code m} rows (whole vectors). */
	private static void pair(double[] wa, int ob, double[] x, int ox, int m, double[] sums, int s) {
		DoubleVector c = DoubleVector.zero(SPECIES);
		for (int i = 0; i < m; i += LANES) {
			c = DoubleVector.fromArray(SPECIES, wa, ob + i).fma(DoubleVector.fromArray(SPECIES, x, ox + i), c);
		}
		add(sums, s, c);
	}

	/** As {@link #tile} for one column {@code b} (q = 0 only). */
	private static void column(double[] wa, int rows, double[] x, int n, int r0, int m, int a0, int b, double[] sums,
			int ka) {
		int w1 = rows, w2 = 2 * rows, w3 = 3 * rows;
		int x0 = b * n + r0;
		DoubleVector c0 = DoubleVector.zero(SPECIES), c1 = c0, c2 = c0, c3 = c0;
		for (int i = 0; i < m; i += LANES) {
			DoubleVector p = DoubleVector.fromArray(SPECIES, x, x0 + i);
			c0 = DoubleVector.fromArray(SPECIES, wa, i).fma(p, c0);
			c1 = DoubleVector.fromArray(SPECIES, wa, w1 + i).fma(p, c1);
			c2 = DoubleVector.fromArray(SPECIES, wa, w2 + i).fma(p, c2);
			c3 = DoubleVector.fromArray(SPECIES, wa, w3 + i).fma(p, c3);
		}
		int s = (a0 * ka + b) * LANES, row = ka * LANES;
		add(sums, s, c0);
		add(sums, s + row, c1);
		add(sums, s + 2 * row, c2);
		add(sums, s + 3 * row, c3);
	}

	private static void add(double[] lanes, int offset, DoubleVector v) {
		DoubleVector.fromArray(SPECIES, lanes, offset).add(v).intoArray(lanes, offset);
	}

	/** The lanes at {@code offset} summed in order, so results do not depend on the reduction's shape. */
	private static double sum(double[] lanes, int offset) {
		double s = 0;
		for (int lane = 0; lane < LANES; lane++) {
			s += lanes[offset + lane];
		}
		return s;
	}

	/** The scalar formulas of {@link Kernels.Implementation#logisticBinaryTerms}, LANES rows at a time (EXP, LOG: SVML). */
	@Override
	public void logisticBinaryTerms(double[] y, int from, int start, int count, double[] eta, double[] value,
			double[] first, double[] second) {
		DoubleVector one = DoubleVector.broadcast(SPECIES, 1.0);
		int i = start;
		for (; i <= count - LANES; i += LANES) {
			VectorMask<Double> success = DoubleVector.fromArray(SPECIES, y, from + i).compare(VectorOperators.EQ, 1.0);
			DoubleVector t = DoubleVector.fromArray(SPECIES, eta, i);
			DoubleVector u = t.neg().blend(t, success);
			DoubleVector e = u.abs().neg().lanewise(VectorOperators.EXP);
			DoubleVector w = one.add(e);
			DoubleVector large = one.div(w);
			DoubleVector small = e.mul(large);
			DoubleVector log1p = w.lanewise(VectorOperators.LOG).mul(e).div(w.sub(one))
					.blend(e, w.compare(VectorOperators.EQ, 1.0));
			VectorMask<Double> nonNegative = u.compare(VectorOperators.GE, 0.0);
			u.sub(log1p).blend(log1p.neg(), nonNegative).intoArray(value, i);
			DoubleVector rest = large.blend(small, nonNegative);
			rest.neg().blend(rest, success).intoArray(first, i);
			small.mul(large).neg().intoArray(second, i);
		}
		Kernels.scalar().logisticBinaryTerms(y, from, i, count, eta, value, first, second); // the last rows
	}

	/** The scalar formulas of {@link Kernels.Implementation#logisticCdfTerms}, LANES at a time (EXP: SVML). */
	@Override
	public void logisticCdfTerms(double[] t, int start, int count, double[] cdf, double[] survival, double[] density,
			double[] slope) {
		DoubleVector one = DoubleVector.broadcast(SPECIES, 1.0);
		int i = start;
		for (; i <= count - LANES; i += LANES) {
			DoubleVector u = DoubleVector.fromArray(SPECIES, t, i);
			DoubleVector e = u.abs().neg().lanewise(VectorOperators.EXP);
			DoubleVector large = one.div(one.add(e));
			DoubleVector small = e.mul(large);
			DoubleVector f = small.mul(large);
			VectorMask<Double> nonNegative = u.compare(VectorOperators.GE, 0.0);
			DoubleVector distribution = small.blend(large, nonNegative);
			DoubleVector complement = large.blend(small, nonNegative);
			distribution.intoArray(cdf, i);
			complement.intoArray(survival, i);
			f.intoArray(density, i);
			f.mul(complement.sub(distribution)).intoArray(slope, i);
		}
		Kernels.scalar().logisticCdfTerms(t, i, count, cdf, survival, density, slope); // the last ones
	}

	/** {@link Math#log} LANES at a time (LOG: SVML). */
	@Override
	public void log(double[] x, int start, int count, double[] out) {
		int i = start;
		for (; i <= count - LANES; i += LANES) {
			DoubleVector.fromArray(SPECIES, x, i).lanewise(VectorOperators.LOG).intoArray(out, i);
		}
		Kernels.scalar().log(x, i, count, out);
	}
}
