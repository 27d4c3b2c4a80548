package org.voxpop.estimation;

import java.util.Arrays;

/**
 * Where an {@link IndexModel} writes the derivatives of one observation's log-likelihood contribution, or of one
 * outcome probability, with respect to the linear index {@code eta} and the ancillary parameters (cutpoints).
 * <p>
 * The platform clears the object before each call; a model sets only what is not zero. Indices of ancillary
 * parameters are 0-based positions in {@link IndexModel#ancillaryParameterNames()}.
 */
public final class Derivatives {

	private final int ancillaryCount;
	private double eta;
	private double etaEta;
	private final double[] ancillary;
	private final double[] etaAncillary;
	private final double[] ancillaryAncillary;
	/** Bit a is set when ancillary parameter a has a non-zero entry (for up to 64 ancillary parameters). */
	private long touched;

	/** @param ancillaryCount the number of ancillary parameters of the model */
	public Derivatives(int ancillaryCount) {
		this.ancillaryCount = ancillaryCount;
		this.ancillary = new double[ancillaryCount];
		this.etaAncillary = new double[ancillaryCount];
		this.ancillaryAncillary = new double[ancillaryCount * ancillaryCount];
	}

	/** Sets the first and second derivatives with respect to eta. */
	public void eta(double first, double second) {
		eta = first;
		etaEta = second;
	}

	/** Sets the first derivative with respect to ancillary parameter {@code a}. */
	public void ancillary(int a, double first) {
		ancillary[a] = first;
		touched |= 1L << a;
	}

	/** Sets the mixed second derivative with respect to eta and ancillary parameter {@code a}. */
	public void etaAncillary(int a, double second) {
		etaAncillary[a] = second;
		touched |= 1L << a;
	}

	/** Sets the second derivative with respect to ancillary parameters {@code a} and {@code b} (both orders). */
	public void ancillaryAncillary(int a, int b, double second) {
		ancillaryAncillary[a * ancillaryCount + b] = second;
		ancillaryAncillary[b * ancillaryCount + a] = second;
		touched |= (1L << a) | (1L << b);
	}

	public double eta() {
		return eta;
	}

	public double etaEta() {
		return etaEta;
	}

	public double ancillary(int a) {
		return ancillary[a];
	}

	public double etaAncillary(int a) {
		return etaAncillary[a];
	}

	public double ancillaryAncillary(int a, int b) {
		return ancillaryAncillary[a * ancillaryCount + b];
	}

	/**
	 * Bit {@code a} is set when the model wrote a derivative involving ancillary parameter {@code a} since the last
	 * {@link #clear()}; all bits are set when there are more than 64. The platform reads only those.
	 */
	public long touchedAncillary() {
		return ancillaryCount > 64 ? -1L : touched;
	}

	public int ancillaryCount() {
		return ancillaryCount;
	}

	/** Sets everything to zero; called by the platform before each evaluation. */
	public void clear() {
		eta = 0;
		etaEta = 0;
		if (ancillaryCount > 64) {
			Arrays.fill(ancillary, 0);
			Arrays.fill(etaAncillary, 0);
			Arrays.fill(ancillaryAncillary, 0);
		} else if (touched != 0) {
			// a row touches one or two cutpoints: reset only those
			for (long rows = touched; rows != 0; rows &= rows - 1) {
				int a = Long.numberOfTrailingZeros(rows);
				ancillary[a] = 0;
				etaAncillary[a] = 0;
				for (long columns = touched; columns != 0; columns &= columns - 1) {
					ancillaryAncillary[a * ancillaryCount + Long.numberOfTrailingZeros(columns)] = 0;
				}
			}
			touched = 0;
		}
	}
}
