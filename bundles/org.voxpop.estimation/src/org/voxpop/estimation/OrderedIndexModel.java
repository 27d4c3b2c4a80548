package org.voxpop.estimation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.voxpop.data.Codes;
import org.voxpop.estimation.internal.Kernels;

/**
 * An ordered-outcome model with categories y<sub>1</sub> &lt; ... &lt; y<sub>J</sub> (the distinct outcome values
 * in the estimation sample) and cutpoints cut<sub>1</sub> &lt; ... &lt; cut<sub>J-1</sub>:
 * Pr(y &le; y<sub>j</sub> | x) = F(cut<sub>j</sub> - x b), Stata's and R's (MASS::polr, ordinal::clm)
 * parametrisation. The design has no constant; the cutpoints take its place. With the logistic F this is
 * {@code ologit}, with the normal {@code oprobit}. An instance is used by one thread at a time.
 */
public final class OrderedIndexModel implements IndexModel {

	private final LinkFunction link;
	private final double[] categories;
	private final int[] category;
	private final int columns;
	private final double[] initialCutpoints;
	/** The weight of each category in the design. */
	private final double[] counts;
	private final double[] upper = new double[4];
	private final double[] lower = new double[4];
	private final double[] near = new double[3];
	private final double[] far = new double[3];
	/** The link terms of each cutpoint for {@link #probabilities}: F, 1 - F, f, f' at cut_a - eta. */
	private double[] cutTerms;
	/** Scratch of the block form: the arguments and link terms at the upper and lower cutpoints, by row. */
	private double[][] blockTerms;
	private Derivatives rowDerivatives;

	private OrderedIndexModel(DesignMatrix design, LinkFunction link, double[] categories, int[] category,
			double[] counts, double[] cumulative) {
		this.link = link;
		this.counts = counts;
		this.categories = categories;
		this.category = category;
		this.columns = design.columnCount();
		this.initialCutpoints = new double[categories.length - 1];
		for (int j = 0; j < initialCutpoints.length; j++) {
			initialCutpoints[j] = link.quantile(cumulative[j]);
		}
	}

	/**
	 * Maps the outcome to its categories and returns the model.
	 *
	 * @throws EstimationException if the outcome does not vary, or the design has a constant
	 */
	public static OrderedIndexModel of(DesignMatrix design, LinkFunction link) throws EstimationException {
		if (design.constantIndex() >= 0) {
			throw new EstimationException("an ordered model has cutpoints instead of a constant; its estimator must "
					+ "not ask for _cons");
		}
		double[] y = design.y();
		double[] categories = distinctValues(y);
		if (categories.length < 2) {
			throw new EstimationException("outcome " + design.outcomeName() + " does not vary: it is always "
					+ Codes.format(categories[0]) + " in the estimation sample");
		}
		int[] category = new int[y.length];
		double[] counts = new double[categories.length];
		double lowest = categories[0];
		double span = categories[categories.length - 1] - lowest;
		boolean smallIntegers = span < SMALL_CODE_RANGE;
		for (double code : categories) {
			smallIntegers &= code == Math.rint(code);
		}
		if (smallIntegers) { // the usual outcome codes: a table from code to category
			int[] table = new int[(int) span + 1];
			for (int j = 0; j < categories.length; j++) {
				table[(int) (categories[j] - lowest)] = j;
			}
			for (int i = 0; i < y.length; i++) {
				category[i] = table[(int) (y[i] - lowest)];
			}
		} else {
			for (int i = 0; i < y.length; i++) {
				category[i] = Arrays.binarySearch(categories, y[i]);
			}
		}
		double[] weights = design.weights();
		for (int i = 0; i < y.length; i++) {
			counts[category[i]] += weights == null ? 1 : weights[i];
		}
		double total = Arrays.stream(counts).sum();
		double[] cumulative = new double[categories.length - 1];
		double running = 0;
		for (int j = 0; j < cumulative.length; j++) {
			running += counts[j];
			cumulative[j] = running / total;
		}
		return new OrderedIndexModel(design, link, categories, category, counts, cumulative);
	}

	/**
	 * The distinct values, sorted, without boxing. An outcome has few, usually small integers: those are marked in a
	 * table; other values are sorted.
	 */
	private static double[] distinctValues(double[] y) {
		double lowest = Double.POSITIVE_INFINITY;
		double highest = Double.NEGATIVE_INFINITY;
		boolean integers = true;
		for (double value : y) {
			lowest = Math.min(lowest, value);
			highest = Math.max(highest, value);
			integers &= value == Math.rint(value);
		}
		if (integers && highest - lowest < SMALL_CODE_RANGE) { // the usual outcome codes: mark them in a table
			boolean[] seen = new boolean[(int) (highest - lowest) + 1];
			for (double value : y) {
				seen[(int) (value - lowest)] = true;
			}
			double[] values = new double[seen.length];
			int count = 0;
			for (int c = 0; c < seen.length; c++) {
				if (seen[c]) {
					values[count++] = lowest + c;
				}
			}
			return Arrays.copyOf(values, count);
		}
		double[] sorted = y.clone(); // other codes: sorted, then each kept once
		Arrays.sort(sorted);
		int count = 0;
		for (double value : sorted) {
			if (count == 0 || value != sorted[count - 1]) {
				sorted[count++] = value;
			}
		}
		return Arrays.copyOf(sorted, count);
	}

	/** The weight of each category in the design, in order; a fresh array. */
	double[] outcomeWeights() {
		return counts.clone();
	}

	/** Each row's category, an index into {@link #categories()}; the model's own array, not to be modified. */
	int[] categoryIndex() {
		return category;
	}

	/** The link F of Pr(y &lt;= j) = F(cut_j - xb). */
	public LinkFunction link() {
		return link;
	}

	/** The outcome categories, in order; a fresh array. */
	public double[] categories() {
		return categories.clone();
	}

	@Override
	public List<String> ancillaryParameterNames() {
		List<String> names = new ArrayList<>();
		for (int j = 1; j < categories.length; j++) {
			names.add("cut" + j);
		}
		return names;
	}

	@Override
	public double[] initialValues() {
		double[] theta = new double[columns + initialCutpoints.length];
		System.arraycopy(initialCutpoints, 0, theta, columns, initialCutpoints.length);
		return theta;
	}

	@Override
	public double[] predictedOutcomes() {
		return categories.clone();
	}

	@Override
	public double contribution(int row, double eta, double[] cut, Derivatives out) {
		int j = category[row];
		int last = categories.length - 1;
		if (j == 0) {
			link.logCdfTerms(cut[0] - eta, upper);
			if (out != null) {
				double d1 = upper[1];
				double d2 = upper[2];
				out.eta(-d1, d2);
				out.ancillary(0, d1);
				out.etaAncillary(0, -d2);
				out.ancillaryAncillary(0, 0, d2);
			}
			return upper[0];
		}
		if (j == last) {
			link.logSurvivalTerms(cut[last - 1] - eta, lower);
			if (out != null) {
				double d1 = lower[1];
				double d2 = lower[2];
				out.eta(-d1, d2);
				out.ancillary(last - 1, d1);
				out.etaAncillary(last - 1, -d2);
				out.ancillaryAncillary(last - 1, last - 1, d2);
			}
			return lower[0];
		}
		double b = cut[j - 1] - eta;
		link.cdfTerms(cut[j] - eta, upper);
		link.cdfTerms(b, lower);
		double p = b > 0 ? lower[1] - upper[1] : upper[0] - lower[0];
		if (!(p > TINY)) {
			return tailContribution(j, cut[j] - eta, b, out);
		}
		if (out != null) {
			double fa = upper[2] / p;
			double fb = lower[2] / p;
			contributionDerivatives(j, fa, fb, upper[3] / p, lower[3] / p, out);
		}
		return Math.log(p);
	}

	/**
	 * The block form of {@link #contribution}: the link's terms at both cutpoints of every row come from one
	 * (vectorised) call each, the logarithms from one more. A row whose probability is too small for that (a middle
	 * category far in a tail) is left to {@link #contribution}.
	 */
	@Override
	public boolean contributions(int from, int count, double[] eta, double[] cut, RowBlock out) {
		if (blockTerms == null || blockTerms[0].length < count) {
			blockTerms = new double[11][count];
			rowDerivatives = new Derivatives(cut.length);
		}
		double[] upperAt = blockTerms[0];
		double[] lowerAt = blockTerms[1];
		double[] upperCdf = blockTerms[2];
		double[] upperSurvival = blockTerms[3];
		double[] upperDensity = blockTerms[4];
		double[] upperSlope = blockTerms[5];
		double[] lowerCdf = blockTerms[6];
		double[] lowerSurvival = blockTerms[7];
		double[] lowerDensity = blockTerms[8];
		double[] lowerSlope = blockTerms[9];
		double[] probability = blockTerms[10];
		int last = categories.length - 1;
		for (int i = 0; i < count; i++) {
			int j = category[from + i];
			upperAt[i] = j < last ? cut[j] - eta[i] : 0; // no cutpoint: any finite value, its terms are not read
			lowerAt[i] = j > 0 ? cut[j - 1] - eta[i] : 0;
		}
		link.cdfTerms(upperAt, count, upperCdf, upperSurvival, upperDensity, upperSlope);
		link.cdfTerms(lowerAt, count, lowerCdf, lowerSurvival, lowerDensity, lowerSlope);
		for (int i = 0; i < count; i++) {
			int j = category[from + i];
			// F(a) - F(b), or S(b) - S(a) where both are above the median; F(cut_J) = 1, F(cut_0) = 0
			double upper = j == last ? (lowerAt[i] > 0 ? 0 : 1) : lowerAt[i] > 0 && j > 0 ? upperSurvival[i] : upperCdf[i];
			double lower = j == 0 ? 0 : lowerAt[i] > 0 ? lowerSurvival[i] : lowerCdf[i];
			probability[i] = lowerAt[i] > 0 && j > 0 ? lower - upper : upper - lower;
		}
		Kernels.log(probability, count, out.value);
		for (int i = 0; i < count; i++) {
			int j = category[from + i];
			double p = probability[i];
			if (!(p > TINY)) {
				Derivatives d = rowDerivatives;
				d.clear();
				double value = contribution(from + i, eta[i], cut, d);
				out.set(i, value, d);
				continue;
			}
			double fa = j < last ? upperDensity[i] / p : 0;
			double fpa = j < last ? upperSlope[i] / p : 0;
			double fb = j > 0 ? lowerDensity[i] / p : 0;
			double fpb = j > 0 ? lowerSlope[i] / p : 0;
			double laa = fpa - fa * fa;
			double lbb = -fpb - fb * fb;
			double lab = fa * fb;
			out.eta[i] = fb - fa;
			out.etaEta[i] = laa + 2 * lab + lbb;
			out.upper[i] = j < last ? j : -1;
			out.upperScore[i] = fa;
			out.etaUpper[i] = -(laa + lab);
			out.upperUpper[i] = laa;
			out.lower[i] = j > 0 ? j - 1 : -1;
			out.lowerScore[i] = -fb;
			out.etaLower[i] = -(lab + lbb);
			out.lowerLower[i] = lbb;
			out.lowerUpper[i] = lab;
		}
		return true;
	}

	/**
	 * All categories' probabilities with each cutpoint's link terms computed once: Pr(y_j) = F(a_j) - F(a_{j-1}),
	 * a_j = cut_j - eta, with the derivatives of {@link #probability}.
	 */
	@Override
	public boolean probabilities(double eta, double[] cut, double[] probabilities, double[] etaFirst, double[] etaSecond,
			double[] etaAncillary) {
		int cutpoints = categories.length - 1;
		if (cutTerms == null || cutTerms.length != 4 * cutpoints) {
			cutTerms = new double[4 * cutpoints];
		}
		for (int a = 0; a < cutpoints; a++) {
			link.cdfTerms(cut[a] - eta, upper);
			System.arraycopy(upper, 0, cutTerms, 4 * a, 4);
		}
		java.util.Arrays.fill(etaAncillary, 0, (cutpoints + 1) * cutpoints, 0);
		for (int j = 0; j <= cutpoints; j++) {
			int u = 4 * j;
			int l = 4 * (j - 1);
			double dEta = 0;
			double dEtaEta = 0;
			if (j == 0) {
				probabilities[j] = cutTerms[u];
			} else if (j == cutpoints) {
				probabilities[j] = cutTerms[l + 1];
			} else {
				probabilities[j] = cut[j - 1] - eta > 0 ? cutTerms[l + 1] - cutTerms[u + 1] : cutTerms[u] - cutTerms[l];
			}
			if (j < cutpoints) {
				dEta -= cutTerms[u + 2];
				dEtaEta += cutTerms[u + 3];
				etaAncillary[j * cutpoints + j] = -cutTerms[u + 3];
			}
			if (j > 0) {
				dEta += cutTerms[l + 2];
				dEtaEta -= cutTerms[l + 3];
				etaAncillary[j * cutpoints + j - 1] = cutTerms[l + 3];
			}
			etaFirst[j] = dEta;
			etaSecond[j] = dEtaEta;
		}
		return true;
	}

	/** Integer outcome codes spanning less than this are mapped to categories through a table. */
	private static final int SMALL_CODE_RANGE = 4096;

	/** Below this a middle category's probability is taken in logs, where F(a) - F(b) would lose its digits. */
	private static final double TINY = 1e-200;

	/**
	 * A middle category far in one tail (both a = cut_j - eta and b = cut_{j-1} - eta beyond the link's range):
	 * log P = log F(a) + log(1 - F(b)/F(a)) in the lower tail, log S(b) + log(1 - S(a)/S(b)) in the upper, with the
	 * ratios f/P and f'/P from the log forms, so nothing underflows.
	 */
	private double tailContribution(int j, double a, double b, Derivatives out) {
		double logP;
		double fa;
		double fb;
		double fpa;
		double fpb;
		if (b > 0) { // upper tail: S(b) > S(a)
			link.logSurvivalTerms(b, near);
			link.logSurvivalTerms(a, far);
			double r = Math.exp(far[0] - near[0]);
			logP = near[0] + Math.log1p(-r);
			fb = -near[1] / (1 - r); // f(b)/P = (f(b)/S(b)) / (1 - r)
			fa = -far[1] * r / (1 - r);
			fpb = (-near[2] - near[1] * near[1]) / (1 - r); // f'/S = -d2 log S - (d log S)^2
			fpa = (-far[2] - far[1] * far[1]) * r / (1 - r);
		} else { // lower tail: F(a) > F(b)
			link.logCdfTerms(a, near);
			link.logCdfTerms(b, far);
			double r = Math.exp(far[0] - near[0]);
			logP = near[0] + Math.log1p(-r);
			fa = near[1] / (1 - r); // f(a)/P = (f(a)/F(a)) / (1 - r)
			fb = far[1] * r / (1 - r);
			fpa = (near[2] + near[1] * near[1]) / (1 - r); // f'/F = d2 log F + (d log F)^2
			fpb = (far[2] + far[1] * far[1]) * r / (1 - r);
		}
		if (out != null) {
			contributionDerivatives(j, fa, fb, fpa, fpb, out);
		}
		return logP;
	}

	/**
	 * The derivatives of log P for a middle category from fa = f(a)/P, fb = f(b)/P, fpa = f'(a)/P, fpb = f'(b)/P.
	 */
	private static void contributionDerivatives(int j, double fa, double fb, double fpa, double fpb, Derivatives out) {
		double la = fa;
		double lb = -fb;
		double laa = fpa - fa * fa;
		double lbb = -fpb - fb * fb;
		double lab = fa * fb;
		out.eta(-(la + lb), laa + 2 * lab + lbb);
		out.ancillary(j, la);
		out.ancillary(j - 1, lb);
		out.etaAncillary(j, -(laa + lab));
		out.etaAncillary(j - 1, -(lab + lbb));
		out.ancillaryAncillary(j, j, laa);
		out.ancillaryAncillary(j - 1, j - 1, lbb);
		out.ancillaryAncillary(j, j - 1, lab);
	}

	/**
	 * Pr(y = y_j) = F(cut_j - eta) - F(cut_{j-1} - eta), with F(cut_0 - eta) = 0 and F(cut_J - eta) = 1; the
	 * difference is taken in the survival function when both arguments are positive, to keep its digits.
	 */
	@Override
	public double probability(int j, double eta, double[] cut, Derivatives out) {
		int last = categories.length - 1;
		boolean hasUpper = j < last;
		boolean hasLower = j > 0;
		if (hasUpper) {
			link.cdfTerms(cut[j] - eta, upper);
		}
		if (hasLower) {
			link.cdfTerms(cut[j - 1] - eta, lower);
		}
		double p;
		if (!hasLower) {
			p = upper[0];
		} else if (!hasUpper) {
			p = lower[1];
		} else {
			p = cut[j - 1] - eta > 0 ? lower[1] - upper[1] : upper[0] - lower[0];
		}
		if (out != null) {
			double dEta = 0;
			double dEtaEta = 0;
			if (hasUpper) {
				dEta -= upper[2];
				dEtaEta += upper[3];
				out.ancillary(j, upper[2]);
				out.etaAncillary(j, -upper[3]);
			}
			if (hasLower) {
				dEta += lower[2];
				dEtaEta -= lower[3];
				out.ancillary(j - 1, -lower[2]);
				out.etaAncillary(j - 1, lower[3]);
			}
			out.eta(dEta, dEtaEta);
		}
		return p;
	}
}
