package org.voxpop.estimation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Times the {@link Kernels} of every available implementation, and textbook loops for comparison, on a random
 * design. Needs nothing but this bundle's jar:
 *
 * <pre>
 * java -Xmx2g --add-modules jdk.incubator.vector -cp plugins/org.voxpop.estimation_*.jar \
 *     org.voxpop.estimation.internal.KernelsBenchmark [ROWS [COLUMNS [REPETITIONS]]]
 * </pre>
 *
 * Defaults: 1,000,000 rows, 21 columns, 30 repetitions; prints the median and the best time of each kernel, of a
 * Newton step (all three, each over the whole design) and of the same in one pass of row blocks that stay in L2 (as
 * {@link IndexLikelihood} does).
 */
public final class KernelsBenchmark {

	private KernelsBenchmark() {
	}

	public static void main(String[] args) {
		int n = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
		int k = args.length > 1 ? Integer.parseInt(args[1]) : 21;
		int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 30;
		SplittableRandom random = new SplittableRandom(20261123);
		double[] x = new double[n * k];
		Arrays.setAll(x, i -> random.nextDouble(-1, 1));
		double[] w = new double[n];
		Arrays.setAll(w, i -> random.nextDouble(0, 0.25));
		double[] beta = new double[k];
		Arrays.setAll(beta, i -> random.nextDouble(-1, 1));
		double[] eta = new double[n];
		double[] score = new double[k];
		double[] information = new double[k * k];

		System.out.printf(Locale.ROOT, "n = %,d, k = %d, design %.0f MB; active implementation: %s%n", n, k,
				x.length * 8e-6, Kernels.implementation());
		if (Kernels.vector() == null) {
			System.out.println("vector implementation unavailable: " + Kernels.vectorUnavailableReason());
		}
		List<Kernels.Implementation> implementations = new ArrayList<>();
		implementations.add(new Naive());
		implementations.add(Kernels.scalar());
		if (Kernels.vector() != null) {
			implementations.add(Kernels.vector());
		}
		double flopsMultiply = 2.0 * n * k, flopsCross = 2.0 * n * k * (k + 1) / 2 + n * k;
		for (Kernels.Implementation implementation : implementations) {
			double[] tm = time(repetitions, () -> implementation.multiply(x, n, k, beta, eta));
			double[] tt = time(repetitions, () -> implementation.transposeMultiply(x, n, k, w, score));
			double[] tc = time(repetitions, () -> implementation.weightedCrossProduct(x, n, k, w, information));
			double[] ts = time(repetitions, () -> {
				implementation.multiply(x, n, k, beta, eta);
				implementation.transposeMultiply(x, n, k, eta, score);
				implementation.weightedCrossProduct(x, n, k, w, information);
			});
			int block = Kernels.blockRows(k);
			double[] etaBlock = new double[block];
			double[] wBlock = new double[block];
			double[] tf = time(repetitions, () -> {
				Arrays.fill(score, 0.0);
				Arrays.fill(information, 0.0);
				for (int r0 = 0; r0 < n; r0 += block) {
					int r1 = Math.min(n, r0 + block);
					implementation.multiply(x, n, k, beta, r0, r1, etaBlock);
					for (int i = r0; i < r1; i++) {
						wBlock[i - r0] = w[i] * etaBlock[i - r0];
					}
					implementation.transposeMultiplyAdd(x, n, k, r0, r1, etaBlock, score);
					implementation.weightedCrossProductAdd(x, n, k, r0, r1, wBlock, information);
				}
			});
			System.out.println(implementation.description() + ":");
			print("multiply", tm, flopsMultiply);
			print("transposeMultiply", tt, flopsMultiply);
			print("weightedCrossProduct", tc, flopsCross);
			print("Newton step (all three)", ts, 2 * flopsMultiply + flopsCross);
			print("fused row blocks of " + block, tf, 2 * flopsMultiply + flopsCross);
		}
	}

	/** Median and best of {@code repetitions} timed runs in ms, after as many untimed ones (JIT warm-up). */
	private static double[] time(int repetitions, Runnable kernel) {
		for (int r = 0; r < Math.max(repetitions, 10); r++) {
			kernel.run();
		}
		double[] ms = new double[repetitions];
		for (int r = 0; r < repetitions; r++) {
			long start = System.nanoTime();
			kernel.run();
			ms[r] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(ms);
		return new double[] { ms[repetitions / 2], ms[0] };
	}

	private static void print(String what, double[] ms, double flops) {
		System.out.printf(Locale.ROOT, "  %-24s median %8.2f ms, best %8.2f ms (%5.1f GFLOP/s)%n", what, ms[0], ms[1],
				flops / ms[0] / 1e6);
	}

	/** The textbook loops, unblocked, for comparison. */
	private static final class Naive implements Kernels.Implementation {

		@Override
		public String description() {
			return "textbook loops";
		}

		@Override
		public void multiply(double[] x, int n, int k, double[] beta, int from, int to, double[] eta) {
			Arrays.fill(eta, 0, to - from, 0.0);
			for (int j = 0; j < k; j++) {
				for (int i = from; i < to; i++) {
					eta[i - from] += x[j * n + i] * beta[j];
				}
			}
		}

		@Override
		public void transposeMultiplyAdd(double[] x, int n, int k, int from, int to, double[] v, double[] out) {
			transposeMultiplyAdd(x, n, k, from, to, v, 1, out);
		}

		@Override
		public void transposeMultiplyAdd(double[] x, int n, int k, int from, int to, double[] v, int m, double[] out) {
			for (int a = 0; a < m; a++) {
				for (int j = 0; j < k; j++) {
					double s = 0;
					for (int i = from; i < to; i++) {
						s += x[j * n + i] * v[a * (to - from) + i - from];
					}
					out[a * k + j] += s;
				}
			}
		}

		@Override
		public void weightedCrossProductAdd(double[] x, int n, int k, int from, int to, double[] w, double[] out) {
			for (int a = 0; a < k; a++) {
				for (int b = a; b < k; b++) {
					double s = 0;
					for (int i = from; i < to; i++) {
						s += x[a * n + i] * w[i - from] * x[b * n + i];
					}
					out[a * k + b] += s;
					if (b != a) {
						out[b * k + a] += s;
					}
				}
			}
		}
	}
}
