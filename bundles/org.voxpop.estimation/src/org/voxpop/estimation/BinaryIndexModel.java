package org.voxpop.estimation;

import java.util.TreeSet;

import org.voxpop.data.Codes;

/**
 * A binary-outcome model Pr(y = 1 | x) = F(x b) for a {@link LinkFunction} F: logit, probit, and any other link a
 * plugin supplies. The outcome must be coded 0/1. An instance is used by one thread at a time.
 */
public final class BinaryIndexModel implements IndexModel {

	private final double[] y;
	private final LinkFunction link;
	private final int columns;
	private final int constant;
	private final double initialConstant;
	private final double zeros;
	private final double ones;
	private final double[] terms = new double[4];

	private BinaryIndexModel(DesignMatrix design, LinkFunction link, double zeros, double ones) {
		this.y = design.y();
		this.link = link;
		this.columns = design.columnCount();
		this.constant = design.constantIndex();
		this.zeros = zeros;
		this.ones = ones;
		this.initialConstant = link.quantile(ones / (zeros + ones));
	}

	/**
	 * Checks that the outcome is 0/1 and varies, and returns the model.
	 *
	 * @throws EstimationException "outcome ... is not binary" or "outcome ... does not vary", as Stata words them
	 */
	public static BinaryIndexModel of(DesignMatrix design, LinkFunction link) throws EstimationException {
		double[] y = design.y();
		double[] weights = design.weights();
		double ones = 0;
		double zeros = 0;
		boolean others = false;
		for (int i = 0; i < y.length; i++) { // without branches, which a random 0/1 outcome would mispredict
			double w = weights == null ? 1 : weights[i];
			ones += y[i] == 1 ? w : 0;
			zeros += y[i] == 0 ? w : 0;
			others |= y[i] != 0 & y[i] != 1;
		}
		if (others) {
			TreeSet<Double> values = new TreeSet<>();
			for (int i = 0; i < y.length && values.size() < 10; i++) {
				if (y[i] != 0 && y[i] != 1) {
					values.add(y[i]);
				}
			}
			throw new EstimationException("outcome " + design.outcomeName() + " is not binary: besides 0 and 1 it takes "
					+ "the values " + values.stream().map(Codes::format).toList()
					+ ". Recode it to 0/1 (or flag the extra codes as missing in the codebook), or use an ordered model.");
		}
		if (ones == 0 || zeros == 0) {
			throw new EstimationException("outcome " + design.outcomeName() + " does not vary: it is always "
					+ (ones > 0 ? "1" : "0") + " in the estimation sample");
		}
		return new BinaryIndexModel(design, link, zeros, ones);
	}

	/** The weight of the outcome's categories in the design: y = 0, then y = 1; a fresh array. */
	double[] outcomeWeights() {
		return new double[] { zeros, ones };
	}

	/**
	 * Stata's check for perfect prediction by indicators: when every observation with a non-zero value of a 0/1
	 * column has the same outcome, that column's coefficient would run off to infinity. Such a column is dropped
	 * with the observations it predicts, and a note says so ("note: 2.region != 0 predicts failure perfectly;
	 * 2.region omitted and 37 obs not used").
	 *
	 * @return the design without those rows and columns (the same object if there are none)
	 * @throws EstimationException if the outcome no longer varies afterwards
	 */
	public static DesignMatrix dropPerfectPredictors(DesignMatrix design, ModelDiagnostics diagnostics)
			throws EstimationException {
		DesignMatrix current = design;
		boolean changed = true;
		while (changed) {
			changed = false;
			int n = current.rows();
			for (int j = 0; j < current.columnCount() && !changed; j++) {
				if (current.columns().get(j).isConstant()) {
					continue;
				}
				int offset = j * n;
				boolean indicator = true;
				boolean anyOne = false;
				boolean anyZero = false;
				int nonZero = 0;
				long nonZeroObservations = 0;
				for (int i = 0; i < n && indicator; i++) {
					double v = current.x()[offset + i];
					if (v == 1) {
						nonZero++;
						nonZeroObservations += Math.round(current.weight(i));
						if (current.y()[i] == 1) {
							anyOne = true;
						} else {
							anyZero = true;
						}
					} else if (v != 0) {
						indicator = false;
					}
				}
				if (!indicator || nonZero == 0 || nonZero == n || (anyOne && anyZero)) {
					continue;
				}
				String term = current.columns().get(j).term();
				long notUsed = current.weight() == null || current.weight().type() == Weight.Type.PROBABILITY ? nonZero
						: nonZeroObservations;
				diagnostics.omit(term, "predicts " + (anyOne ? "success" : "failure") + " perfectly");
				diagnostics.note(term + " != 0 predicts " + (anyOne ? "success" : "failure") + " perfectly; " + term
						+ " omitted and " + notUsed + " obs not used");
				boolean[] keepRows = new boolean[n];
				for (int i = 0; i < n; i++) {
					keepRows[i] = current.x()[offset + i] == 0;
				}
				boolean[] keepColumns = new boolean[current.columnCount()];
				java.util.Arrays.fill(keepColumns, true);
				keepColumns[j] = false;
				current = current.selectColumns(keepColumns).selectRows(keepRows);
				changed = true;
			}
		}
		return current;
	}

	@Override
	public double[] initialValues() {
		double[] theta = new double[columns];
		if (constant >= 0) {
			theta[constant] = initialConstant;
		}
		return theta;
	}

	@Override
	public double[] predictedOutcomes() {
		return new double[] { 1 };
	}

	@Override
	public boolean contributions(int from, int count, double[] eta, double[] value, double[] first, double[] second) {
		link.binaryTerms(y, from, count, eta, value, first, second);
		return true;
	}

	@Override
	public double contribution(int row, double eta, double[] ancillary, Derivatives out) {
		if (y[row] == 1) {
			link.logCdfTerms(eta, terms);
		} else {
			link.logSurvivalTerms(eta, terms);
		}
		if (out != null) {
			out.eta(terms[1], terms[2]);
		}
		return terms[0];
	}

	@Override
	public boolean probabilities(double eta, double[] ancillary, double[] probabilities, double[] etaFirst,
			double[] etaSecond, double[] etaAncillary) {
		link.cdfTerms(eta, terms);
		probabilities[0] = terms[0];
		etaFirst[0] = terms[2];
		etaSecond[0] = terms[3];
		return true;
	}

	@Override
	public double probability(int outcome, double eta, double[] ancillary, Derivatives out) {
		link.cdfTerms(eta, terms);
		if (out != null) {
			out.eta(terms[2], terms[3]);
		}
		return terms[0];
	}
}
