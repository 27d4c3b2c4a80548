package org.voxpop.estimation.internal;

import java.lang.reflect.InvocationTargetException;
import java.util.Locale;
import java.util.Objects;

/**
 * Dense kernels of Newton-Raphson on big designs: the linear predictor {@code X beta}, the score {@code X' v} and
 * the information {@code X' diag(w) X}. The design is stored column-major in one {@code double[] x}: row
 * {@code i}, column {@code j} is {@code x[j * n + i]} ({@code n} rows, {@code k} columns).
 * <p>
 * Two implementations compute them: one with the JDK's Vector API ({@code jdk.incubator.vector}, the
 * preferred species, fused multiply-add), which is used when the JVM runs with
 * {@code --add-modules jdk.incubator.vector} (and, inside OSGi, the system bundle exports that package), and a
 * plain scalar one otherwise. The choice is made once, when this class is initialised; the system property
 * {@value #IMPLEMENTATION_PROPERTY}{@code =scalar} forces the scalar one. Both are blocked over rows so that a
 * design far bigger than the caches is streamed through memory about once per kernel; both are single-threaded,
 * stateless and thread-safe. Results agree with the textbook loops up to rounding (the summation order differs).
 * <p>
 * Arrays may be longer than needed: only the first {@code n * k} values of {@code x}, {@code k} of {@code beta},
 * {@code n} of {@code v}, {@code w} and {@code eta}, {@code k} or {@code k * k} of {@code out} are read or written.
 */
public final class Kernels {

	/** System property that forces an implementation: {@code scalar} or {@code vector} (the default). */
	public static final String IMPLEMENTATION_PROPERTY = "org.voxpop.kernels";

	/**
	 * One implementation of the kernels; the static methods of {@link Kernels} describe the contracts. An
	 * implementation provides the range kernels, over rows {@code [from, to)} of the design, accumulating into their
	 * output (what a fused row-block pass needs: one block of {@code x} while it is in cache); the whole-design
	 * kernels are the range kernels over {@code [0, n)}. The vectors of a range kernel are the block's: row
	 * {@code i} of the design is index {@code i - from} of {@code eta}, {@code v} and {@code w}.
	 */
	public interface Implementation {

		/** A short description for logs and benchmarks: {@code scalar} or {@code vector (512-bit)}. */
		String description();

		/** @see Kernels#multiply(double[], int, int, double[], int, int, double[]) */
		void multiply(double[] x, int n, int k, double[] beta, int from, int to, double[] eta);

		/** @see Kernels#transposeMultiplyAdd(double[], int, int, int, int, double[], double[]) */
		void transposeMultiplyAdd(double[] x, int n, int k, int from, int to, double[] v, double[] out);

		/** @see Kernels#transposeMultiplyAdd(double[], int, int, int, int, double[], int, double[]) */
		void transposeMultiplyAdd(double[] x, int n, int k, int from, int to, double[] v, int m, double[] out);

		/** @see Kernels#weightedCrossProductAdd(double[], int, int, int, int, double[], double[]) */
		void weightedCrossProductAdd(double[] x, int n, int k, int from, int to, double[] w, double[] out);

		/** @see Kernels#multiply(double[], int, int, double[], double[]) */
		default void multiply(double[] x, int n, int k, double[] beta, double[] eta) {
			multiply(x, n, k, beta, 0, n, eta);
		}

		/** @see Kernels#transposeMultiply(double[], int, int, double[], double[]) */
		default void transposeMultiply(double[] x, int n, int k, double[] v, double[] out) {
			java.util.Arrays.fill(out, 0, k, 0.0);
			transposeMultiplyAdd(x, n, k, 0, n, v, out);
		}

		/** @see Kernels#transposeMultiply(double[], int, int, double[], int, double[]) */
		default void transposeMultiply(double[] x, int n, int k, double[] v, int m, double[] out) {
			java.util.Arrays.fill(out, 0, k * m, 0.0);
			transposeMultiplyAdd(x, n, k, 0, n, v, m, out);
		}

		/** @see Kernels#weightedCrossProduct(double[], int, int, double[], double[]) */
		default void weightedCrossProduct(double[] x, int n, int k, double[] w, double[] out) {
			java.util.Arrays.fill(out, 0, k * k, 0.0);
			weightedCrossProductAdd(x, n, k, 0, n, w, out);
		}

		/**
		 * As {@link Kernels#logisticBinaryTerms(double[], int, int, double[], double[], double[], double[])}, for the
		 * block indexes [start, count) only.
		 */
		default void logisticBinaryTerms(double[] y, int from, int start, int count, double[] eta, double[] value,
				double[] first, double[] second) {
			for (int i = start; i < count; i++) {
				boolean success = y[from + i] == 1;
				double u = success ? eta[i] : -eta[i];
				double e = Math.exp(-Math.abs(u)); // in (0, 1]: no overflow
				double w = 1 + e;
				double large = 1 / w;
				double small = e * large;
				double log1p = w == 1 ? e : Math.log(w) * e / (w - 1); // log(1 + e), Goldberg's correction
				value[i] = u >= 0 ? -log1p : u - log1p;
				double rest = u >= 0 ? small : large; // 1 - F(u)
				first[i] = success ? rest : -rest;
				second[i] = -small * large;
			}
		}

		/** As {@link Kernels#logisticCdfTerms}, for the indexes [start, count) only. */
		default void logisticCdfTerms(double[] t, int start, int count, double[] cdf, double[] survival,
				double[] density, double[] slope) {
			for (int i = start; i < count; i++) {
				double e = Math.exp(-Math.abs(t[i])); // in (0, 1]: no overflow
				double large = 1 / (1 + e);
				double small = e * large;
				double f = small * large;
				boolean nonNegative = t[i] >= 0;
				cdf[i] = nonNegative ? large : small;
				survival[i] = nonNegative ? small : large;
				density[i] = f;
				slope[i] = f * (survival[i] - cdf[i]);
			}
		}

		/** As {@link Kernels#log}, for the indexes [start, count) only. */
		default void log(double[] x, int start, int count, double[] out) {
			for (int i = start; i < count; i++) {
				out[i] = Math.log(x[i]);
			}
		}
	}

	/** The vector implementation, or {@code null} and why not. */
	private record Loaded(Implementation implementation, String problem) {
	}

	private static final Implementation SCALAR = new ScalarKernels();

	private static final Loaded VECTOR = loadVector();

	private static final Implementation ACTIVE = choose();

	private Kernels() {
	}

	private static Loaded loadVector() {
		try {
			Class<?> type = Class.forName(Kernels.class.getPackageName() + ".VectorKernels", true,
					Kernels.class.getClassLoader());
			return new Loaded((Implementation) type.getDeclaredConstructor().newInstance(), null);
		} catch (LinkageError | ReflectiveOperationException | RuntimeException e) {
			// NoClassDefFoundError for jdk/incubator/vector/... when the module is not in the boot layer (no
			// --add-modules jdk.incubator.vector) or, inside OSGi, its package is not wired to this bundle;
			// InvocationTargetException when the preferred species is too narrow to gain anything.
			Throwable cause = e instanceof InvocationTargetException || e instanceof ExceptionInInitializerError
					? e.getCause()
					: e;
			return new Loaded(null, String.valueOf(cause));
		}
	}

	private static Implementation choose() {
		String forced = System.getProperty(IMPLEMENTATION_PROPERTY, "").trim().toLowerCase(Locale.ROOT);
		return VECTOR.implementation() == null || forced.equals("scalar") ? SCALAR : VECTOR.implementation();
	}

	/**
	 * Runs every kernel of the active implementation on a small design until the JIT has compiled it. The Vector
	 * API is slower than scalar code until C2 compiles it, so a command that fits one model in a fresh JVM runs
	 * this in a background thread while it reads the data. Takes a few hundred milliseconds of one core.
	 */
	public static void warmUp() {
		int n = 2048;
		int k = 8;
		double[] x = new double[n * k];
		double[] w = new double[n];
		double[] beta = new double[k];
		for (int i = 0; i < x.length; i++) {
			x[i] = (i % 7) * 0.25 - 0.5;
		}
		java.util.Arrays.fill(w, 0.5);
		java.util.Arrays.fill(beta, 0.1);
		double[] eta = new double[n];
		double[] out = new double[k * k];
		for (int round = 0; round < 400; round++) {
			ACTIVE.multiply(x, n, k, beta, eta);
			ACTIVE.transposeMultiply(x, n, k, eta, beta);
			ACTIVE.weightedCrossProduct(x, n, k, w, out);
		}
	}

	/** The implementation in use, e.g. {@code "vector (256-bit)"} or {@code "scalar"}. */
	public static String implementation() {
		return ACTIVE.description();
	}

	/** The implementation in use. */
	public static Implementation active() {
		return ACTIVE;
	}

	/** The scalar implementation, which is always available. */
	public static Implementation scalar() {
		return SCALAR;
	}

	/** The Vector API implementation, or {@code null} where {@code jdk.incubator.vector} cannot be used. */
	public static Implementation vector() {
		return VECTOR.implementation();
	}

	/**
	 * Why {@link #vector()} is {@code null} (e.g. {@code java.lang.NoClassDefFoundError:
	 * jdk/incubator/vector/Vector}), or {@code null} if it is not.
	 */
	public static String vectorUnavailableReason() {
		return VECTOR.problem();
	}

	/**
	 * The linear predictor: {@code eta[i] = sum_j x[j * n + i] * beta[j]} for {@code i < n}; {@code eta} is
	 * overwritten (zeros when {@code k == 0}).
	 *
	 * @param x    the design, column-major, at least {@code n * k} values
	 * @param n    rows
	 * @param k    columns
	 * @param beta the coefficients, at least {@code k} values
	 * @param eta  receives the {@code n} values
	 */
	public static void multiply(double[] x, int n, int k, double[] beta, double[] eta) {
		check(x, n, k);
		checkLength(beta, k, "beta");
		checkLength(eta, n, "eta");
		ACTIVE.multiply(x, n, k, beta, eta);
	}

	/**
	 * The transposed product, e.g. the score: {@code out[j] = sum_i x[j * n + i] * v[i]} for {@code j < k};
	 * {@code out} is overwritten.
	 *
	 * @param x   the design, column-major, at least {@code n * k} values
	 * @param n   rows
	 * @param k   columns
	 * @param v   one value per row, at least {@code n} values
	 * @param out receives the {@code k} values
	 */
	public static void transposeMultiply(double[] x, int n, int k, double[] v, double[] out) {
		check(x, n, k);
		checkLength(v, n, "v");
		checkLength(out, k, "out");
		ACTIVE.transposeMultiply(x, n, k, v, out);
	}

	/**
	 * The transposed product for {@code m} vectors at once, reading the design about once:
	 * {@code out[a * k + j] = sum_i x[j * n + i] * v[a * n + i]}; {@code v} holds the vectors one after the other
	 * ({@code n * m} values), {@code out} receives {@code k * m} values.
	 */
	public static void transposeMultiply(double[] x, int n, int k, double[] v, int m, double[] out) {
		check(x, n, k);
		checkLength(v, Math.multiplyExact(n, m), "v");
		checkLength(out, Math.multiplyExact(k, m), "out");
		ACTIVE.transposeMultiply(x, n, k, v, m, out);
	}

	/**
	 * The weighted cross product, e.g. the information of a GLM: {@code out[a * k + b] = sum_i x[a * n + i] *
	 * w[i] * x[b * n + i]}, row-major {@code k * k}, symmetric with both triangles filled; {@code out} is
	 * overwritten. The weights may have any sign.
	 *
	 * @param x   the design, column-major, at least {@code n * k} values
	 * @param n   rows
	 * @param k   columns
	 * @param w   one weight per row, at least {@code n} values
	 * @param out receives the {@code k * k} values
	 */
	public static void weightedCrossProduct(double[] x, int n, int k, double[] w, double[] out) {
		check(x, n, k);
		checkLength(w, n, "w");
		checkLength(out, Math.multiplyExact(k, k), "out");
		ACTIVE.weightedCrossProduct(x, n, k, w, out);
	}

	/**
	 * A binary logit's log-likelihood terms for rows {@code [from, from + count)} of the outcome {@code y}, at the
	 * indexes {@code eta[0..count)}: log F(eta) for y = 1, log(1 - F(eta)) otherwise (F logistic), and their first and
	 * second derivatives with respect to eta, into {@code value}, {@code first}, {@code second} (from index 0).
	 */
	public static void logisticBinaryTerms(double[] y, int from, int count, double[] eta, double[] value,
			double[] first, double[] second) {
		ACTIVE.logisticBinaryTerms(y, from, 0, count, eta, value, first, second);
	}

	/** The logistic F, 1 - F, f and f' at {@code t[0..count)}: see {@code LinkKernels.logisticCdfTerms}. */
	public static void logisticCdfTerms(double[] t, int count, double[] cdf, double[] survival, double[] density,
			double[] slope) {
		ACTIVE.logisticCdfTerms(t, 0, count, cdf, survival, density, slope);
	}

	/** The natural logarithms of {@code x[0..count)} into {@code out}, as {@link Math#log} gives them up to an ulp. */
	public static void log(double[] x, int count, double[] out) {
		ACTIVE.log(x, 0, count, out);
	}

	/**
	 * Rows before the last of a block of the fused row-block pass: the block of {@code columns} columns of the design
	 * stays in L2 while the kernels read it several times (the block size of {@link #weightedCrossProduct}).
	 */
	public static int blockRows(int columns) {
		return ScalarKernels.blockRows(columns);
	}

	/**
	 * The linear predictor of rows {@code [from, to)}: {@code eta[i - from] = sum_j x[j * n + i] * beta[j]};
	 * {@code to - from} values of {@code eta} are overwritten.
	 */
	public static void multiply(double[] x, int n, int k, double[] beta, int from, int to, double[] eta) {
		check(x, n, k);
		checkRange(n, from, to);
		checkLength(beta, k, "beta");
		checkLength(eta, to - from, "eta");
		ACTIVE.multiply(x, n, k, beta, from, to, eta);
	}

	/**
	 * Adds the transposed product of rows {@code [from, to)}: {@code out[j] += sum_i x[j * n + i] * v[i - from]}
	 * for {@code j < k}.
	 */
	public static void transposeMultiplyAdd(double[] x, int n, int k, int from, int to, double[] v, double[] out) {
		check(x, n, k);
		checkRange(n, from, to);
		checkLength(v, to - from, "v");
		checkLength(out, k, "out");
		ACTIVE.transposeMultiplyAdd(x, n, k, from, to, v, out);
	}

	/**
	 * Adds the transposed product of rows {@code [from, to)} for {@code m} vectors of {@code len = to - from} values
	 * each, one after the other in {@code v}: {@code out[a * k + j] += sum_i x[j * n + i] * v[a * len + i - from]}.
	 */
	public static void transposeMultiplyAdd(double[] x, int n, int k, int from, int to, double[] v, int m,
			double[] out) {
		check(x, n, k);
		checkRange(n, from, to);
		checkLength(v, Math.multiplyExact(to - from, m), "v");
		checkLength(out, Math.multiplyExact(k, m), "out");
		ACTIVE.transposeMultiplyAdd(x, n, k, from, to, v, m, out);
	}

	/**
	 * Adds the weighted cross product of rows {@code [from, to)}: {@code out[a * k + b] += sum_i x[a * n + i] *
	 * w[i - from] * x[b * n + i]}, to both triangles of the row-major {@code k * k} {@code out} (the same value to
	 * both: a symmetric {@code out} stays exactly symmetric).
	 */
	public static void weightedCrossProductAdd(double[] x, int n, int k, int from, int to, double[] w, double[] out) {
		check(x, n, k);
		checkRange(n, from, to);
		checkLength(w, to - from, "w");
		checkLength(out, Math.multiplyExact(k, k), "out");
		ACTIVE.weightedCrossProductAdd(x, n, k, from, to, w, out);
	}

	private static void checkRange(int n, int from, int to) {
		if (from < 0 || to > n || from > to) {
			throw new IllegalArgumentException("rows [" + from + ", " + to + ") are not within [0, " + n + ")");
		}
	}

	private static void check(double[] x, int n, int k) {
		if (n < 0 || k < 0) {
			throw new IllegalArgumentException("negative dimension: n = " + n + ", k = " + k);
		}
		checkLength(x, Math.multiplyExact(n, k), "x");
	}

	private static void checkLength(double[] array, int length, String name) {
		Objects.requireNonNull(array, name);
		if (array.length < length) {
			throw new IllegalArgumentException(name + " has " + array.length + " values, needs " + length);
		}
	}
}
