package org.voxpop.estimator.probit.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.voxpop.data.Dataset;
import org.voxpop.estimation.result.EstimationResult;
import org.voxpop.margins.Margins;
import org.voxpop.test.support.Fixtures;
import org.voxpop.test.support.GoldenResults;

/**
 * Probit and ordered probit against R (glm finished by Newton steps on the observed Hessian, ordinal::clm):
 * coefficients, cutpoints, OIM standard errors, log-likelihoods, average marginal effects and predictive margins
 * with delta-method standard errors; and a probit whose likelihood is maximised in the normal's far tail
 * (fixtures/tail). The fixtures, the R scripts that made them and their provenance are under fixtures/
 * (PROVENANCE.md, tail/README.md).
 */
class GoldenCasesTest {

	private static final String BUNDLE = "org.voxpop.estimator.probit.tests";

	@ParameterizedTest(name = "{0}: {2} {3}")
	@CsvSource(delimiter = '|', value = {
			"mroz/oim        | mroz/mroz.csv | probit  | lfp k5 k618 c.age##c.age i.wc i.hc lwg inc",
			"wvs/oprobit_oim | wvs/wvs.csv   | oprobit | poverty i.religion i.degree i.country c.age##c.age i.gender",
			"tail/oim        | tail/tail.csv | probit  | y x",
	})
	void equalsR(String caseFolder, String data, String model, String formula) throws Exception {
		Path base = Fixtures.file(BUNDLE, "fixtures/");
		Path folder = base.resolve(caseFolder);
		Path csv = base.resolve(data);
		Path codebook = Path.of(csv.toString().replaceFirst("\\.csv$", ".codebook.xmi"));
		Dataset dataset = GoldenResults.dataset(csv, Files.exists(codebook) ? codebook : null);
		EstimationResult result = GoldenResults.fit(dataset, GoldenResults.specification(model, formula, "-", "oim"));
		result = result.withMargins(Margins.averageMarginalEffects(result.fitted()), List.of());
		if (Files.exists(folder.resolve("predictive_margins.csv"))) {
			String variable = Fixtures.table(folder.resolve("predictive_margins.csv")).get(0).get("term")
					.replaceFirst("^\\d+\\.", "");
			result = result.withMargins(result.margins(), Margins.predictiveMargins(result.fitted(), variable));
		}
		GoldenResults.assertMatches(folder, result);
	}
}
