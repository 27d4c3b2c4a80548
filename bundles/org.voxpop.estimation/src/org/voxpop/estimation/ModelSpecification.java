package org.voxpop.estimation;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import org.voxpop.data.RowCondition;

/**
 * What to estimate: which model (an estimator id from {@code org.voxpop.estimation.estimators}), with which
 * formula, weights and variance estimator, on which sample.
 * <p>
 * Use {@link #of(String, ModelFormula)} and the {@code with...} methods, e.g.
 * {@code ModelSpecification.of("logit", formula).withWeight(new Weight(PROBABILITY, "w")).withVce(Vce.ROBUST)}.
 *
 * @param modelId         the estimator id, e.g. {@code logit}; never {@code null}
 * @param formula         the parsed formula; never {@code null}
 * @param weight          the weights; {@code null} for none
 * @param vce             the variance estimator; never {@code null}. Probability weights require
 *                        {@link Vce.Kind#ROBUST} or {@link Vce.Kind#CLUSTER}, as in Stata
 * @param sampleVariables further variables whose missing values also drop a row: a set of nested models passes
 *                        the union of its variables here to fit every model on one common sample; never
 *                        {@code null}, usually empty
 * @param maxIterations   Newton iterations before the fit is given up as not converged (Stata's
 *                        {@code iterate()}); positive
 * @param restriction     the rows to use, as Stata's {@code if} qualifier; {@code null} for all rows. Rows that do
 *                        not meet it are left out before anything else (they are not counted as dropped for
 *                        missing values), and missing values in the variables it reads drop nothing by themselves
 */
public record ModelSpecification(String modelId, ModelFormula formula, Weight weight, Vce vce,
		Set<String> sampleVariables, int maxIterations, RowCondition restriction) {

	/** Default of {@link #maxIterations()}: Stata's default {@code iterate(300)}. */
	public static final int DEFAULT_MAX_ITERATIONS = 300;

	public ModelSpecification {
		Objects.requireNonNull(modelId, "modelId");
		Objects.requireNonNull(formula, "formula");
		Objects.requireNonNull(vce, "vce");
		sampleVariables = Set.copyOf(sampleVariables);
		if (maxIterations < 1) {
			throw new IllegalArgumentException("maxIterations must be positive: " + maxIterations);
		}
	}

	/** An unweighted model with OIM standard errors on all complete rows. */
	public static ModelSpecification of(String modelId, ModelFormula formula) {
		return new ModelSpecification(modelId, formula, null, Vce.OIM, Set.of(), DEFAULT_MAX_ITERATIONS, null);
	}

	public ModelSpecification withWeight(Weight newWeight) {
		return new ModelSpecification(modelId, formula, newWeight, vce, sampleVariables, maxIterations, restriction);
	}

	public ModelSpecification withVce(Vce newVce) {
		return new ModelSpecification(modelId, formula, weight, newVce, sampleVariables, maxIterations, restriction);
	}

	public ModelSpecification withSampleVariables(Set<String> variables) {
		return new ModelSpecification(modelId, formula, weight, vce, variables, maxIterations, restriction);
	}

	public ModelSpecification withMaxIterations(int iterations) {
		return new ModelSpecification(modelId, formula, weight, vce, sampleVariables, iterations, restriction);
	}

	/** The same model on the rows that meet a condition (Stata's {@code if}); {@code null} for all rows. */
	public ModelSpecification withRestriction(RowCondition condition) {
		return new ModelSpecification(modelId, formula, weight, vce, sampleVariables, maxIterations, condition);
	}

	/**
	 * Every variable whose missing values drop a row: the formula's, the weight, the cluster variable and
	 * {@link #sampleVariables()}, in that order.
	 */
	public Set<String> requiredVariables() {
		Set<String> all = new LinkedHashSet<>(formula.variables());
		if (weight != null) {
			all.add(weight.variable());
		}
		if (vce.clusterVariable() != null) {
			all.add(vce.clusterVariable());
		}
		all.addAll(sampleVariables.stream().sorted().toList());
		return all;
	}
}
