package org.voxpop.estimation.internal;

import java.util.List;

/**
 * The log-likelihood of one model on one design matrix, with its first and second derivatives. The parameter
 * vector is the design's coefficients (one per design column, in order) followed by the ancillary parameters
 * this likelihood names (e.g. cutpoints).
 * <p>
 * Contract: {@link #evaluate} returns a finite value for every parameter vector the platform tries, or
 * {@code Double.NEGATIVE_INFINITY} where the likelihood is zero; it never throws for numerical reasons. The
 * platform maximises with Newton-Raphson and step halving and takes the observed information matrix
 * ({@code -Hessian}) at the maximum as the inverse covariance (OIM standard errors).
 */
public interface Likelihood {

	/**
	 * Names of the parameters after the design's coefficients, in Stata's notation ({@code cut1}, {@code cut2});
	 * empty if there are none.
	 */
	default List<String> ancillaryParameterNames() {
		return List.of();
	}

	/** Starting values for the maximisation, one per parameter; a fresh array. */
	double[] initialValues();

	/**
	 * Evaluates the log-likelihood and, if asked, its gradient and the observed information.
	 *
	 * @param theta       the parameters; not modified
	 * @param gradient    receives d logL / d theta, or {@code null} if not needed
	 * @param information receives -d2 logL / d theta d theta' in row-major order (p * p values, symmetric), or
	 *                    {@code null} if not needed
	 * @return the log-likelihood at {@code theta}
	 */
	double evaluate(double[] theta, double[] gradient, double[] information);
}
