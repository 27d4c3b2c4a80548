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
import org.voxpop.estimation.Likelihood;

/**
 * Maximises a {@link Likelihood} by Newton-Raphson with step halving. Converges when the Newton decrement
 * g'H^-1 g falls below {@value #DECREMENT_TOLERANCE}, which Newton's quadratic convergence reaches one step after
 * Stata's default criteria are met, so estimates agree with R and Stata to full double precision.
 */
public final class NewtonRaphson {

	static final double DECREMENT_TOLERANCE = 1e-20;
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
		double logL = likelihood.evaluate(theta, gradient, information);
		List<Double> log = new ArrayList<>();
		log.add(logL);
		boolean converged = false;
		int iteration = 0;
		while (iteration < maxIterations) {
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			double[] step = solve(information, gradient, p);
			double decrement = 0;
			for (int j = 0; j < p; j++) {
				decrement += gradient[j] * step[j];
			}
			if (decrement <= DECREMENT_TOLERANCE) {
				converged = true;
				break;
			}
			double[] candidate = new double[p];
			double scale = 1.0;
			double candidateL = Double.NEGATIVE_INFINITY;
			for (int halving = 0; halving <= MAX_HALVINGS; halving++) {
				for (int j = 0; j < p; j++) {
					candidate[j] = theta[j] + scale * step[j];
				}
				candidateL = likelihood.evaluate(candidate, null, null);
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
			logL = likelihood.evaluate(theta, gradient, information);
			log.add(logL);
			monitor.subTask("Iteration " + iteration + ": log likelihood = " + logL);
		}
		return new Maximum(theta, logL, inverse(information, p), converged, iteration, log);
	}

	private static RealMatrix matrix(double[] rowMajor, int p) {
		double[][] rows = new double[p][p];
		for (int i = 0; i < p; i++) {
			System.arraycopy(rowMajor, i * p, rows[i], 0, p);
		}
		return new Array2DRowRealMatrix(rows, false);
	}

	private static DecompositionSolver solver(double[] information, int p) throws EstimationException {
		try {
			return new CholeskyDecomposition(matrix(information, p), 1e-12, 1e-14).getSolver();
		} catch (NonPositiveDefiniteMatrixException | org.apache.commons.math3.linear.NonSymmetricMatrixException e) {
			throw new EstimationException("the information matrix is not positive definite: the likelihood is flat "
					+ "in some direction. Check for collinear predictors or a predictor that perfectly predicts the outcome.");
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
