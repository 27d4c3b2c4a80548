package org.voxpop.estimation;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.voxpop.data.Dataset;
import org.voxpop.estimation.internal.NewtonRaphson;
import org.voxpop.estimation.result.Coefficient;
import org.voxpop.estimation.result.EstimationResult;

/**
 * Fits a model specification to a dataset: finds the estimator in the registry, builds the design matrix,
 * maximises the likelihood, and computes OIM standard errors, Wald tests, confidence intervals and fit statistics.
 */
public final class ModelEstimation {

	/** Newton iterations before giving up with a "not converged" result. */
	public static final int MAX_ITERATIONS = 300;

	private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);
	private static final double Z_95 = STANDARD_NORMAL.inverseCumulativeProbability(0.975);

	private ModelEstimation() {
	}

	/**
	 * @param data    the dataset; never {@code null}
	 * @param spec    what to fit; never {@code null}
	 * @param monitor progress and cancellation; never {@code null}
	 * @return the result; never {@code null}
	 * @throws EstimationException for problems the analyst can fix, worded for them
	 * @throws org.eclipse.core.runtime.OperationCanceledException if cancelled
	 */
	public static EstimationResult estimate(Dataset data, ModelSpecification spec, IProgressMonitor monitor)
			throws EstimationException {
		SubMonitor progress = SubMonitor.convert(monitor, "Fitting " + spec.modelId() + " of " + spec.formula().outcome(), 10);
		Estimator estimator = Estimators.get(spec.modelId()).instance();
		DesignMatrix design = DesignMatrixBuilder.build(data, spec.formula(), estimator.includesConstant());
		progress.worked(1);
		Likelihood likelihood = estimator.likelihood(design);
		NewtonRaphson.Maximum fit = NewtonRaphson.maximize(likelihood, MAX_ITERATIONS, progress.split(7));
		DesignMatrix nullDesign = nullDesign(design);
		NewtonRaphson.Maximum nullFit = NewtonRaphson.maximize(estimator.likelihood(nullDesign), MAX_ITERATIONS,
				progress.split(2));
		return assemble(spec.modelId(), data, design, likelihood, fit, nullFit, nullDesign.columnCount());
	}

	/** The same sample with only the constant (or no predictors at all). */
	private static DesignMatrix nullDesign(DesignMatrix design) {
		int constant = design.constantIndex();
		int n = design.rows();
		if (constant < 0) {
			return new DesignMatrix(design.outcomeName(), design.y(), new double[0], List.of(), List.of(),
					design.sampleRows(), design.rowsInData());
		}
		double[] ones = new double[n];
		System.arraycopy(design.x(), constant * n, ones, 0, n);
		return new DesignMatrix(design.outcomeName(), design.y(), ones, List.of(design.columns().get(constant)),
				List.of(), design.sampleRows(), design.rowsInData());
	}

	private static EstimationResult assemble(String modelId, Dataset data, DesignMatrix design, Likelihood likelihood,
			NewtonRaphson.Maximum fit, NewtonRaphson.Maximum nullFit, int nullColumns) {
		int k = design.columnCount();
		int parameters = fit.theta().length;
		List<Coefficient> coefficients = new ArrayList<>();
		int nextBase = 0;
		for (int j = 0; j <= k; j++) {
			while (nextBase < design.baseRows().size() && design.baseRows().get(nextBase).listedBefore() == j) {
				DesignColumn base = design.baseRows().get(nextBase++).column();
				coefficients.add(new Coefficient(base.term(), base.variable(), base.level(), base.label(), true, 0,
						Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN));
			}
			if (j < k) {
				DesignColumn column = design.columns().get(j);
				coefficients.add(row(column.term(), column.variable(), column.level(), column.label(), fit, j));
			}
		}
		List<Coefficient> ancillary = new ArrayList<>();
		List<String> names = likelihood.ancillaryParameterNames();
		for (int a = 0; a < names.size(); a++) {
			ancillary.add(row(names.get(a), null, Double.NaN, null, fit, k + a));
		}
		double logL = fit.logLikelihood();
		double logL0 = nullFit.logLikelihood();
		double chi2 = 2 * (logL - logL0);
		int df = parameters - nullFit.theta().length;
		double chi2P = df > 0 ? 1 - new ChiSquaredDistribution(null, df).cumulativeProbability(chi2) : Double.NaN;
		int n = design.rows();
		List<String> notes = new ArrayList<>();
		if (n < design.rowsInData()) {
			notes.add((design.rowsInData() - n) + " of " + design.rowsInData()
					+ " observations dropped because of missing values in the model's variables");
		}
		if (!fit.converged()) {
			notes.add("convergence not achieved after " + fit.iterations() + " iterations; the estimates are the last iterate");
		}
		return new EstimationResult(modelId, design.outcomeName(), data.displayName(), n, design.rowsInData(), logL,
				logL0, chi2, df, chi2P, 1 - logL / logL0, -2 * logL + 2 * parameters,
				-2 * logL + Math.log(n) * parameters, fit.converged(), fit.iterations(), fit.log(), coefficients,
				ancillary, fit.covariance(), notes);
	}

	private static Coefficient row(String term, String variable, double level, String label, NewtonRaphson.Maximum fit,
			int index) {
		int p = fit.theta().length;
		double estimate = fit.theta()[index];
		double se = Math.sqrt(fit.covariance()[index * p + index]);
		double z = estimate / se;
		double pValue = 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z));
		return new Coefficient(term, variable, level, label, false, estimate, se, z, pValue, estimate - Z_95 * se,
				estimate + Z_95 * se);
	}
}
