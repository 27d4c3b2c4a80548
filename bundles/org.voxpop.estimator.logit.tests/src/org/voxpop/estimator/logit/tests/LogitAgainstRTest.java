package org.voxpop.estimator.logit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voxpop.test.support.NumericAssertions.RELATIVE_TOLERANCE;
import static org.voxpop.test.support.NumericAssertions.assertRelativelyClose;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.voxpop.data.Dataset;
import org.voxpop.data.ImportSource;
import org.voxpop.data.Importers;
import org.voxpop.estimation.ModelEstimation;
import org.voxpop.estimation.ModelFormula;
import org.voxpop.estimation.ModelSpecification;
import org.voxpop.estimation.result.Coefficient;
import org.voxpop.estimation.result.EstimationResult;
import org.voxpop.test.support.Fixtures;

/**
 * Logit estimates and OIM standard errors against R's glm on two public datasets (carData::Mroz and
 * carData::Chile); the fixtures and the script that made them are in fixtures/ (see PROVENANCE.md).
 */
class LogitAgainstRTest {

	private static final String BUNDLE = "org.voxpop.estimator.logit.tests";

	@ParameterizedTest(name = "{0}: {2}")
	@CsvSource(delimiter = '|', value = {
			"mroz  | -                         | lfp k5 k618 age wc hc lwg inc",
			"chile | chile/chile.codebook.xmi  | vote i.region female age ib2.education income statusquo" })
	void coefficientsStandardErrorsAndLikelihoodsEqualR(String name, String codebook, String formula) throws Exception {
		Path csv = Fixtures.file(BUNDLE, "fixtures/" + name + "/" + name + ".csv");
		Path codebookFile = codebook.equals("-") ? null : Fixtures.file(BUNDLE, "fixtures/" + codebook);
		Dataset data = Importers.importDataset(new ImportSource(csv, codebookFile, null), new NullProgressMonitor());

		EstimationResult result = ModelEstimation.estimate(data, ModelSpecification.of("logit", ModelFormula.parse(formula)),
				new NullProgressMonitor());

		assertTrue(result.converged());
		List<Map<String, String>> reference = Fixtures.table(Fixtures.file(BUNDLE, "fixtures/" + name + "/glm_reference.csv"));
		List<Coefficient> estimated = result.coefficients().stream().filter(c -> !c.base()).toList();
		assertEquals(reference.stream().map(r -> r.get("term")).toList(), estimated.stream().map(Coefficient::term).toList(),
				"the same terms in Stata's order");
		for (Map<String, String> row : reference) {
			Coefficient c = result.coefficient(row.get("term"));
			assertNotNull(c, row.get("term"));
			assertRelativelyClose(Double.parseDouble(row.get("estimate")), c.estimate(), RELATIVE_TOLERANCE, c.term() + " estimate");
			assertRelativelyClose(Double.parseDouble(row.get("se")), c.se(), RELATIVE_TOLERANCE, c.term() + " se");
			assertRelativelyClose(Double.parseDouble(row.get("z")), c.z(), RELATIVE_TOLERANCE, c.term() + " z");
			// A tail p-value such as 1e-13 magnifies a 1e-8 difference in z a hundredfold: compare its logarithm.
			assertRelativelyClose(Math.log(Double.parseDouble(row.get("p"))), Math.log(c.p()), RELATIVE_TOLERANCE, c.term() + " ln p");
		}
		Map<String, Double> fit = Fixtures.statistics(Fixtures.file(BUNDLE, "fixtures/" + name + "/glm_fit.csv"));
		assertEquals(fit.get("n").intValue(), result.n());
		assertRelativelyClose(fit.get("loglik"), result.logLikelihood(), 1e-10, "log likelihood");
		assertRelativelyClose(fit.get("loglik0"), result.nullLogLikelihood(), 1e-10, "null log likelihood");
		assertRelativelyClose(2 * (fit.get("loglik") - fit.get("loglik0")), result.chi2(), 1e-8, "LR chi2");
	}
}
