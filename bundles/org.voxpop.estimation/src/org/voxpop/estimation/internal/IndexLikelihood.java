package org.voxpop.estimation.internal;

import java.util.List;

import org.voxpop.estimation.DesignMatrix;
import org.voxpop.estimation.Derivatives;
import org.voxpop.estimation.IndexModel;
import org.voxpop.estimation.Weight;

/**
 * The weighted log-likelihood of an {@link IndexModel} on a design, with its gradient and observed information
 * assembled from the model's per-observation derivatives by dense kernels, and the "meat" of robust and
 * cluster-robust sandwich variances.
 */
public final class IndexLikelihood implements Likelihood {

	private final DesignMatrix design;
	private final IndexModel model;
	private final int n;
	private final int k;
	private final int ancillaryCount;
	private final double[] eta;
	private final double[] etaScore;
	private final double[] etaInformation;
	private final double[] crossInformation;
	private final Derivatives derivatives;
	private final double[] ancillaryGradient;
	private final double[] ancillaryInformation;
	private double[] evaluatedTheta;
	private double evaluatedLogL;

	public IndexLikelihood(DesignMatrix design, IndexModel model) {
		this.design = design;
		this.model = model;
		this.n = design.rows();
		this.k = design.columnCount();
		this.ancillaryCount = model.ancillaryParameterNames().size();
		this.eta = new double[n];
		this.etaScore = new double[n];
		this.etaInformation = new double[n];
		this.crossInformation = new double[n * ancillaryCount];
		this.derivatives = new Derivatives(ancillaryCount);
		this.ancillaryGradient = new double[ancillaryCount];
		this.ancillaryInformation = new double[ancillaryCount * ancillaryCount];
	}

	@Override
	public List<String> ancillaryParameterNames() {
		return model.ancillaryParameterNames();
	}

	@Override
	public double[] initialValues() {
		return model.initialValues();
	}

	public IndexModel model() {
		return model;
	}

	public DesignMatrix design() {
		return design;
	}

	/** The linear index x b for every row, computed into a fresh array. */
	public double[] linearIndex(double[] theta) {
		double[] result = new double[n];
		Kernels.multiply(design.x(), n, k, theta, result);
		return result;
	}

	@Override
	public double evaluate(double[] theta, double[] gradient, double[] information) {
		if (evaluatedTheta == null || !java.util.Arrays.equals(theta, evaluatedTheta)) {
			evaluateRows(theta, null);
		}
		if (Double.isNaN(evaluatedLogL)) {
			return Double.NEGATIVE_INFINITY;
		}
		if (gradient != null) {
			Kernels.transposeMultiply(design.x(), n, k, etaScore, gradient);
			System.arraycopy(ancillaryGradient, 0, gradient, k, ancillaryCount);
		}
		if (information != null) {
			double[] block = new double[k * k];
			Kernels.weightedCrossProduct(design.x(), n, k, etaInformation, block);
			placeBlocks(block, crossInformation, ancillaryInformation, information);
		}
		return evaluatedLogL;
	}

	/**
	 * The row pass: the index, each row's weighted contribution and its derivatives, kept for the kernels. Newton's
	 * step halving asks for the value at a candidate and then, once accepted, for its derivatives at the same
	 * point: one pass serves both.
	 *
	 * @param ancillaryScores receives each row's weighted score for each ancillary parameter (column-major, n per
	 *                        parameter), for sandwich variances; {@code null} if not needed
	 */
	private void evaluateRows(double[] theta, double[] ancillaryScores) {
		int p = k + ancillaryCount;
		double[] ancillary = java.util.Arrays.copyOfRange(theta, k, p);
		Kernels.multiply(design.x(), n, k, theta, eta);
		java.util.Arrays.fill(ancillaryGradient, 0);
		java.util.Arrays.fill(ancillaryInformation, 0);
		double logL = 0;
		Derivatives d = derivatives;
		double[] weights = design.weights();
		for (int i = 0; i < n; i++) {
			double w = weights == null ? 1.0 : weights[i];
			d.clear();
			logL += w * model.contribution(i, eta[i], ancillary, d);
			etaScore[i] = w * d.eta();
			etaInformation[i] = -w * d.etaEta();
			if (ancillaryCount > 0) {
				long touched = d.touchedAncillary();
				for (int a = 0; a < ancillaryCount; a++) {
					if ((touched & (1L << a)) == 0) {
						crossInformation[a * n + i] = 0;
						if (ancillaryScores != null) {
							ancillaryScores[a * n + i] = 0;
						}
						continue;
					}
					crossInformation[a * n + i] = -w * d.etaAncillary(a);
					ancillaryGradient[a] += w * d.ancillary(a);
					if (ancillaryScores != null) {
						ancillaryScores[a * n + i] = w * d.ancillary(a);
					}
					for (int b = 0; b < ancillaryCount; b++) {
						ancillaryInformation[a * ancillaryCount + b] -= w * d.ancillaryAncillary(a, b);
					}
				}
			}
		}
		evaluatedTheta = theta.clone();
		evaluatedLogL = logL;
	}

	/** Writes [[XX, XA], [XA', AA]] into the p x p row-major {@code out}. */
	private void placeBlocks(double[] xx, double[] crossColumns, double[] aa, double[] out) {
		int p = k + ancillaryCount;
		for (int j = 0; j < k; j++) {
			System.arraycopy(xx, j * k, out, j * p, k);
		}
		double[] columns = new double[k * ancillaryCount];
		Kernels.transposeMultiply(design.x(), n, k, crossColumns, ancillaryCount, columns);
		for (int a = 0; a < ancillaryCount; a++) {
			for (int j = 0; j < k; j++) {
				out[j * p + k + a] = columns[a * k + j];
				out[(k + a) * p + j] = columns[a * k + j];
			}
			for (int b = 0; b < ancillaryCount; b++) {
				out[(k + a) * p + k + b] = aa[a * ancillaryCount + b];
			}
		}
	}

	/**
	 * The middle of the sandwich, sum over observations (or clusters) of the outer products of the weighted
	 * scores, without the small-sample factor.
	 *
	 * @param clustered whether to sum the scores within the design's clusters first
	 */
	public double[] scoreOuterProduct(double[] theta, boolean clustered) {
		int p = k + ancillaryCount;
		double[] ancillaryScores = new double[n * ancillaryCount];
		evaluateRows(theta, ancillaryScores); // etaScore then holds each row's weighted score for eta
		Weight weight = design.weight();
		boolean replicate = weight != null && weight.type() == Weight.Type.FREQUENCY;
		double[] meat = new double[p * p];
		if (clustered) {
			int g = design.clusterCount();
			int[] cluster = design.clusters();
			double[] sums = new double[g * p];
			double[] x = design.x();
			for (int j = 0; j < k; j++) {
				int offset = j * n;
				for (int i = 0; i < n; i++) {
					sums[cluster[i] * p + j] += etaScore[i] * x[offset + i];
				}
			}
			for (int a = 0; a < ancillaryCount; a++) {
				for (int i = 0; i < n; i++) {
					sums[cluster[i] * p + k + a] += ancillaryScores[a * n + i];
				}
			}
			for (int c = 0; c < g; c++) {
				for (int r = 0; r < p; r++) {
					double u = sums[c * p + r];
					for (int s = 0; s < p; s++) {
						meat[r * p + s] += u * sums[c * p + s];
					}
				}
			}
			return meat;
		}
		// sum_i m_i s_i s_i' with s_i the weighted score; an fweight row is w identical observations: w (s/w)(s/w)'
		double[] multiplier = new double[n];
		for (int i = 0; i < n; i++) {
			multiplier[i] = replicate ? 1 / design.weight(i) : 1;
		}
		double[] squared = new double[n];
		for (int i = 0; i < n; i++) {
			squared[i] = multiplier[i] * etaScore[i] * etaScore[i];
		}
		double[] block = new double[k * k];
		Kernels.weightedCrossProduct(design.x(), n, k, squared, block);
		double[] cross = new double[n * ancillaryCount];
		double[] aa = new double[ancillaryCount * ancillaryCount];
		for (int a = 0; a < ancillaryCount; a++) {
			for (int i = 0; i < n; i++) {
				cross[a * n + i] = multiplier[i] * etaScore[i] * ancillaryScores[a * n + i];
				for (int b = 0; b < ancillaryCount; b++) {
					aa[a * ancillaryCount + b] += multiplier[i] * ancillaryScores[a * n + i] * ancillaryScores[b * n + i];
				}
			}
		}
		placeBlocks(block, cross, aa, meat);
		return meat;
	}
}
