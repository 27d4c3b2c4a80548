package org.voxpop.estimation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.voxpop.estimation.internal.Kernels;

/**
 * Both kernel implementations against the textbook loops on random data: row counts around the vector length, the
 * row blocks and the cross product's blocks, column counts around its tiles, k = 1 and empty designs. The vector
 * implementation is checked wherever the JVM has {@code jdk.incubator.vector} (see {@link KernelsActivationTest}).
 */
class KernelsTest {

	private static final int[] ROWS = { 0, 1, 2, 3, 5, 7, 8, 9, 15, 16, 17, 31, 33, 63, 64, 65, 127, 639, 641, 1023, 1025,
			1537, 2049, 3073, 4097, 8191, 8193, 16_385 };
	private static final int[] COLUMNS = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 13, 21, 50 };

	/** Agreement with the textbook loops, relative to the sum of the absolute values of the summed products. */
	private static final double TOLERANCE = 1e-12;

	private static List<Kernels.Implementation> implementations() {
		List<Kernels.Implementation> implementations = new ArrayList<>();
		implementations.add(Kernels.scalar());
		if (Kernels.vector() != null) {
			implementations.add(Kernels.vector());
		}
		return implementations;
	}

	private static double[] random(SplittableRandom random, int length) {
		double[] values = new double[length];
		for (int i = 0; i < length; i++) {
			// some exact zeros and integers, as in dummy-coded designs
			int kind = random.nextInt(8);
			values[i] = kind == 0 ? 0 : kind == 1 ? 1 : random.nextDouble(-2, 2);
		}
		return values;
	}

	/** Filled with NaN, and two values longer than needed: kernels must overwrite exactly their part. */
	private static double[] output(int length) {
		double[] out = new double[length + 2];
		Arrays.fill(out, Double.NaN);
		return out;
	}

	/** An argument far in a tail (|t| 30 to 800), an exact zero, or an ordinary value. */
	private static double tailOrOrdinary(SplittableRandom random) {
		int kind = random.nextInt(6);
		return kind == 0 ? random.nextDouble(-800, -30) : kind == 1 ? random.nextDouble(30, 800) : kind == 2 ? 0
				: random.nextDouble(-8, 8);
	}

	private static void assertClose(double expected, double actual, double scale, String what) {
		if (!(Math.abs(actual - expected) <= TOLERANCE * scale + Double.MIN_NORMAL)) {
			fail(what + ": expected " + expected + " but was " + actual + " (scale " + scale + ")");
		}
	}

	private static void assertUntouchedTail(double[] out, int used, String what) {
		assertTrue(Double.isNaN(out[used]) && Double.isNaN(out[used + 1]), what + ": wrote past its output");
	}

	@Test
	void logisticBinaryTermsAgreeWithTheTextbookFormulasIntoBothTails() {
		SplittableRandom random = new SplittableRandom(11);
		int from = 3;
		for (int count : new int[] { 0, 1, 7, 8, 9, 31, 1000 }) {
			double[] y = new double[from + count + 2];
			double[] eta = new double[count];
			for (int i = 0; i < count; i++) {
				y[from + i] = random.nextInt(2);
				eta[i] = tailOrOrdinary(random);
			}
			for (Kernels.Implementation implementation : implementations()) {
				double[] value = output(count);
				double[] first = output(count);
				double[] second = output(count);
				implementation.logisticBinaryTerms(y, from, 0, count, eta, value, first, second);
				String what = implementation.description() + ", " + count + " rows";
				for (int i = 0; i < count; i++) {
					double t = eta[i];
					boolean success = y[from + i] == 1;
					// log F(t) = -log(1 + exp(-t)), log(1 - F(t)) = -log(1 + exp(t)), each in its stable form
					double u = success ? t : -t;
					double expected = u >= 0 ? -Math.log1p(Math.exp(-u)) : u - Math.log1p(Math.exp(u));
					double f = 1 / (1 + Math.exp(-t)); // F(t)
					double expectedFirst = success ? 1 - f : -f;
					double expectedSecond = -f * (1 - f);
					assertClose(expected, value[i], Math.abs(expected) + 1e-300, what + ", value at " + t);
					assertClose(expectedFirst, first[i], 1, what + ", first derivative at " + t);
					assertClose(expectedSecond, second[i], 1, what + ", second derivative at " + t);
				}
				assertUntouchedTail(value, count, what);
				assertUntouchedTail(first, count, what);
				assertUntouchedTail(second, count, what);
			}
		}
	}

	@Test
	void logisticCdfTermsAndLogarithmsAgreeWithTheTextbookFormulasIntoBothTails() {
		SplittableRandom random = new SplittableRandom(13);
		for (int count : new int[] { 0, 1, 7, 8, 9, 31, 1000 }) {
			double[] t = new double[count];
			for (int i = 0; i < count; i++) {
				t[i] = tailOrOrdinary(random);
			}
			for (Kernels.Implementation implementation : implementations()) {
				double[] cdf = output(count);
				double[] survival = output(count);
				double[] density = output(count);
				double[] slope = output(count);
				double[] logs = output(count);
				implementation.logisticCdfTerms(t, 0, count, cdf, survival, density, slope);
				implementation.log(cdf, 0, count, logs);
				String what = implementation.description() + ", " + count + " values";
				for (int i = 0; i < count; i++) {
					double expectedCdf = 1 / (1 + Math.exp(-t[i]));
					double expectedSurvival = 1 / (1 + Math.exp(t[i]));
					double expectedDensity = expectedCdf * expectedSurvival;
					double expectedSlope = expectedDensity * (expectedSurvival - expectedCdf);
					// relative in the tails, where these are tiny
					assertClose(expectedCdf, cdf[i], expectedCdf, what + ", F at " + t[i]);
					assertClose(expectedSurvival, survival[i], expectedSurvival, what + ", 1 - F at " + t[i]);
					assertClose(expectedDensity, density[i], expectedDensity, what + ", f at " + t[i]);
					assertClose(expectedSlope, slope[i], Math.abs(expectedSlope), what + ", f' at " + t[i]);
					double expectedLog = Math.log(cdf[i]); // -infinity where F underflowed
					if (Double.isInfinite(expectedLog)) {
						assertEquals(expectedLog, logs[i], what + ", log at " + cdf[i]);
					} else {
						assertClose(expectedLog, logs[i], Math.abs(expectedLog) + 1e-300, what + ", log at " + cdf[i]);
					}
				}
				for (double[] out : List.of(cdf, survival, density, slope, logs)) {
					assertUntouchedTail(out, count, what);
				}
			}
		}
	}

	@Test
	void multiplyAgreesWithTheTextbookLoop() {
		SplittableRandom random = new SplittableRandom(1);
		for (int n : ROWS) {
			for (int k : COLUMNS) {
				double[] x = random(random, n * k);
				double[] beta = random(random, k);
				for (Kernels.Implementation implementation : implementations()) {
					double[] eta = output(n);
					implementation.multiply(x, n, k, beta, eta);
					String what = implementation.description() + " multiply n=" + n + " k=" + k;
					for (int i = 0; i < n; i++) {
						double expected = 0, scale = 0;
						for (int j = 0; j < k; j++) {
							expected += x[j * n + i] * beta[j];
							scale += Math.abs(x[j * n + i] * beta[j]);
						}
						assertClose(expected, eta[i], scale, what + " row " + i);
					}
					assertUntouchedTail(eta, n, what);
				}
			}
		}
	}

	@Test
	void transposeMultiplyAgreesWithTheTextbookLoop() {
		SplittableRandom random = new SplittableRandom(2);
		for (int n : ROWS) {
			for (int k : COLUMNS) {
				double[] x = random(random, n * k);
				double[] v = random(random, n);
				for (Kernels.Implementation implementation : implementations()) {
					double[] out = output(k);
					implementation.transposeMultiply(x, n, k, v, out);
					String what = implementation.description() + " transposeMultiply n=" + n + " k=" + k;
					for (int j = 0; j < k; j++) {
						double expected = 0, scale = 0;
						for (int i = 0; i < n; i++) {
							expected += x[j * n + i] * v[i];
							scale += Math.abs(x[j * n + i] * v[i]);
						}
						assertClose(expected, out[j], scale, what + " column " + j);
					}
					assertUntouchedTail(out, k, what);
				}
			}
		}
	}

	@Test
	void transposeMultiplyOfSeveralVectorsAgreesWithTheTextbookLoop() {
		SplittableRandom random = new SplittableRandom(3);
		for (int n : ROWS) {
			for (int k : COLUMNS) {
				for (int m : new int[] { 1, 2, 4 }) {
					double[] x = random(random, n * k);
					double[] v = random(random, n * m);
					for (Kernels.Implementation implementation : implementations()) {
						double[] out = output(k * m);
						implementation.transposeMultiply(x, n, k, v, m, out);
						String what = implementation.description() + " transposeMultiply n=" + n + " k=" + k + " m=" + m;
						for (int a = 0; a < m; a++) {
							for (int j = 0; j < k; j++) {
								double expected = 0, scale = 0;
								for (int i = 0; i < n; i++) {
									expected += x[j * n + i] * v[a * n + i];
									scale += Math.abs(x[j * n + i] * v[a * n + i]);
								}
								assertClose(expected, out[a * k + j], scale, what + " vector " + a + " column " + j);
							}
						}
						assertUntouchedTail(out, k * m, what);
					}
				}
			}
		}
	}

	@Test
	void weightedCrossProductAgreesWithTheTextbookLoopAndIsExactlySymmetric() {
		SplittableRandom random = new SplittableRandom(3);
		for (int n : ROWS) {
			for (int k : COLUMNS) {
				double[] x = random(random, n * k);
				double[] w = random(random, n); // weights of either sign
				for (Kernels.Implementation implementation : implementations()) {
					double[] out = output(k * k);
					implementation.weightedCrossProduct(x, n, k, w, out);
					String what = implementation.description() + " weightedCrossProduct n=" + n + " k=" + k;
					for (int a = 0; a < k; a++) {
						for (int b = 0; b < k; b++) {
							double expected = 0, scale = 0;
							for (int i = 0; i < n; i++) {
								double product = x[a * n + i] * w[i] * x[b * n + i];
								expected += product;
								scale += Math.abs(product);
							}
							assertClose(expected, out[a * k + b], scale, what + " (" + a + ", " + b + ")");
							assertEquals(out[a * k + b], out[b * k + a], what + " symmetry");
						}
					}
					assertUntouchedTail(out, k * k, what);
				}
			}
		}
	}

	@Test
	void implementationsAgreeOnADesignBiggerThanTheBlocks() {
		SplittableRandom random = new SplittableRandom(4);
		int n = 100_003, k = 21;
		double[] x = random(random, n * k);
		double[] w = new double[n];
		Arrays.setAll(w, i -> random.nextDouble(0, 0.25));
		double[] beta = random(random, k);
		double[] referenceEta = new double[n], referenceScore = new double[k], referenceInformation = new double[k * k];
		Kernels.scalar().multiply(x, n, k, beta, referenceEta);
		Kernels.scalar().transposeMultiply(x, n, k, referenceEta, referenceScore);
		Kernels.scalar().weightedCrossProduct(x, n, k, w, referenceInformation);
		for (Kernels.Implementation implementation : implementations()) {
			double[] eta = new double[n], score = new double[k], information = new double[k * k];
			implementation.multiply(x, n, k, beta, eta);
			implementation.transposeMultiply(x, n, k, eta, score);
			implementation.weightedCrossProduct(x, n, k, w, information);
			for (int i = 0; i < n; i += 997) {
				assertClose(referenceEta[i], eta[i], 1 + Math.abs(referenceEta[i]), "eta " + i);
			}
			for (int j = 0; j < k; j++) {
				assertClose(referenceScore[j], score[j], 1e4 * (1 + Math.abs(referenceScore[j])), "score " + j);
			}
			for (int j = 0; j < k * k; j++) {
				assertClose(referenceInformation[j], information[j], 1e4 * (1 + Math.abs(referenceInformation[j])),
						"information " + j);
			}
		}
	}

	@Test
	void theStaticEntryPointsUseTheActiveImplementationAndCheckTheirArguments() {
		SplittableRandom random = new SplittableRandom(5);
		int n = 37, k = 3;
		double[] x = random(random, n * k), beta = random(random, k), w = random(random, n);
		double[] expected = new double[k * k], actual = new double[k * k];
		Kernels.active().weightedCrossProduct(x, n, k, w, expected);
		Kernels.weightedCrossProduct(x, n, k, w, actual);
		assertTrue(Arrays.equals(expected, actual));
		double[] eta = new double[n];
		assertThrows(IllegalArgumentException.class, () -> Kernels.multiply(x, n + 1, k, beta, eta));
		assertThrows(IllegalArgumentException.class, () -> Kernels.multiply(x, n, k, new double[k - 1], eta));
		assertThrows(IllegalArgumentException.class, () -> Kernels.transposeMultiply(x, n, k, w, new double[k - 1]));
		assertThrows(IllegalArgumentException.class,
				() -> Kernels.weightedCrossProduct(x, n, k, w, new double[k * k - 1]));
		assertThrows(IllegalArgumentException.class, () -> Kernels.weightedCrossProduct(x, -1, k, w, actual));
		assertThrows(NullPointerException.class, () -> Kernels.multiply(x, n, k, null, eta));
	}

	/**
	 * Splits [0, n) into consecutive ranges of uneven sizes: around the lane counts, the row blocks and the cross
	 * product's blocks, so that ranges start and end anywhere relative to them.
	 */
	private static List<int[]> ranges(SplittableRandom random, int n) {
		int[] sizes = { 1, 3, 7, 8, 9, 17, 63, 65, 127, 1000, 1537, 4097, 8193 };
		List<int[]> ranges = new ArrayList<>();
		for (int from = 0; from < n;) {
			int to = Math.min(n, from + sizes[random.nextInt(sizes.length)]);
			ranges.add(new int[] { from, to });
			from = to;
		}
		return ranges;
	}

	@Test
	void rangeKernelsOverUnevenBlocksAgreeWithTheTextbookLoops() {
		SplittableRandom random = new SplittableRandom(6);
		int[] rows = { 1, 7, 17, 65, 641, 1537, 3073, 8193, 20_011 };
		int[] columns = { 1, 3, 4, 5, 8, 13, 21 };
		int m = 3;
		for (int n : rows) {
			for (int k : columns) {
				double[] x = random(random, n * k);
				double[] beta = random(random, k);
				double[] v = random(random, n * m);
				double[] w = random(random, n);
				List<int[]> ranges = ranges(random, n);
				for (Kernels.Implementation implementation : implementations()) {
					String what = implementation.description() + " range kernels n=" + n + " k=" + k;
					double[] eta = new double[n];
					double[] score = new double[k];
					double[] scores = new double[k * m];
					double[] information = new double[k * k];
					// accumulate onto a starting value: the range kernels add, they do not overwrite
					Arrays.fill(score, 0.5);
					Arrays.fill(scores, 0.5);
					Arrays.fill(information, 0.5);
					for (int[] range : ranges) {
						int from = range[0], to = range[1], len = to - from;
						double[] blockEta = output(len);
						implementation.multiply(x, n, k, beta, from, to, blockEta);
						assertUntouchedTail(blockEta, len, what + " multiply [" + from + ", " + to + ")");
						System.arraycopy(blockEta, 0, eta, from, len);
						double[] blockV = Arrays.copyOfRange(v, from, to);
						implementation.transposeMultiplyAdd(x, n, k, from, to, blockV, score);
						double[] blockVs = new double[len * m];
						for (int a = 0; a < m; a++) {
							System.arraycopy(v, a * n + from, blockVs, a * len, len);
						}
						implementation.transposeMultiplyAdd(x, n, k, from, to, blockVs, m, scores);
						implementation.weightedCrossProductAdd(x, n, k, from, to, Arrays.copyOfRange(w, from, to),
								information);
					}
					for (int i = 0; i < n; i++) {
						double expected = 0, scale = 0;
						for (int j = 0; j < k; j++) {
							expected += x[j * n + i] * beta[j];
							scale += Math.abs(x[j * n + i] * beta[j]);
						}
						assertClose(expected, eta[i], scale, what + " multiply row " + i);
					}
					for (int a = 0; a < m; a++) {
						for (int j = 0; j < k; j++) {
							double expected = 0.5, scale = 0.5;
							for (int i = 0; i < n; i++) {
								expected += x[j * n + i] * v[a * n + i];
								scale += Math.abs(x[j * n + i] * v[a * n + i]);
							}
							if (a == 0) {
								assertClose(expected, score[j], scale, what + " transposeMultiplyAdd column " + j);
							}
							assertClose(expected, scores[a * k + j], scale,
									what + " transposeMultiplyAdd vector " + a + " column " + j);
						}
					}
					for (int a = 0; a < k; a++) {
						for (int b = 0; b < k; b++) {
							double expected = 0.5, scale = 0.5;
							for (int i = 0; i < n; i++) {
								double product = x[a * n + i] * w[i] * x[b * n + i];
								expected += product;
								scale += Math.abs(product);
							}
							assertClose(expected, information[a * k + b], scale,
									what + " weightedCrossProductAdd (" + a + ", " + b + ")");
							assertEquals(information[a * k + b], information[b * k + a], what + " symmetry");
						}
					}
				}
			}
		}
	}

	@Test
	void aRangeKernelOverTheWholeDesignIsTheWholeDesignKernel() {
		SplittableRandom random = new SplittableRandom(7);
		int n = 5_003, k = 13;
		double[] x = random(random, n * k), beta = random(random, k), w = random(random, n);
		for (Kernels.Implementation implementation : implementations()) {
			double[] whole = new double[n], range = new double[n];
			implementation.multiply(x, n, k, beta, whole);
			implementation.multiply(x, n, k, beta, 0, n, range);
			assertTrue(Arrays.equals(whole, range), implementation.description() + " multiply");
			double[] crossWhole = new double[k * k], crossRange = new double[k * k];
			implementation.weightedCrossProduct(x, n, k, w, crossWhole);
			implementation.weightedCrossProductAdd(x, n, k, 0, n, w, crossRange);
			assertTrue(Arrays.equals(crossWhole, crossRange), implementation.description() + " weightedCrossProduct");
			double[] scoreWhole = new double[k], scoreRange = new double[k];
			implementation.transposeMultiply(x, n, k, w, scoreWhole);
			implementation.transposeMultiplyAdd(x, n, k, 0, n, w, scoreRange);
			assertTrue(Arrays.equals(scoreWhole, scoreRange), implementation.description() + " transposeMultiply");
		}
	}

	@Test
	void theStaticRangeEntryPointsCheckTheirRange() {
		SplittableRandom random = new SplittableRandom(8);
		int n = 37, k = 3;
		double[] x = random(random, n * k), beta = random(random, k), w = random(random, n);
		assertThrows(IllegalArgumentException.class, () -> Kernels.multiply(x, n, k, beta, 5, 38, new double[33]));
		assertThrows(IllegalArgumentException.class, () -> Kernels.multiply(x, n, k, beta, 6, 5, new double[1]));
		assertThrows(IllegalArgumentException.class, () -> Kernels.multiply(x, n, k, beta, 5, 20, new double[14]));
		assertThrows(IllegalArgumentException.class,
				() -> Kernels.transposeMultiplyAdd(x, n, k, -1, 3, w, new double[k]));
		assertThrows(IllegalArgumentException.class,
				() -> Kernels.transposeMultiplyAdd(x, n, k, 0, 10, new double[19], 2, new double[2 * k]));
		assertThrows(IllegalArgumentException.class,
				() -> Kernels.weightedCrossProductAdd(x, n, k, 0, 10, w, new double[k * k - 1]));
		double[] expected = new double[k * k], actual = new double[k * k];
		Kernels.active().weightedCrossProductAdd(x, n, k, 4, 31, Arrays.copyOfRange(w, 4, 31), expected);
		Kernels.weightedCrossProductAdd(x, n, k, 4, 31, Arrays.copyOfRange(w, 4, 31), actual);
		assertTrue(Arrays.equals(expected, actual));
	}
}
