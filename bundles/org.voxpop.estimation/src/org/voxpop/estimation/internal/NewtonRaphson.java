package org.voxpop.estimation.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.voxpop.estimation.EstimationException;

/**
 * Maximises a {@link Likelihood} by Newton-Raphson with step halving. Converges when the Newton decrement
 * g'H^-1 g falls below {@value #DECREMENT_TOLERANCE}, or below {@value #NOISE_DECREMENT} right after a step that
 * started below 1e-6 (the rounding floor of large weighted samples). A decrement d means the estimates are within
 * about sqrt(d) standard errors of the maximum: 1e-8 at the tolerance. Newton's quadratic convergence reaches it one
 * step after Stata's default criteria (g'H^-1 g below 1e-5) are met, typically with a decrement far below it.
 */
public final class NewtonRaphson {

	static final double DECREMENT_TOLERANCE = 1e-16;
	/**
	 * A decrement this small right after a step from an already tiny one is rounding noise (large weighted samples
	 * cannot reach {@link #DECREMENT_TOLERANCE}); the estimates are then within 1e-6 standard errors of the maximum.
	 */
	static final double NOISE_DECREMENT = 1e-12;
	private static final int MAX_HALVINGS = 50;

	/**
	 * @param theta         the parameters at the last iterate
	 * @param logLikelihood the log-likelihood there
	 * @param covariance    the inverse of the observed information there, row-major
	 * @param converged     whether the convergence criterion was met
	 * @param iterations    Newton steps taken
	 * @param log           log-likelihood at iteration 0, 1, ...
	 */
	public record Maximum(double[] theta, double logLikelihood, double[] covariance, boolean converged, int iterations,
			List<Double> log) {
	}

	private NewtonRaphson() {
	}

	public static Maximum maximize(Likelihood likelihood, int maxIterations, IProgressMonitor monitor)
			throws EstimationException {
		double[] theta = likelihood.initialValues();
		int p = theta.length;
		double[] gradient = new double[p];
		double[] information = new double[p * p];
		double[] nextGradient = new double[p];
		double[] nextInformation = new double[p * p];
		double logL = likelihood.evaluate(theta, gradient, information);
		List<Double> log = new ArrayList<>();
		log.add(logL);
		boolean converged = false;
		int iteration = 0;
		double previousDecrement = Double.POSITIVE_INFINITY;
		while (iteration < maxIterations) {
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			double[] step;
			try {
				step = solve(information, gradient, p);
			} catch (FlatLikelihoodException e) {
				throw new FlatLikelihoodException(logL);
			}
			double decrement = 0;
			for (int j = 0; j < p; j++) {
				decrement += gradient[j] * step[j];
			}
			if (decrement <= DECREMENT_TOLERANCE || (decrement <= NOISE_DECREMENT && previousDecrement <= 1e-6)) {
				converged = true;
				break;
			}
			previousDecrement = decrement;
			double[] candidate = new double[p];
			double scale = 1.0;
			double candidateL = Double.NEGATIVE_INFINITY;
			boolean withDerivatives = false;
			for (int halving = 0; halving <= MAX_HALVINGS; halving++) {
				for (int j = 0; j < p; j++) {
					candidate[j] = theta[j] + scale * step[j];
				}
				// The full step is nearly always taken: its derivatives come from the same pass over the design, which
				// is one pass per iteration instead of a value pass and a derivatives pass (1e6 x 20 logit: 47 instead
				// of 77-90 ms per iteration); a rejected full step costs the cross products of one pass. Halved steps
				// ask for the value only.
				withDerivatives = halving == 0;
				candidateL = withDerivatives ? likelihood.evaluate(candidate, nextGradient, nextInformation)
						: likelihood.evaluate(candidate, null, null);
				if (candidateL >= logL || Math.abs(candidateL - logL) <= 1e-15 * Math.abs(logL)) {
					break;
				}
				scale /= 2;
			}
			if (!(candidateL >= logL - 1e-15 * Math.abs(logL))) {
				break; // no step improves the likelihood: not concave here
			}
			theta = candidate;
			iteration++;
			if (withDerivatives) {
				double[] swap = gradient;
				gradient = nextGradient;
				nextGradient = swap;
				swap = information;
				information = nextInformation;
				nextInformation = swap;
				logL = candidateL;
			} else {
				logL = likelihood.evaluate(theta, gradient, information);
			}
			log.add(logL);
			monitor.subTask("Iteration " + iteration + ": log likelihood = " + logL);
		}
		double[] covariance;
		try {
			covariance = inverse(information, p);
		} catch (FlatLikelihoodException e) {
			throw new FlatLikelihoodException(logL);
		}
		return new Maximum(theta, logL, covariance, converged, iteration, log);
	}

	private static RealMatrix matrix(double[] rowMajor, int p) {
		double[][] rows = new double[p][p];
		for (int i = 0; i < p; i++) {
			System.arraycopy(rowMajor, i * p, rows[i], 0, p);
		}
		return new Array2DRowRealMatrix(rows, false);
	}

	/**
	 * The information matrix is not positive definite where the maximisation got to: the likelihood is flat in some
	 * direction there, typically because the outcome is (quasi-)perfectly predicted.
	 */
	public static final class FlatLikelihoodException extends EstimationException {

		private static final long serialVersionUID = 1L;
		private final double logLikelihood;

		FlatLikelihoodException(double logLikelihood) {
			super("the information matrix is not positive definite: the likelihood is flat in some direction. Check for "
					+ "collinear predictors or a predictor that perfectly predicts the outcome.");
			this.logLikelihood = logLikelihood;
		}

		/** The log-likelihood where it happened; {@code NaN} if unknown. */
		public double logLikelihood() {
			return logLikelihood;
		}
	}

	private static DecompositionSolver solver(double[] information, int p) throws EstimationException {
		try {
			return new CholeskyDecomposition(matrix(information, p), 1e-12, 1e-14).getSolver();
		} catch (NonPositiveDefiniteMatrixException | org.apache.commons.math3.linear.NonSymmetricMatrixException e) {
			throw new FlatLikelihoodException(Double.NaN);
		}
	}

	private static double[] solve(double[] information, double[] gradient, int p) throws EstimationException {
		return solver(information, p).solve(new ArrayRealVector(gradient, false)).toArray();
	}

	private static double[] inverse(double[] information, int p) throws EstimationException {
		RealMatrix inverse = solver(information, p).getInverse();
		double[] result = new double[p * p];
		for (int i = 0; i < p; i++) {
			for (int j = 0; j < p; j++) {
				result[i * p + j] = inverse.getEntry(i, j);
			}
		}
		return result;
	}
}
