package org.voxpop.estimation.internal;

import java.util.Arrays;

import org.voxpop.estimation.DesignMatrix;
import org.voxpop.estimation.ModelDiagnostics;

/**
 * Drops design columns that identify no observations or are linear combinations of earlier ones, as Stata's
 * {@code _rmcoll} does: the constant (explicit, or the cutpoints' implicit one) is kept first, then each column in
 * formula order is kept if it is not (numerically) in the span of the columns kept before it.
 */
public final class Collinearity {

	/** Relative residual sum of squares below which a column counts as collinear. */
	static final double TOLERANCE = 1e-10;

	private Collinearity() {
	}

	public static DesignMatrix removeCollinear(DesignMatrix design, ModelDiagnostics diagnostics) {
		return check(design, diagnostics).design();
	}

	/**
	 * The design without its collinear and empty columns, and the weighted cross product X'WX of the columns kept
	 * (W the design's weights, 1 if unweighted; row-major, k x k), which the check computes anyway.
	 */
	public record Checked(DesignMatrix design, double[] crossProduct) {
	}

	/** As {@link #removeCollinear}, with the cross product of the columns kept. */
	public static Checked check(DesignMatrix design, ModelDiagnostics diagnostics) {
		int n = design.rows();
		int k = design.columnCount();
		int constant = design.constantIndex();
		// cross-products of [1, X] with the constant first
		int m = k + 1;
		// X'WX and X'w in one pass over the design: blocks of rows that stay in cache for both, in one contiguous part
		// of the rows per thread, the parts' sums added in part order
		double[] sums = RowParts.sum(n, RowParts.threadsFor(n), k * k + k,
				(part, from, to, into) -> crossProducts(design, from, to, into));
		double[] xx = Arrays.copyOf(sums, k * k);
		double[] xw = Arrays.copyOfRange(sums, k * k, k * k + k);
		double[] a = new double[m * m];
		a[0] = design.weightSum();
		for (int j = 0; j < k; j++) {
			a[(j + 1)] = xw[j];
			a[(j + 1) * m] = xw[j];
			for (int l = 0; l < k; l++) {
				a[(j + 1) * m + l + 1] = xx[j * k + l];
			}
		}
		boolean[] keep = new boolean[k];
		Arrays.fill(keep, true);
		boolean any = false;
		// Gram-Schmidt on the Gram matrix: sweep pivots in order, the implicit constant first
		sweep(a, m, 0);
		for (int j = 0; j < k; j++) {
			if (j == constant) {
				continue; // _cons is the implicit constant already swept
			}
			int c = j + 1;
			double original = xx[j * k + j];
			double residual = a[c * m + c];
			if (original == 0) {
				keep[j] = false;
				any = true;
				diagnostics.omit(design.columns().get(j).term(), "empty");
				diagnostics.note(design.columns().get(j).term() + " identifies no observations in the sample");
			} else if (residual <= TOLERANCE * original) {
				keep[j] = false;
				any = true;
				diagnostics.omit(design.columns().get(j).term(), "collinearity");
				diagnostics.note(design.columns().get(j).term() + " omitted because of collinearity");
			} else {
				sweep(a, m, c);
			}
		}
		if (!any) {
			return new Checked(design, xx);
		}
		int kept = 0;
		int[] index = new int[k];
		for (int j = 0; j < k; j++) {
			if (keep[j]) {
				index[kept++] = j;
			}
		}
		double[] keptCross = new double[kept * kept];
		for (int r = 0; r < kept; r++) {
			for (int c = 0; c < kept; c++) {
				keptCross[r * kept + c] = xx[index[r] * k + index[c]];
			}
		}
		return new Checked(design.selectColumns(keep), keptCross);
	}

	/** X'WX (k x k) then X'w (k values) of the rows [from, to), added to {@code into}. */
	private static void crossProducts(DesignMatrix design, int from, int to, double[] into) {
		int n = design.rows();
		int k = design.columnCount();
		double[] x = design.x();
		double[] weights = design.weights();
		double[] xx = new double[k * k];
		double[] xw = new double[k];
		int block = Kernels.blockRows(k);
		double[] w = new double[block];
		if (weights == null) {
			Arrays.fill(w, 1.0);
		}
		for (int r0 = from; r0 < to; r0 += block) {
			int r1 = Math.min(to, r0 + block);
			if (weights != null) {
				System.arraycopy(weights, r0, w, 0, r1 - r0);
			}
			Kernels.weightedCrossProductAdd(x, n, k, r0, r1, w, xx);
			Kernels.transposeMultiplyAdd(x, n, k, r0, r1, w, xw);
		}
		for (int i = 0; i < k * k; i++) {
			into[i] += xx[i];
		}
		for (int j = 0; j < k; j++) {
			into[k * k + j] += xw[j];
		}
	}

	/** Sweeps the symmetric m x m matrix {@code a} on pivot {@code p} (Goodnight's sweep, residual part only). */
	private static void sweep(double[] a, int m, int p) {
		double pivot = a[p * m + p];
		if (pivot <= 0) {
			return;
		}
		for (int i = 0; i < m; i++) {
			if (i == p) {
				continue;
			}
			double factor = a[i * m + p] / pivot;
			if (factor == 0) {
				continue;
			}
			for (int j = 0; j < m; j++) {
				if (j != p) {
					a[i * m + j] -= factor * a[p * m + j];
				}
			}
		}
		for (int j = 0; j < m; j++) {
			a[p * m + j] = 0;
			a[j * m + p] = 0;
		}
	}
}
