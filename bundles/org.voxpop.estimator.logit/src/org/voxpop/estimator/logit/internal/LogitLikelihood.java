package org.voxpop.estimator.logit.internal;

import org.voxpop.estimation.DesignMatrix;
import org.voxpop.estimation.Likelihood;

/**
 * log L = sum y eta - log(1 + exp eta), with eta = x b; gradient sum (y - p) x; information sum p (1 - p) x x'.
 * Loops run over the column-major design one column at a time.
 */
final class LogitLikelihood implements Likelihood {

	private final double[] y;
	private final double[] x;
	private final int n;
	private final int k;
	private final double[] eta;
	private final double[] residual;
	private final double[] weight;

	LogitLikelihood(DesignMatrix design) {
		this.y = design.y();
		this.x = design.x();
		this.n = design.rows();
		this.k = design.columnCount();
		this.eta = new double[n];
		this.residual = new double[n];
		this.weight = new double[n];
	}

	@Override
	public double[] initialValues() {
		return new double[k];
	}

	@Override
	public double evaluate(double[] beta, double[] gradient, double[] information) {
		java.util.Arrays.fill(eta, 0.0);
		for (int j = 0; j < k; j++) {
			double b = beta[j];
			int offset = j * n;
			for (int i = 0; i < n; i++) {
				eta[i] += x[offset + i] * b;
			}
		}
		double logL = 0;
		for (int i = 0; i < n; i++) {
			double e = eta[i];
			// log(1 + exp(e)) without overflow
			double log1pExp = e > 0 ? e + Math.log1p(Math.exp(-e)) : Math.log1p(Math.exp(e));
			logL += y[i] * e - log1pExp;
			double p = 1 / (1 + Math.exp(-e));
			residual[i] = y[i] - p;
			weight[i] = p * (1 - p);
		}
		if (gradient != null) {
			for (int j = 0; j < k; j++) {
				int offset = j * n;
				double sum = 0;
				for (int i = 0; i < n; i++) {
					sum += residual[i] * x[offset + i];
				}
				gradient[j] = sum;
			}
		}
		if (information != null) {
			for (int j = 0; j < k; j++) {
				int offsetJ = j * n;
				for (int l = 0; l <= j; l++) {
					int offsetL = l * n;
					double sum = 0;
					for (int i = 0; i < n; i++) {
						sum += weight[i] * x[offsetJ + i] * x[offsetL + i];
					}
					information[j * k + l] = sum;
					information[l * k + j] = sum;
				}
			}
		}
		return logL;
	}
}
