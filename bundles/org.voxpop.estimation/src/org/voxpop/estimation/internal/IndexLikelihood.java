package org.voxpop.estimation.internal;

import java.util.List;

import org.voxpop.estimation.DesignMatrix;
import org.voxpop.estimation.Derivatives;
import org.voxpop.estimation.IndexModel;
import org.voxpop.estimation.RowBlock;
import org.voxpop.estimation.Weight;

/**
 * The weighted log-likelihood of an {@link IndexModel} on a design, with its gradient and observed information
 * assembled from the model's per-observation derivatives by dense kernels, and the "meat" of robust and
 * cluster-robust sandwich variances.
 */
public final class IndexLikelihood implements Likelihood {

	/** A row is completely determined when the log-probability of its observed outcome is above this. */
	private static final double DETERMINED_LOG_PROBABILITY = -1e-7;

	private final DesignMatrix design;
	private final IndexModel model;
	private final int n;
	private final int k;
	private final int ancillaryCount;
	private final Derivatives derivatives;
	/** Rows per block of the fused pass. */
	private final int blockRows;
	/** One part of the rows per thread, each with its own model instance, scratch and sums. */
	private final Part[] parts;
	/** What the last pass accumulated: X'g then X'C (column by column), X'WX, the ancillary gradient and information. */
	private final double[] xScoreCross;
	private final double[] xx;
	private final double[] ancillaryGradient;
	private final double[] ancillaryInformation;
	private double[] evaluatedTheta;
	private double evaluatedLogL;
	/** Whether the last pass accumulated the derivatives too (not only the value). */
	private boolean evaluatedDerivatives;
	private long[] evaluatedDetermined;
	/** X'WX with the design's weights (1 if unweighted), if known, until a pass has tried to use it. */
	private double[] knownCrossProduct;

	/** A likelihood whose passes run on the calling thread. */
	public IndexLikelihood(DesignMatrix design, IndexModel model) {
		this(design, List.of(model));
	}

	/**
	 * A likelihood whose passes split the rows into one contiguous part per model instance, each on its own thread
	 * (the first on the calling one), summed in part order, so that results do not depend on thread timing.
	 *
	 * @param models one instance of the same model per part, e.g. {@link RowParts#threadsFor(int)} of them from
	 *               {@code Estimator.model(design)} (an {@link IndexModel} is called from one thread at a time); not
	 *               empty
	 */
	public IndexLikelihood(DesignMatrix design, List<IndexModel> models) {
		this.design = design;
		this.model = models.get(0);
		this.n = design.rows();
		this.k = design.columnCount();
		this.ancillaryCount = model.ancillaryParameterNames().size();
		this.derivatives = new Derivatives(ancillaryCount);
		this.blockRows = Math.max(1, Math.min(n, Kernels.blockRows(k)));
		int blocks = (n + blockRows - 1) / blockRows;
		int count = Math.max(1, Math.min(models.size(), blocks));
		this.parts = new Part[count];
		for (int i = 0; i < count; i++) {
			int from = (int) Math.min(n, (long) blocks * i / count * blockRows);
			int to = (int) Math.min(n, (long) blocks * (i + 1) / count * blockRows);
			parts[i] = new Part(models.get(i), from, to);
		}
		this.xScoreCross = new double[k * (1 + ancillaryCount)];
		this.xx = new double[k * k];
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

	/**
	 * Tells the likelihood X' diag(w) X of its design, w its weights (1 if unweighted), row-major k x k, e.g. from the
	 * collinearity check. The next pass with derivatives uses it when every row's information for eta is the same
	 * multiple c of its weight, as at the starting values of a binary logit (one index for all rows): its X'WX is then
	 * c times the known one and the pass skips the cross products. Otherwise the pass notices in its first rows that
	 * differ, and does them after all.
	 */
	public void knowCrossProduct(double[] crossProduct) {
		if (crossProduct.length != k * k) {
			throw new IllegalArgumentException("cross product of " + crossProduct.length + " values for " + k + " columns");
		}
		this.knownCrossProduct = crossProduct;
	}

	/** The linear index x b for every row, computed into a fresh array. */
	public double[] linearIndex(double[] theta) {
		double[] result = new double[n];
		Kernels.multiply(design.x(), n, k, theta, result);
		return result;
	}

	@Override
	public double evaluate(double[] theta, double[] gradient, double[] information) {
		boolean wanted = gradient != null || information != null;
		if (evaluatedTheta == null || !java.util.Arrays.equals(theta, evaluatedTheta)
				|| (wanted && !evaluatedDerivatives)) {
			pass(theta, wanted);
		}
		if (Double.isNaN(evaluatedLogL)) {
			return Double.NEGATIVE_INFINITY;
		}
		if (gradient != null) {
			System.arraycopy(xScoreCross, 0, gradient, 0, k);
			System.arraycopy(ancillaryGradient, 0, gradient, k, ancillaryCount);
		}
		if (information != null) {
			placeBlocks(xx, java.util.Arrays.copyOfRange(xScoreCross, k, k * (1 + ancillaryCount)), ancillaryInformation,
					information);
		}
		return evaluatedLogL;
	}

	/**
	 * The fused row-block pass: for each block of rows, which stays in L2 meanwhile, the index, each row's weighted
	 * contribution and, if asked, its derivatives, and from them the block's part of X'g, X'WX and X'C (C the
	 * eta-ancillary terms). The design is read from memory once per pass.
	 */
	private void pass(double[] theta, boolean withDerivatives) {
		double[] known = withDerivatives ? knownCrossProduct : null;
		if (known != null) {
			knownCrossProduct = null; // once: at the starting values
			if (pass(theta, true, known)) {
				return;
			}
		}
		pass(theta, withDerivatives, null);
	}

	/**
	 * @param known X'WX of the design's weights, or {@code null}
	 * @return {@code false} if {@code known} was given but could not be used: the rows' information for eta was not
	 *         one multiple of their weights (the pass then stopped early, and left nothing evaluated)
	 */
	private boolean pass(double[] theta, boolean withDerivatives, double[] known) {
		double[] ancillary = java.util.Arrays.copyOfRange(theta, k, k + ancillaryCount);
		evaluatedTheta = null; // until this pass is complete
		java.util.concurrent.Future<?>[] others = new java.util.concurrent.Future<?>[parts.length];
		for (int i = 1; i < parts.length; i++) {
			Part part = parts[i];
			others[i] = java.util.concurrent.ForkJoinPool.commonPool()
					.submit(() -> part.pass(theta, ancillary, withDerivatives, known != null));
		}
		parts[0].pass(theta, ancillary, withDerivatives, known != null);
		for (int i = 1; i < parts.length; i++) {
			RowParts.join(others[i]);
		}
		java.util.Arrays.fill(xScoreCross, 0);
		java.util.Arrays.fill(xx, 0);
		java.util.Arrays.fill(ancillaryGradient, 0);
		java.util.Arrays.fill(ancillaryInformation, 0);
		double logL = 0;
		long determinedZero = 0;
		long determinedOther = 0;
		Double commonEtaEta = null;
		for (Part part : parts) {
			if (known != null) {
				if (!part.common || commonEtaEta != null && part.commonEtaEta != commonEtaEta) {
					return false;
				}
				commonEtaEta = part.commonEtaEta;
			}
			logL += part.logL;
			determinedZero += part.determinedZero;
			determinedOther += part.determinedOther;
			if (withDerivatives) {
				add(part.xScoreCross, xScoreCross);
				add(part.xx, xx);
				add(part.ancillaryGradient, ancillaryGradient);
				add(part.ancillaryInformation, ancillaryInformation);
			}
		}
		if (known != null) {
			for (int j = 0; j < k * k; j++) {
				xx[j] = -commonEtaEta * known[j];
			}
		}
		evaluatedTheta = theta.clone();
		evaluatedLogL = logL;
		evaluatedDetermined = new long[] { determinedZero, determinedOther };
		evaluatedDerivatives = withDerivatives;
		return true;
	}

	private static void add(double[] from, double[] to) {
		for (int i = 0; i < to.length; i++) {
			to[i] += from[i];
		}
	}

	/** The rows [from, to) of a pass, with their own model instance, scratch and sums. */
	private final class Part {
		final IndexModel model;
		final int from;
		final int to;
		final Derivatives derivatives = new Derivatives(ancillaryCount);
		final double[] etaBlock = new double[blockRows];
		/** A block's contributions and their eta derivatives, for models that compute them a block at a time. */
		final double[] valueBlock = new double[blockRows];
		final double[] firstBlock = new double[blockRows];
		final double[] secondBlock = new double[blockRows];
		/** A block's contributions and derivatives, for models with ancillary parameters that compute them so. */
		final RowBlock rowBlock = ancillaryCount > 0 ? new RowBlock(blockRows) : null;
		/** The block's weighted scores for eta, then its eta-ancillary terms, ancillary by ancillary. */
		final double[] rowVectors = new double[blockRows * (1 + ancillaryCount)];
		final double[] informationBlock = new double[blockRows];
		final double[] xScoreCross = new double[k * (1 + ancillaryCount)];
		final double[] xx = new double[k * k];
		final double[] ancillaryGradient = new double[ancillaryCount];
		final double[] ancillaryInformation = new double[ancillaryCount * ancillaryCount];
		double logL;
		/** Rows whose observed outcome has a fitted probability within 1e-7 of 1: with y = 0, and the others. */
		long determinedZero;
		long determinedOther;
		/** With a known cross product: whether every row's information for eta was the same, and its value. */
		boolean common;
		double commonEtaEta;

		void countDetermined(double outcome) {
			if (outcome == 0) {
				determinedZero++;
			} else {
				determinedOther++;
			}
		}

		Part(IndexModel model, int from, int to) {
			this.model = model;
			this.from = from;
			this.to = to;
		}

		/**
		 * The fused row-block pass over this part: for each block of rows, which stays in L2 meanwhile, the index,
		 * each row's weighted contribution and, if asked, its derivatives, and from them the block's part of X'g,
		 * X'WX and X'C (C the eta-ancillary terms). The design is read from memory once per pass.
		 *
		 * @param checkCommon whether to skip X'WX and record instead whether every row's information for eta is the
		 *                    same multiple of its weight (stopping at the first row where it is not)
		 */
		void pass(double[] theta, double[] ancillary, boolean withDerivatives, boolean checkCommon) {
			double[] x = design.x();
			double[] weights = design.weights();
			java.util.Arrays.fill(xScoreCross, 0);
			java.util.Arrays.fill(xx, 0);
			java.util.Arrays.fill(ancillaryGradient, 0);
			java.util.Arrays.fill(ancillaryInformation, 0);
			logL = 0;
			determinedZero = 0;
			determinedOther = 0;
			common = true;
			double[] y = design.y();
			Derivatives d = derivatives;
			for (int r0 = from; r0 < to; r0 += blockRows) {
				int r1 = Math.min(to, r0 + blockRows);
				int m = r1 - r0;
				Kernels.multiply(x, n, k, theta, r0, r1, etaBlock);
				// models without ancillary parameters may compute the whole block at once (a vectorised link)
				boolean block = ancillaryCount == 0
						&& model.contributions(r0, m, etaBlock, valueBlock, firstBlock, secondBlock);
				// and models whose rows touch one or two ancillary parameters, e.g. cutpoints
				RowBlock banded = ancillaryCount > 0 && model.contributions(r0, m, etaBlock, ancillary, rowBlock)
						? rowBlock
						: null;
				if (!withDerivatives) {
					for (int i = 0; i < m; i++) {
						double w = weights == null ? 1.0 : weights[r0 + i];
						double contribution = block ? valueBlock[i]
								: banded != null ? banded.value[i]
										: model.contribution(r0 + i, etaBlock[i], ancillary, null);
						logL += w * contribution;
						if (contribution > DETERMINED_LOG_PROBABILITY) {
							countDetermined(y[r0 + i]);
						}
					}
					continue;
				}
				java.util.Arrays.fill(rowVectors, m, (1 + ancillaryCount) * m, 0);
				for (int i = 0; i < m; i++) {
					int row = r0 + i;
					double w = weights == null ? 1.0 : weights[row];
					double contribution;
					double etaFirst;
					double etaSecond;
					if (block) {
						contribution = valueBlock[i];
						etaFirst = firstBlock[i];
						etaSecond = secondBlock[i];
					} else if (banded != null) {
						contribution = banded.value[i];
						etaFirst = banded.eta[i];
						etaSecond = banded.etaEta[i];
					} else {
						d.clear();
						contribution = model.contribution(row, etaBlock[i], ancillary, d);
						etaFirst = d.eta();
						etaSecond = d.etaEta();
					}
					logL += w * contribution;
					if (contribution > DETERMINED_LOG_PROBABILITY) {
						countDetermined(y[row]);
					}
					rowVectors[i] = w * etaFirst;
					informationBlock[i] = -w * etaSecond;
					if (checkCommon) {
						if (row != from && etaSecond != commonEtaEta) {
							common = false;
							return;
						}
						commonEtaEta = etaSecond;
					}
					if (ancillaryCount == 0) {
						continue;
					}
					if (banded != null) {
						int lower = banded.lower[i];
						int upper = banded.upper[i];
						if (lower >= 0) {
							rowVectors[(lower + 1) * m + i] = -w * banded.etaLower[i];
							ancillaryGradient[lower] += w * banded.lowerScore[i];
							ancillaryInformation[lower * ancillaryCount + lower] -= w * banded.lowerLower[i];
						}
						if (upper >= 0) {
							rowVectors[(upper + 1) * m + i] = -w * banded.etaUpper[i];
							ancillaryGradient[upper] += w * banded.upperScore[i];
							ancillaryInformation[upper * ancillaryCount + upper] -= w * banded.upperUpper[i];
							if (lower >= 0) {
								ancillaryInformation[lower * ancillaryCount + upper] -= w * banded.lowerUpper[i];
								ancillaryInformation[upper * ancillaryCount + lower] -= w * banded.lowerUpper[i];
							}
						}
					} else if (ancillaryCount > 64) {
						for (int a = 0; a < ancillaryCount; a++) {
							rowVectors[(a + 1) * m + i] = -w * d.etaAncillary(a);
							ancillaryGradient[a] += w * d.ancillary(a);
							for (int b = 0; b < ancillaryCount; b++) {
								ancillaryInformation[a * ancillaryCount + b] -= w * d.ancillaryAncillary(a, b);
							}
						}
					} else {
						// only the parameters the row touched (an ordered row: one or two cutpoints); the block's
						// ancillary vectors were zeroed
						long touched = d.touchedAncillary();
						for (long rows = touched; rows != 0; rows &= rows - 1) {
							int a = Long.numberOfTrailingZeros(rows);
							rowVectors[(a + 1) * m + i] = -w * d.etaAncillary(a);
							ancillaryGradient[a] += w * d.ancillary(a);
							for (long columns = touched; columns != 0; columns &= columns - 1) {
								int b = Long.numberOfTrailingZeros(columns);
								ancillaryInformation[a * ancillaryCount + b] -= w * d.ancillaryAncillary(a, b);
							}
						}
					}
				}
				Kernels.transposeMultiplyAdd(x, n, k, r0, r1, rowVectors, 1 + ancillaryCount, xScoreCross);
				if (!checkCommon) {
					Kernels.weightedCrossProductAdd(x, n, k, r0, r1, informationBlock, xx);
				}
			}
		}
	}

	/**
	 * The observations that the model at {@code theta} predicts with certainty, as Stata's note "N failures and M
	 * successes completely determined" counts them: rows whose observed outcome has a fitted probability within 1e-7
	 * of 1 (log-likelihood contribution above -1e-7).
	 *
	 * @return the number of such rows with outcome 0, and with any other outcome
	 */
	public long[] completelyDetermined(double[] theta) {
		if (evaluatedTheta == null || !java.util.Arrays.equals(theta, evaluatedTheta)) {
			pass(theta, false);
		}
		return evaluatedDetermined.clone();
	}

	/**
	 * The row pass for the sandwich: each row's weighted score for eta and for each ancillary parameter.
	 *
	 * @param etaScores       receives each row's weighted score for eta (n values)
	 * @param ancillaryScores receives each row's weighted score for each ancillary parameter (column-major, n per
	 *                        parameter)
	 */
	private void rowScores(double[] theta, double[] etaScores, double[] ancillaryScores) {
		int p = k + ancillaryCount;
		double[] ancillary = java.util.Arrays.copyOfRange(theta, k, p);
		double[] eta = linearIndex(theta);
		Derivatives d = derivatives;
		double[] weights = design.weights();
		for (int i = 0; i < n; i++) {
			double w = weights == null ? 1.0 : weights[i];
			d.clear();
			model.contribution(i, eta[i], ancillary, d);
			etaScores[i] = w * d.eta();
			if (ancillaryCount > 0) {
				long touched = d.touchedAncillary();
				for (int a = 0; a < ancillaryCount; a++) {
					ancillaryScores[a * n + i] = (touched & (1L << a)) == 0 ? 0 : w * d.ancillary(a);
				}
			}
		}
	}

	/** Writes [[XX, XA], [XA', AA]] into the p x p row-major {@code out}; {@code columns} is XA column by column. */
	private void placeBlocks(double[] xx, double[] columns, double[] aa, double[] out) {
		int p = k + ancillaryCount;
		for (int j = 0; j < k; j++) {
			System.arraycopy(xx, j * k, out, j * p, k);
		}
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
		double[] etaScore = new double[n];
		double[] ancillaryScores = new double[n * ancillaryCount];
		rowScores(theta, etaScore, ancillaryScores);
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
		double[] columns = new double[k * ancillaryCount];
		Kernels.transposeMultiply(design.x(), n, k, cross, ancillaryCount, columns);
		placeBlocks(block, columns, aa, meat);
		return meat;
	}
}
