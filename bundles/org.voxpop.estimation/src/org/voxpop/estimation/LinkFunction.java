package org.voxpop.estimation;

/**
 * A continuous distribution on the real line used as the link of a binary or ordered model: Pr(y = 1) = F(eta) for
 * {@link BinaryIndexModel}, Pr(y <= j) = F(cut_j - eta) for {@link OrderedIndexModel}. The logistic distribution
 * gives logit and ordered logit, the standard normal probit and ordered probit.
 * <p>
 * Contract: all methods accept every finite {@code t} and return finite values; {@code cdf} and {@code survival}
 * may underflow to 0 far in their tails, which is why the log forms exist. The defaults compute the log forms from
 * the others; override them where that loses precision in the tails (it does for every common link).
 */
public interface LinkFunction {

	/** F(t). */
	double cdf(double t);

	/** 1 - F(t), accurate where F(t) is close to 1. */
	double survival(double t);

	/** f(t) = F'(t). */
	double density(double t);

	/** f'(t). */
	double densityDerivative(double t);

	/** F<sup>-1</sup>(p) for 0 &lt; p &lt; 1; used for starting values. */
	double quantile(double p);

	/** log F(t). */
	default double logCdf(double t) {
		return Math.log(cdf(t));
	}

	/** log(1 - F(t)). */
	default double logSurvival(double t) {
		return Math.log(survival(t));
	}

	/** d log F(t) / dt = f(t) / F(t). */
	default double logCdfDerivative(double t) {
		return density(t) / cdf(t);
	}

	/** d<sup>2</sup> log F(t) / dt<sup>2</sup> = f'(t) / F(t) - (f(t) / F(t))<sup>2</sup>. */
	default double logCdfSecondDerivative(double t) {
		double r = logCdfDerivative(t);
		return densityDerivative(t) / cdf(t) - r * r;
	}

	/** d log(1 - F(t)) / dt = -f(t) / (1 - F(t)). */
	default double logSurvivalDerivative(double t) {
		return -density(t) / survival(t);
	}

	/** d<sup>2</sup> log(1 - F(t)) / dt<sup>2</sup> = -f'(t) / (1 - F(t)) - (f(t) / (1 - F(t)))<sup>2</sup>. */
	default double logSurvivalSecondDerivative(double t) {
		double r = logSurvivalDerivative(t);
		return -densityDerivative(t) / survival(t) - r * r;
	}

	/**
	 * F(t), 1 - F(t), f(t) and f'(t) into {@code into[0..3]}: what ordered models and margins need per observation.
	 * Override to share work between them (one exponential for the logistic link).
	 */
	default void cdfTerms(double t, double[] into) {
		into[0] = cdf(t);
		into[1] = survival(t);
		into[2] = density(t);
		into[3] = densityDerivative(t);
	}

	/** log F(t) and its first and second derivatives into {@code into[0..2]}; override to share work. */
	default void logCdfTerms(double t, double[] into) {
		into[0] = logCdf(t);
		into[1] = logCdfDerivative(t);
		into[2] = logCdfSecondDerivative(t);
	}

	/** log(1 - F(t)) and its first and second derivatives into {@code into[0..2]}; override to share work. */
	default void logSurvivalTerms(double t, double[] into) {
		into[0] = logSurvival(t);
		into[1] = logSurvivalDerivative(t);
		into[2] = logSurvivalSecondDerivative(t);
	}

	/**
	 * {@link #cdfTerms(double, double[])} for a block of finite arguments: F, 1 - F, f and f' at {@code t[i]} into
	 * {@code cdf[i]}, {@code survival[i]}, {@code density[i]} and {@code slope[i]} for {@code i < count}. The default
	 * calls it element by element; links with a vectorised form override it (the logistic with
	 * {@link LinkKernels#logisticCdfTerms}).
	 */
	default void cdfTerms(double[] t, int count, double[] cdf, double[] survival, double[] density, double[] slope) {
		double[] terms = new double[4];
		for (int i = 0; i < count; i++) {
			cdfTerms(t[i], terms);
			cdf[i] = terms[0];
			survival[i] = terms[1];
			density[i] = terms[2];
			slope[i] = terms[3];
		}
	}

	/**
	 * A binary outcome's log-likelihood terms for a block of rows: for row {@code from + i} at index {@code eta[i]},
	 * log F(eta) and its first two derivatives if y = 1, log(1 - F(eta)) and its derivatives otherwise, into
	 * {@code value[i]}, {@code first[i]}, {@code second[i]} for {@code i < count}. The default calls
	 * {@link #logCdfTerms} or {@link #logSurvivalTerms} row by row; links with a vectorised form override it (the
	 * logistic with {@link LinkKernels#logisticBinaryTerms}).
	 *
	 * @param y the outcome, 1 or 0, read at {@code [from, from + count)}
	 */
	default void binaryTerms(double[] y, int from, int count, double[] eta, double[] value, double[] first,
			double[] second) {
		double[] terms = new double[3];
		for (int i = 0; i < count; i++) {
			if (y[from + i] == 1) {
				logCdfTerms(eta[i], terms);
			} else {
				logSurvivalTerms(eta[i], terms);
			}
			value[i] = terms[0];
			first[i] = terms[1];
			second[i] = terms[2];
		}
	}
}
