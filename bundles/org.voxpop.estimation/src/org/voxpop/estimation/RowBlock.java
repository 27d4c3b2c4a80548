package org.voxpop.estimation;

import java.util.Arrays;

/**
 * The log-likelihood contributions of a block of rows and their derivatives, for models whose rows each depend on at
 * most two ancillary parameters, called the row's lower and upper one (an ordered model's row: the cutpoints below
 * and above its category). {@link IndexModel#contributions(int, int, double[], double[], RowBlock)} fills it; the
 * platform reads it. Arrays are indexed by the row's place in the block, {@code 0 <= i < count}; every array has
 * {@link #capacity()} places.
 * <p>
 * For row i: {@link #value} is log f(y | eta, ancillary), unweighted (or {@code Double.NEGATIVE_INFINITY} for a zero
 * likelihood); {@link #eta} and {@link #etaEta} its first and second derivatives with respect to eta;
 * {@link #lower} and {@link #upper} the indexes of the ancillary parameters it depends on, or -1 where it depends on
 * none (an ordered model's lowest category has no lower cutpoint); and for those parameters the first derivatives
 * ({@link #lowerScore}, {@link #upperScore}), the eta cross derivatives ({@link #etaLower}, {@link #etaUpper}) and
 * the second derivatives ({@link #lowerLower}, {@link #upperUpper}, {@link #lowerUpper}). Values for an index of -1
 * are not read.
 */
public final class RowBlock {

	public final double[] value;
	public final double[] eta;
	public final double[] etaEta;
	public final int[] lower;
	public final int[] upper;
	public final double[] lowerScore;
	public final double[] upperScore;
	public final double[] etaLower;
	public final double[] etaUpper;
	public final double[] lowerLower;
	public final double[] upperUpper;
	public final double[] lowerUpper;

	/** @param capacity the most rows a block will have; at least 1 */
	public RowBlock(int capacity) {
		if (capacity < 1) {
			throw new IllegalArgumentException("a block of " + capacity + " rows");
		}
		value = new double[capacity];
		eta = new double[capacity];
		etaEta = new double[capacity];
		lower = new int[capacity];
		upper = new int[capacity];
		Arrays.fill(lower, -1);
		Arrays.fill(upper, -1);
		lowerScore = new double[capacity];
		upperScore = new double[capacity];
		etaLower = new double[capacity];
		etaUpper = new double[capacity];
		lowerLower = new double[capacity];
		upperUpper = new double[capacity];
		lowerUpper = new double[capacity];
	}

	/** The most rows a block can have. */
	public int capacity() {
		return value.length;
	}

	/**
	 * Copies one row's derivatives, as {@link IndexModel#contribution} gives them into {@code from}, to place
	 * {@code i}: for a model's rows that its block form leaves to the row-by-row one (e.g. far in a tail).
	 *
	 * @param value the row's contribution
	 * @param from  its derivatives; at most two ancillary parameters touched
	 */
	public void set(int i, double value, Derivatives from) {
		this.value[i] = value;
		eta[i] = from.eta();
		etaEta[i] = from.etaEta();
		long touched = from.touchedAncillary();
		int first = touched == 0 ? -1 : Long.numberOfTrailingZeros(touched);
		long rest = touched == 0 ? 0 : touched & (touched - 1);
		int second = rest == 0 ? -1 : Long.numberOfTrailingZeros(rest);
		if ((rest & (rest - 1)) != 0) {
			throw new IllegalArgumentException("a row touches more than two ancillary parameters");
		}
		lower[i] = first;
		upper[i] = second;
		if (first >= 0) {
			lowerScore[i] = from.ancillary(first);
			etaLower[i] = from.etaAncillary(first);
			lowerLower[i] = from.ancillaryAncillary(first, first);
		}
		if (second >= 0) {
			upperScore[i] = from.ancillary(second);
			etaUpper[i] = from.etaAncillary(second);
			upperUpper[i] = from.ancillaryAncillary(second, second);
			lowerUpper[i] = first >= 0 ? from.ancillaryAncillary(first, second) : 0;
		}
	}
}
