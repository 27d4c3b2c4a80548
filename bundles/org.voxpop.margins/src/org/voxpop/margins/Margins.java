package org.voxpop.margins;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.voxpop.data.Codes;
import org.voxpop.estimation.DesignColumn;
import org.voxpop.estimation.DesignMatrix;
import org.voxpop.estimation.Derivatives;
import org.voxpop.estimation.FittedModel;
import org.voxpop.estimation.IndexModel;
import org.voxpop.estimation.Inference;
import org.voxpop.estimation.internal.RowParts;
import org.voxpop.estimation.internal.Kernels;
import org.voxpop.estimation.internal.Matrices;
import org.voxpop.estimation.result.Margin;

/**
 * Average marginal effects and predictive margins of any single-index model, with delta-method standard errors,
 * as Stata's {@code margins, dydx(*)} and {@code margins i.x}:
 * <ul>
 * <li>a continuous variable's effect is the average over the estimation sample of the derivative of the predicted
 * probability with respect to the variable, through every term that contains it ({@code c.age#c.age} included);</li>
 * <li>a factor level's effect is the average discrete change of the predicted probability when everybody is set to
 * that level rather than to the base level, the other variables at their observed values;</li>
 * <li>a predictive margin is the average predicted probability with everybody set to one level.</li>
 * </ul>
 * Averages are weighted by the model's weights. For a binary model the probability is Pr(y = 1) and the margin's
 * outcome is {@code NaN}; for an ordered model there is one margin per outcome category. The Jacobian of each
 * margin with respect to the coefficients and cutpoints is analytic; the standard error is sqrt(J V J') with the
 * model's covariance V (OIM, robust or clustered).
 */
public final class Margins {

	private Margins() {
	}

	/** The effects of every predictor variable, in formula order; factor levels in code order, base level left out. */
	public static List<Margin> averageMarginalEffects(FittedModel fitted) {
		return new Computation(fitted).effects();
	}

	/**
	 * The predictive margins of every level of a factor variable (base level included).
	 *
	 * @throws IllegalArgumentException if {@code variable} is not a factor variable of the model
	 */
	public static List<Margin> predictiveMargins(FittedModel fitted, String variable) {
		return new Computation(fitted).predictive(variable);
	}

	/** The factor variables of the model, in formula order. */
	public static List<String> factorVariables(FittedModel fitted) {
		return variables(fitted.design()).entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
	}

	/** The design's columns and its base-level rows. */
	private static List<DesignColumn> columnsAndBaseRows(DesignMatrix design) {
		List<DesignColumn> all = new ArrayList<>(design.columns());
		design.baseRows().forEach(b -> all.add(b.column()));
		return all;
	}

	/** Each predictor variable, in formula order, and whether it enters as a factor. */
	private static Map<String, Boolean> variables(DesignMatrix design) {
		Map<String, Boolean> variables = new LinkedHashMap<>();
		for (DesignColumn column : columnsAndBaseRows(design)) {
			for (DesignColumn.Part part : column.parts()) {
				variables.merge(part.variable(), part.isFactor(), Boolean::logicalOr);
			}
		}
		return variables;
	}

	private static final class Computation {

		private final FittedModel fitted;
		private final DesignMatrix design;
		private final int n;
		private final int k;
		private final int p;
		private final int ancillaryCount;
		private final double[] ancillary;
		private final double[] omega;
		private final double[] eta;
		private final double[] outcomes;
		/** variable name to whether it is a factor, in formula order */
		private final Map<String, Boolean> variables;
		/** One instance of the model and its derivatives per part of the rows, for the row loops' threads. */
		private final List<IndexModel> models;
		private final Derivatives[] derivatives;

		Computation(FittedModel fitted) {
			this.fitted = fitted;
			this.design = fitted.design();
			this.n = design.rows();
			this.k = design.columnCount();
			this.p = fitted.parameterCount();
			this.ancillaryCount = p - k;
			this.ancillary = fitted.ancillary();
			this.models = fitted.models().subList(0, Math.min(fitted.models().size(), RowParts.threadsFor(n)));
			this.derivatives = new Derivatives[models.size()];
			for (int q = 0; q < derivatives.length; q++) {
				derivatives[q] = new Derivatives(ancillaryCount);
			}
			double total = design.weightSum();
			this.omega = new double[n];
			for (int i = 0; i < n; i++) {
				omega[i] = design.weight(i) / total;
			}
			this.eta = new double[n];
			Kernels.multiply(design.x(), n, k, fitted.theta(), eta);
			this.outcomes = fitted.model().predictedOutcomes();
			this.variables = variables(design);
		}

		/** Rows in Stata's order: variables in formula order, a factor's levels in code order, then outcomes. */
		List<Margin> effects() {
			List<double[]> jacobians = new ArrayList<>();
			List<double[]> estimates = new ArrayList<>();
			List<String[]> names = new ArrayList<>();
			double[][] outcomeSums = new double[outcomes.length][];
			for (Map.Entry<String, Boolean> entry : variables.entrySet()) {
				String variable = entry.getKey();
				if (entry.getValue()) {
					double[] levels = levels(variable);
					double base = baseLevel(variable, levels);
					double[][] baseJacobians = new double[outcomes.length][p];
					double[] baseMargins = new double[outcomes.length];
					for (int j = 0; j < outcomes.length; j++) {
						baseMargins[j] = predictiveMargin(variable, base, j, baseJacobians[j]);
					}
					for (double level : levels) {
						if (level == base) {
							continue;
						}
						for (int j = 0; j < outcomes.length; j++) {
							double[] jacobian = new double[p];
							double change = predictiveMargin(variable, level, j, jacobian) - baseMargins[j];
							for (int c = 0; c < p; c++) {
								jacobian[c] -= baseJacobians[j][c];
							}
							jacobians.add(jacobian);
							estimates.add(new double[] { change, outcomeCode(j), level });
							names.add(new String[] { Codes.format(level) + "." + variable, variable, levelLabel(variable, level) });
						}
					}
				} else {
					for (int j = 0; j < outcomes.length; j++) {
						double[] jacobian = new double[p];
						double effect = derivativeEffect(variable, j, jacobian, outcomeSums);
						jacobians.add(jacobian);
						estimates.add(new double[] { effect, outcomeCode(j), Double.NaN });
						names.add(new String[] { variable, variable, variableLabel(variable) });
					}
				}
			}
			return margins(jacobians, estimates, names);
		}

		/** The outcome code a margin reports: {@code NaN} for a binary model's Pr(y = 1). */
		private double outcomeCode(int j) {
			return outcomes.length == 1 ? Double.NaN : outcomes[j];
		}

		private List<Margin> margins(List<double[]> jacobians, List<double[]> estimates, List<String[]> names) {
			double[] se = standardErrors(jacobians);
			List<Margin> result = new ArrayList<>();
			for (int r = 0; r < jacobians.size(); r++) {
				result.add(margin(names.get(r), estimates.get(r), se[r]));
			}
			return result;
		}

		List<Margin> predictive(String variable) {
			if (!Boolean.TRUE.equals(variables.get(variable))) {
				throw new IllegalArgumentException(variable + " is not a factor variable of the model; predictive "
						+ "margins are computed for factor variables (i.x)");
			}
			List<double[]> jacobians = new ArrayList<>();
			List<double[]> estimates = new ArrayList<>();
			List<String[]> names = new ArrayList<>();
			for (double level : levels(variable)) {
				for (int j = 0; j < outcomes.length; j++) {
					double[] jacobian = new double[p];
					double margin = predictiveMargin(variable, level, j, jacobian);
					jacobians.add(jacobian);
					estimates.add(new double[] { margin, outcomeCode(j), level });
					names.add(new String[] { Codes.format(level) + "." + variable, variable, levelLabel(variable, level) });
				}
			}
			return margins(jacobians, estimates, names);
		}

		/**
		 * d/dx_v of Pr(outcome j), averaged: sum omega_i P'(eta_i) g_i with g_i = d eta_i / d x_v. Fills its
		 * Jacobian: beta_c: sum omega_i [P''(eta_i) g_i x_ic + P'(eta_i) d col_c / d x_v]; cut_a: sum omega_i
		 * d2P/d eta d cut_a g_i.
		 */
		private double derivativeEffect(String variable, int j, double[] jacobian, double[][] shared) {
			double[] beta = fitted.theta();
			List<Integer> involved = new ArrayList<>();
			for (int c = 0; c < k; c++) {
				if (design.columns().get(c).involves(variable)) {
					involved.add(c);
				}
			}
			if (involved.size() == 1 && design.columns().get(involved.get(0)).parts().size() == 1) {
				// the variable enters linearly in one column: g_i = beta_v for everybody, and one pass per outcome serves
				// every such variable
				if (shared[0] == null) {
					System.arraycopy(outcomeSums(), 0, shared, 0, outcomes.length);
				}
				double[] sums = shared[j];
				int column = involved.get(0);
				double b = beta[column];
				for (int c = 0; c < k; c++) {
					jacobian[c] = b * sums[c];
				}
				jacobian[column] += sums[k];
				for (int a = 0; a < ancillaryCount; a++) {
					jacobian[k + a] = b * sums[k + 1 + a];
				}
				return b * sums[k];
			}
			// g_i, and the columns' derivatives d col_c / d x_v
			double[][] columnDerivatives = new double[involved.size()][];
			double[] g = new double[n];
			for (int q = 0; q < involved.size(); q++) {
				int c = involved.get(q);
				columnDerivatives[q] = columnDerivative(design.columns().get(c), variable);
				double b = beta[c];
				for (int i = 0; i < n; i++) {
					g[i] += b * columnDerivatives[q][i];
				}
			}
			double[] secondTimesG = new double[n];
			double[] first = new double[n];
			double[] sums = overRows(1 + ancillaryCount, (model, d, from, to, into) -> {
				for (int i = from; i < to; i++) {
					d.clear();
					model.probability(j, eta[i], ancillary, d);
					into[0] += omega[i] * d.eta() * g[i];
					first[i] = omega[i] * d.eta();
					secondTimesG[i] = omega[i] * d.etaEta() * g[i];
					for (int a = 0; a < ancillaryCount; a++) {
						into[1 + a] += omega[i] * d.etaAncillary(a) * g[i];
					}
				}
			});
			double effect = sums[0];
			double[] ancillarySums = Arrays.copyOfRange(sums, 1, 1 + ancillaryCount);
			double[] xt = new double[k];
			Kernels.transposeMultiply(design.x(), n, k, secondTimesG, xt);
			System.arraycopy(xt, 0, jacobian, 0, k);
			for (int q = 0; q < involved.size(); q++) {
				double sum = 0;
				for (int i = 0; i < n; i++) {
					sum += first[i] * columnDerivatives[q][i];
				}
				jacobian[involved.get(q)] += sum;
			}
			for (int a = 0; a < ancillaryCount; a++) {
				jacobian[k + a] = ancillarySums[a];
			}
			return effect;
		}

		/**
		 * One pass over the sample for every outcome j: X'(omega P''_j), then sum omega P'_j, then sum omega
		 * d2P_j/d eta d cut_a ({@code k + 1 + ancillaryCount} values per outcome); the X' products share one read of
		 * the design.
		 */
		private double[][] outcomeSums() {
			int outcomeCount = outcomes.length;
			int stride = 1 + ancillaryCount;
			int products = k * outcomeCount;
			int block = Kernels.blockRows(k);
			double[] x = design.x();
			// per block of rows, which stays in cache meanwhile: the rows' terms, then X' times the weighted second
			// derivatives of every outcome (one read of the design for all of them)
			double[] rowSums = overRows(products + outcomeCount * stride, (model, d, from, to, into) -> {
				double[] probabilities = new double[outcomeCount];
				double[] first = new double[outcomeCount];
				double[] second = new double[outcomeCount];
				double[] cross = new double[outcomeCount * ancillaryCount];
				double[] weightedSecond = new double[block * outcomeCount];
				for (int r0 = from; r0 < to; r0 += block) {
					int r1 = Math.min(to, r0 + block);
					int m = r1 - r0;
					for (int i = r0; i < r1; i++) {
						if (!model.probabilities(eta[i], ancillary, probabilities, first, second, cross)) {
							probabilitiesOneByOne(model, d, eta[i], probabilities, first, second, cross);
						}
						double w = omega[i];
						for (int j = 0; j < outcomeCount; j++) {
							int at = products + j * stride;
							weightedSecond[j * m + i - r0] = w * second[j];
							into[at] += w * first[j];
							for (int a = 0; a < ancillaryCount; a++) {
								into[at + 1 + a] += w * cross[j * ancillaryCount + a];
							}
						}
					}
					Kernels.transposeMultiplyAdd(x, n, k, r0, r1, weightedSecond, outcomeCount, into);
				}
			});
			double[][] sums = new double[outcomeCount][k + stride];
			for (int j = 0; j < outcomeCount; j++) {
				System.arraycopy(rowSums, j * k, sums[j], 0, k);
				System.arraycopy(rowSums, products + j * stride, sums[j], k, stride);
			}
			return sums;
		}

		/** What {@link IndexModel#probabilities} gives, from {@link IndexModel#probability} outcome by outcome. */
		private void probabilitiesOneByOne(IndexModel model, Derivatives d, double rowEta, double[] probabilities,
				double[] first, double[] second, double[] cross) {
			for (int j = 0; j < probabilities.length; j++) {
				d.clear();
				probabilities[j] = model.probability(j, rowEta, ancillary, d);
				first[j] = d.eta();
				second[j] = d.etaEta();
				for (int a = 0; a < ancillaryCount; a++) {
					cross[j * ancillaryCount + a] = d.etaAncillary(a);
				}
			}
		}

		/** A loop over the rows [from, to), with its own model instance and derivatives, adding its sums to into. */
		private interface RowLoop {
			void run(IndexModel model, Derivatives d, int from, int to, double[] into);
		}

		/**
		 * Runs a row loop in contiguous parts, one per model instance and thread, and adds the parts' sums in part
		 * order (so the result does not depend on timing). Per-row outputs of the loop go to disjoint rows.
		 */
		private double[] overRows(int length, RowLoop loop) {
			return RowParts.sum(n, models.size(), length,
					(part, from, to, into) -> loop.run(models.get(part), derivatives[part], from, to, into));
		}


		/** Average Pr(outcome j) with {@code variable} set to {@code level} for everybody; fills its Jacobian. */
		private double predictiveMargin(String variable, double level, int j, double[] jacobian) {
			double[] beta = fitted.theta();
			double[] shifted = eta.clone();
			List<Integer> involved = new ArrayList<>();
			List<double[]> counterfactual = new ArrayList<>();
			for (int c = 0; c < k; c++) {
				DesignColumn column = design.columns().get(c);
				if (column.involves(variable)) {
					double[] values = columnAt(column, variable, level);
					involved.add(c);
					counterfactual.add(values);
					int offset = c * n;
					for (int i = 0; i < n; i++) {
						shifted[i] += beta[c] * (values[i] - design.x()[offset + i]);
					}
				}
			}
			double[] first = new double[n];
			double[] sums = overRows(1 + ancillaryCount, (model, d, from, to, into) -> {
				for (int i = from; i < to; i++) {
					d.clear();
					into[0] += omega[i] * model.probability(j, shifted[i], ancillary, d);
					first[i] = omega[i] * d.eta();
					for (int a = 0; a < ancillaryCount; a++) {
						into[1 + a] += omega[i] * d.ancillary(a);
					}
				}
			});
			double margin = sums[0];
			double[] ancillarySums = Arrays.copyOfRange(sums, 1, 1 + ancillaryCount);
			double[] xt = new double[k];
			Kernels.transposeMultiply(design.x(), n, k, first, xt);
			for (int q = 0; q < involved.size(); q++) {
				int c = involved.get(q);
				double[] values = counterfactual.get(q);
				double sum = 0;
				for (int i = 0; i < n; i++) {
					sum += first[i] * values[i];
				}
				xt[c] = sum;
			}
			System.arraycopy(xt, 0, jacobian, 0, k);
			System.arraycopy(ancillarySums, 0, jacobian, k, ancillaryCount);
			return margin;
		}

		/** The column's values with {@code variable} set to {@code level} and the other variables as observed. */
		private double[] columnAt(DesignColumn column, String variable, double level) {
			double[] values = new double[n];
			Arrays.fill(values, 1.0);
			for (DesignColumn.Part part : column.parts()) {
				if (part.variable().equals(variable)) {
					double v = part.valueAt(level);
					for (int i = 0; i < n; i++) {
						values[i] *= v;
					}
				} else {
					double[] observed = design.sampleValues().get(part.variable());
					for (int i = 0; i < n; i++) {
						values[i] *= part.valueAt(observed[i]);
					}
				}
			}
			return values;
		}

		/** d column / d variable for every row (product rule over the column's continuous parts of the variable). */
		private double[] columnDerivative(DesignColumn column, String variable) {
			double[] result = new double[n];
			List<DesignColumn.Part> parts = column.parts();
			for (int q = 0; q < parts.size(); q++) {
				if (!parts.get(q).variable().equals(variable) || parts.get(q).isFactor()) {
					continue;
				}
				double[] term = new double[n];
				Arrays.fill(term, 1.0);
				for (int r = 0; r < parts.size(); r++) {
					if (r == q) {
						continue;
					}
					DesignColumn.Part part = parts.get(r);
					double[] observed = design.sampleValues().get(part.variable());
					for (int i = 0; i < n; i++) {
						term[i] *= part.valueAt(observed[i]);
					}
				}
				for (int i = 0; i < n; i++) {
					result[i] += term[i];
				}
			}
			return result;
		}

		private double[] levels(String variable) {
			return Arrays.stream(design.sampleValues().get(variable)).distinct().sorted().toArray();
		}

		private double baseLevel(String variable, double[] levels) {
			for (DesignMatrix.BaseRow base : design.baseRows()) {
				if (variable.equals(base.column().variable())) {
					return base.column().level();
				}
			}
			for (double level : levels) {
				final double l = level;
				boolean inColumns = design.columns().stream().flatMap(c -> c.parts().stream())
						.anyMatch(part -> part.variable().equals(variable) && part.level() == l);
				if (!inColumns) {
					return level;
				}
			}
			return levels[0];
		}

		private String levelLabel(String variable, double level) {
			for (DesignColumn column : columnsAndBaseRows(design)) {
				if (variable.equals(column.variable()) && column.level() == level) {
					return column.label();
				}
			}
			return null;
		}

		private String variableLabel(String variable) {
			for (DesignColumn column : design.columns()) {
				if (variable.equals(column.variable())) {
					return column.label();
				}
			}
			return null;
		}

		private double[] standardErrors(List<double[]> jacobians) {
			int m = jacobians.size();
			double[] stacked = new double[m * p];
			for (int r = 0; r < m; r++) {
				System.arraycopy(jacobians.get(r), 0, stacked, r * p, p);
			}
			double[] covariance = Matrices.sandwich(stacked, m, fitted.covariance(), p);
			double[] se = new double[m];
			for (int r = 0; r < m; r++) {
				se[r] = Math.sqrt(covariance[r * m + r]);
			}
			return se;
		}

		private static Margin margin(String[] names, double[] estimate, double se) {
			double z = estimate[0] / se;
			return new Margin(names[0], names[1], estimate[2], names[2], estimate[1], estimate[0], se, z,
					Inference.twoSidedP(z), estimate[0] - Inference.Z_95 * se, estimate[0] + Inference.Z_95 * se);
		}
	}
}
