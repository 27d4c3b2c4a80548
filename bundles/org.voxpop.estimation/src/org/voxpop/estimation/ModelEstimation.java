package org.voxpop.estimation;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.voxpop.codebook.CodebookFactory;
import org.voxpop.data.Column;
import org.voxpop.data.Dataset;
import org.voxpop.data.NumericColumn;
import org.voxpop.estimation.internal.Collinearity;
import org.voxpop.estimation.internal.IndexLikelihood;
import org.voxpop.estimation.internal.Kernels;
import org.voxpop.estimation.internal.Matrices;
import org.voxpop.estimation.internal.NewtonRaphson;
import org.voxpop.estimation.internal.RowParts;
import org.voxpop.estimation.result.Coefficient;
import org.voxpop.estimation.result.EstimationResult;

/**
 * Fits a model specification to a dataset: finds the estimator in the registry, builds the design matrix, removes
 * what cannot be estimated (collinear and empty terms, perfect predictors), maximises the likelihood, and computes
 * OIM, robust or cluster-robust standard errors, Wald tests, confidence intervals and fit statistics.
 */
public final class ModelEstimation {

	private ModelEstimation() {
	}

	/**
	 * Starts compiling the numerical kernels and the model's row code in a daemon thread, so that the first fit in a
	 * fresh JVM runs at (nearly) full speed: call it early, e.g. before reading the data. The thread runs the kernels,
	 * then fits the model a few times on a small generated design (a binary outcome for models with a constant, else
	 * four ordered categories); a model that cannot fit it is simply not warmed up. Harmless if called more than once.
	 * <p>
	 * The generated design has as many predictors as the model will have (as far as known before the data are read:
	 * the formula's terms): the kernels' code for that width is what a fit then needs. Measured on 1,000,000 x 20, the
	 * first ordered logit took 0.35-0.52 s after a warm-up of that width, 0.75-0.84 s after one of 6 predictors.
	 *
	 * @param modelId    the estimator the command will fit; {@code null} for the kernels only
	 * @param predictors the number of predictors it will have, e.g. the formula's terms; clamped to 1..64
	 */
	public static void warmUpInBackground(String modelId, int predictors) {
		if (WARMED_UP.compareAndSet(false, true)) {
			int width = Math.max(1, Math.min(64, predictors));
			Thread thread = new Thread(() -> warmUp(modelId, width), "voxpop-estimation-warm-up");
			thread.setDaemon(true);
			thread.setPriority(Thread.MIN_PRIORITY);
			thread.start();
		}
	}

	private static void warmUp(String modelId, int predictors) {
		Kernels.warmUp();
		if (modelId == null) {
			return;
		}
		try {
			boolean binary = Estimators.get(modelId).instance().includesConstant();
			int rows = 20_000;
			SplittableRandom random = new SplittableRandom(1);
			List<Column> columns = new ArrayList<>();
			double[] y = new double[rows];
			StringBuilder formula = new StringBuilder("y");
			double[][] x = new double[predictors][rows];
			for (int i = 0; i < rows; i++) {
				double eta = 0;
				for (int j = 0; j < predictors; j++) {
					x[j][i] = random.nextDouble() - 0.5;
					eta += x[j][i];
				}
				double u = random.nextDouble();
				double latent = eta + Math.log(u / (1 - u));
				y[i] = binary ? (latent > 0 ? 1 : 0) : 1 + (latent > -1 ? 1 : 0) + (latent > 0 ? 1 : 0) + (latent > 1 ? 1 : 0);
			}
			columns.add(new NumericColumn("y", y));
			for (int j = 0; j < predictors; j++) {
				columns.add(new NumericColumn("x" + j, x[j]));
				formula.append(" x").append(j);
			}
			Dataset data = new Dataset(null, CodebookFactory.eINSTANCE.createStudy(), columns);
			ModelSpecification spec = ModelSpecification.of(modelId, ModelFormula.parse(formula.toString()));
			for (int round = 0; round < 8 && !FITTING.get(); round++) { // stops when the real fit starts
				fit(data, spec, new NullProgressMonitor());
			}
		} catch (EstimationException | RuntimeException e) {
			// a warm-up only: the real fit reports whatever is wrong
		}
	}

	/**
	 * The numerical kernels fits run on, for benchmarks and logs: {@code vector (512-bit)} (the JDK's Vector API, when
	 * the runtime has the module {@code jdk.incubator.vector}) or {@code scalar}.
	 */
	public static String kernels() {
		return Kernels.implementation();
	}

	private static final AtomicBoolean WARMED_UP = new AtomicBoolean();
	/** Set by the first fit asked for, so that the warm-up does not compete with it for the cores. */
	private static final AtomicBoolean FITTING = new AtomicBoolean();

	/**
	 * @param data    the dataset; never {@code null}
	 * @param spec    what to fit; never {@code null}
	 * @param monitor progress and cancellation; never {@code null}
	 * @return the result; never {@code null}; not converged fits are returned flagged, with a note
	 * @throws EstimationException for problems the analyst can fix, worded for them
	 * @throws org.eclipse.core.runtime.OperationCanceledException if cancelled
	 */
	public static EstimationResult estimate(Dataset data, ModelSpecification spec, IProgressMonitor monitor)
			throws EstimationException {
		FITTING.set(true);
		return fit(data, spec, monitor);
	}

	private static EstimationResult fit(Dataset data, ModelSpecification spec, IProgressMonitor monitor)
			throws EstimationException {
		SubMonitor progress = SubMonitor.convert(monitor, "Fitting " + spec.modelId() + " of " + spec.formula().outcome(), 10);
		Estimator estimator = Estimators.get(spec.modelId()).instance();
		if (spec.weight() != null && spec.weight().type() == Weight.Type.PROBABILITY && spec.vce().kind() == Vce.Kind.OIM) {
			throw new EstimationException("pweights require a robust variance: vce(oim) is not allowed with pweights; "
					+ "use --vce robust or --vce cluster VAR");
		}
		DesignMatrix built = DesignMatrixBuilder.build(data, spec, estimator.includesConstant());
		ModelDiagnostics diagnostics = new ModelDiagnostics();
		if (built.rows() < built.rowsInData()) {
			diagnostics.note((built.rowsInData() - built.rows()) + " of " + built.rowsInData()
					+ " observations dropped because of missing values in the model's variables"
					+ (spec.weight() != null ? " or zero weights" : ""));
		}
		Collinearity.Checked checked = Collinearity.check(built, diagnostics);
		DesignMatrix design = checked.design();
		DesignMatrix screened = estimator.screen(design, diagnostics);
		if (screened != design) {
			checked = Collinearity.check(screened, diagnostics); // dropped rows can leave a column empty
			design = checked.design();
		}
		progress.worked(1);
		List<IndexModel> models = new ArrayList<>();
		for (int thread = RowParts.threadsFor(design.rows()); thread > 0; thread--) {
			models.add(estimator.model(design)); // one instance per thread of the row passes
		}
		IndexLikelihood likelihood = new IndexLikelihood(design, models);
		likelihood.knowCrossProduct(checked.crossProduct());
		NewtonRaphson.Maximum fit;
		try {
			fit = NewtonRaphson.maximize(likelihood, spec.maxIterations(), progress.split(7));
		} catch (NewtonRaphson.FlatLikelihoodException e) {
			checkPerfectPrediction(design, e.logLikelihood());
			throw e;
		}
		checkPerfectPrediction(design, fit.logLikelihood());
		NullModel nullFit = nullModel(estimator, design, likelihood.model(), spec.maxIterations(), progress.split(2));
		double[] covariance = covariance(spec.vce(), likelihood, fit);
		noteCompletelyDetermined(likelihood, fit.theta(), diagnostics);
		if (!fit.converged()) {
			diagnostics.note("convergence not achieved after " + fit.iterations()
					+ " iterations; the estimates are the last iterate");
		}
		FittedModel fitted = new FittedModel(spec.modelId(), design, models, fit.theta(), covariance);
		return assemble(spec, data, fitted, fit, nullFit, diagnostics);
	}

	/**
	 * Stata's note on observations the fit predicts with certainty (a predictor or combination that separates part of
	 * the sample, e.g. a continuous one): "N failures and M successes completely determined" for binary outcomes,
	 * "N observations completely determined; standard errors questionable" otherwise.
	 */
	private static void noteCompletelyDetermined(IndexLikelihood likelihood, double[] theta, ModelDiagnostics diagnostics) {
		long[] determined = likelihood.completelyDetermined(theta);
		if (determined[0] + determined[1] == 0) {
			return;
		}
		diagnostics.note(likelihood.model().predictedOutcomes().length == 1
				? determined[0] + " failures and " + determined[1] + " successes completely determined"
				: (determined[0] + determined[1]) + " observations completely determined; standard errors questionable");
	}

	/** A log-likelihood of (almost) zero means the outcome is predicted without error: nothing is identified. */
	private static void checkPerfectPrediction(DesignMatrix design, double logLikelihood) throws EstimationException {
		if (logLikelihood > -1e-7 * design.weightSum()) {
			throw new EstimationException("outcome " + design.outcomeName() + " is predicted perfectly by the predictors "
					+ "(complete separation): the coefficients are infinite and cannot be estimated. Look for a predictor "
					+ "or combination of predictors that splits the outcome exactly, and leave it out or recode it.");
		}
	}

	private static double[] covariance(Vce vce, IndexLikelihood likelihood, NewtonRaphson.Maximum fit)
			throws EstimationException {
		double[] bread = fit.covariance();
		if (vce.kind() == Vce.Kind.OIM) {
			return bread;
		}
		DesignMatrix design = likelihood.design();
		boolean clustered = vce.kind() == Vce.Kind.CLUSTER;
		double[] meat = likelihood.scoreOuterProduct(fit.theta(), clustered);
		double count = clustered ? design.clusterCount() : design.observations();
		if (count < 2) {
			throw new EstimationException(clustered ? "vce cluster needs at least 2 clusters; " + vce.clusterVariable()
					+ " has " + design.clusterCount() : "vce robust needs at least 2 observations");
		}
		int p = fit.theta().length;
		double[] sandwich = Matrices.multiply(Matrices.multiply(bread, meat, p), bread, p);
		double factor = count / (count - 1);
		for (int i = 0; i < sandwich.length; i++) {
			sandwich[i] *= factor;
		}
		return sandwich;
	}

	/** The model without predictors on the same sample: its log-likelihood and its number of parameters. */
	private record NullModel(double logLikelihood, int parameters) {
	}

	/**
	 * The null model. A binary model with a constant and an ordered model without predictors are saturated in the
	 * outcome's categories: whatever the link, their maximum gives each category its weighted share, so the
	 * log-likelihood is sum_c W_c log(W_c / W) (W_c the weight of category c, W the total), which this computes
	 * without a pass of Newton-Raphson. Any other model is fitted.
	 */
	private static NullModel nullModel(Estimator estimator, DesignMatrix design, IndexModel model, int maxIterations,
			IProgressMonitor monitor) throws EstimationException {
		boolean saturated = model instanceof BinaryIndexModel ? design.constantIndex() >= 0
				: model instanceof OrderedIndexModel;
		if (saturated) { // the models know their categories' weights
			double[] weights = model instanceof BinaryIndexModel binary ? binary.outcomeWeights()
					: ((OrderedIndexModel) model).outcomeWeights();
			double logL = saturatedLogLikelihood(weights);
			if (!Double.isNaN(logL)) {
				return new NullModel(logL, weights.length - 1);
			}
		}
		DesignMatrix nullDesign = nullDesign(design);
		NewtonRaphson.Maximum fit = NewtonRaphson.maximize(new IndexLikelihood(nullDesign, estimator.model(nullDesign)),
				maxIterations, monitor);
		return new NullModel(fit.logLikelihood(), fit.theta().length);
	}

	/** sum_c W_c log(W_c / W) over the outcome's categories' weights W_c; {@code NaN} if one is not positive. */
	private static double saturatedLogLikelihood(double[] totals) {
		double total = 0;
		for (double t : totals) {
			if (!(t > 0)) {
				return Double.NaN;
			}
			total += t;
		}
		double logL = 0;
		for (double t : totals) {
			logL += t * Math.log(t / total);
		}
		return logL;
	}

	/** The same sample with only the constant (or no predictors at all). */
	private static DesignMatrix nullDesign(DesignMatrix design) {
		boolean[] keep = new boolean[design.columnCount()];
		int constant = design.constantIndex();
		if (constant >= 0) {
			keep[constant] = true;
		}
		DesignMatrix onlyConstant = design.selectColumns(keep);
		return new DesignMatrix(onlyConstant.outcomeName(), onlyConstant.y(), onlyConstant.x(), onlyConstant.columns(),
				List.of(), design.weight(), design.weights(), design.clusters(), design.clusterCount(),
				design.sampleValues(), design.sampleRows(), design.rowsInData());
	}

	private static EstimationResult assemble(ModelSpecification spec, Dataset data, FittedModel fitted,
			NewtonRaphson.Maximum fit, NullModel nullFit, ModelDiagnostics diagnostics) {
		DesignMatrix design = fitted.design();
		double[] covariance = fitted.covariance();
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
				coefficients.add(row(column.term(), column.variable(), column.level(), column.label(), fit.theta(),
						covariance, j));
			}
		}
		List<Coefficient> ancillary = new ArrayList<>();
		List<String> names = fitted.model().ancillaryParameterNames();
		for (int a = 0; a < names.size(); a++) {
			ancillary.add(row(names.get(a), null, Double.NaN, null, fit.theta(), covariance, k + a));
		}
		double logL = fit.logLikelihood();
		double logL0 = nullFit.logLikelihood();
		int df = parameters - nullFit.parameters();
		String chi2Type;
		double chi2;
		if (spec.vce().kind() == Vce.Kind.OIM) {
			chi2Type = "LR";
			chi2 = 2 * (logL - logL0);
		} else {
			chi2Type = "Wald";
			chi2 = waldAllCoefficients(fitted, df);
			if (Double.isNaN(chi2) && df > 0) {
				diagnostics.note("Wald chi2 not reported: the " + spec.vce() + " variance is not of full rank"
						+ (spec.vce().kind() == Vce.Kind.CLUSTER ? " (" + design.clusterCount() + " clusters for " + df
								+ " coefficients)" : ""));
			}
		}
		long n = design.observations();
		return new EstimationResult(spec.modelId(), design.outcomeName(), data.displayName(), n, design.rowsInData(),
				spec.weight(), spec.vce(), design.clusterCount(), logL, logL0, chi2Type, chi2, df,
				Inference.chiSquaredP(chi2, df), 1 - logL / logL0, -2 * logL + 2 * parameters,
				-2 * logL + Math.log(n) * parameters, fit.converged(), fit.iterations(), fit.log(), coefficients,
				ancillary, covariance, List.of(), List.of(), diagnostics.omitted(), List.of(), diagnostics.notes(), fitted);
	}

	/** Wald chi-square that every coefficient but {@code _cons} (and the cutpoints) is zero. */
	private static double waldAllCoefficients(FittedModel fitted, int df) {
		if (df <= 0) {
			return Double.NaN;
		}
		DesignMatrix design = fitted.design();
		int p = fitted.parameterCount();
		int[] tested = new int[df];
		int t = 0;
		for (int j = 0; j < design.columnCount(); j++) {
			if (!design.columns().get(j).isConstant()) {
				tested[t++] = j;
			}
		}
		return Matrices.waldStatistic(fitted.theta(), fitted.covariance(), p, tested);
	}

	private static Coefficient row(String term, String variable, double level, String label, double[] theta,
			double[] covariance, int index) {
		int p = theta.length;
		double estimate = theta[index];
		double se = Math.sqrt(covariance[index * p + index]);
		double z = estimate / se;
		return new Coefficient(term, variable, level, label, false, estimate, se, z, Inference.twoSidedP(z),
				estimate - Inference.Z_95 * se, estimate + Inference.Z_95 * se);
	}
}
