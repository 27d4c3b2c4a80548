package org.voxpop.frequencies.internal;

import org.apache.commons.math3.distribution.TDistribution;
import org.voxpop.frequencies.Estimate;

/**
 * Weighted shares on domains of a weight-only design (R: {@code svydesign(ids = ~1, weights = ~w)}, then
 * {@code subset}), with linearisation standard errors and logit intervals. See {@link Estimate} for the conventions.
 * <p>
 * Each row has a replication (its frequency weight, else 1: the row stands for that many identical rows) and a
 * sampling weight (else 1). A frequency-weighted dataset thus gives the numbers of the dataset with every row
 * repeated, and an unweighted one those of weights all 1.
 */
public final class DomainEstimator {

	private final double[] replication;
	private final double[] weight;
	private final int rows;
	private final double n;

	/**
	 * @param replication each row's count (frequency weights), or {@code null} for 1; non-negative, not NaN
	 * @param weight      each row's sampling weight, or {@code null} for 1; non-negative, not NaN
	 * @param rows        the number of rows
	 */
	public DomainEstimator(double[] replication, double[] weight, int rows) {
		this.replication = replication;
		this.weight = weight;
		this.rows = rows;
		double total = 0;
		for (int i = 0; i < rows; i++) {
			total += replication(i);
		}
		this.n = total;
	}

	public int rows() {
		return rows;
	}

	/** The row's count: its frequency weight, else 1. */
	public double replication(int row) {
		return replication == null ? 1 : replication[row];
	}

	/** The row's sampling weight, else 1. */
	public double weight(int row) {
		return weight == null ? 1 : weight[row];
	}

	/** The number of respondents the rows stand for: the rows, or the sum of the frequency weights. */
	public double respondents() {
		return n;
	}

	/**
	 * A set of rows with what every estimate on it needs, summed in one pass: its respondents (frequency weights
	 * counted), its estimated population total (replication × weight), and its degrees of freedom (respondents with
	 * a positive weight, minus one).
	 */
	public record Domain(boolean[] rows, double count, double total, double degreesOfFreedom) {
	}

	/** The domain of these rows. */
	public Domain domain(boolean[] rows) {
		double count = 0;
		double total = 0;
		double positive = 0;
		for (int i = 0; i < this.rows; i++) {
			if (rows[i]) {
				double r = replication(i);
				count += r;
				total += r * weight(i);
				positive += weight(i) > 0 ? r : 0;
			}
		}
		return new Domain(rows, count, total, positive - 1);
	}

	/**
	 * The share of the {@code selected} rows within {@code domain} (selected rows outside it are not counted), in
	 * percent, with its standard error and logit interval at the given level.
	 */
	public Estimate share(Domain domain, Domain selected, double level) {
		if (!(domain.total() > 0)) {
			return new Estimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
		}
		boolean[] in = domain.rows();
		boolean[] chosen = selected.rows();
		double selectedTotal = 0;
		for (int i = 0; i < rows; i++) {
			if (in[i] && chosen[i]) {
				selectedTotal += replication(i) * weight(i);
			}
		}
		double p = selectedTotal / domain.total();
		// z_i = w_i (y_i - p) / W_D in the domain, 0 outside; their weighted mean is 0
		double sum = 0;
		for (int i = 0; i < rows; i++) {
			if (in[i]) {
				double z = weight(i) * ((chosen[i] ? 1 : 0) - p) / domain.total();
				sum += replication(i) * z * z;
			}
		}
		double se = n > 1 ? Math.sqrt(n / (n - 1) * sum) : Double.NaN;
		double[] interval = logitInterval(p, se, domain.degreesOfFreedom(), level);
		return new Estimate(100 * p, 100 * se, 100 * interval[0], 100 * interval[1]);
	}

	/**
	 * The logit interval of a proportion: expit(logit(p) ± t·se/(p(1−p))), t the two-sided quantile of Student's t
	 * with {@code df} degrees of freedom. At p = 0 or 1 the interval is the point; NaN if se or df is not usable.
	 */
	static double[] logitInterval(double p, double se, double df, double level) {
		if (p == 0 || p == 1) {
			return new double[] { p, p };
		}
		if (!(df >= 1) || Double.isNaN(se)) {
			return new double[] { Double.NaN, Double.NaN };
		}
		double t = new TDistribution(null, df).inverseCumulativeProbability(0.5 + level / 2);
		double logit = Math.log(p / (1 - p));
		double half = t * se / (p * (1 - p));
		return new double[] { expit(logit - half), expit(logit + half) };
	}

	private static double expit(double x) {
		return 1 / (1 + Math.exp(-x));
	}
}
