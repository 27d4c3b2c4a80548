package org.voxpop.estimator.logit.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.voxpop.data.Dataset;
import org.voxpop.estimation.BrantTest;
import org.voxpop.estimation.result.EstimationResult;
import org.voxpop.estimation.result.TestStatistic;
import org.voxpop.margins.Margins;
import org.voxpop.test.support.Fixtures;
import org.voxpop.test.support.GoldenResults;

/**
 * Logit and ordered logit against R (and, for three cases, statsmodels) on public datasets, for every variance and weight type: coefficients,
 * cutpoints, standard errors, log-likelihoods, average marginal effects and predictive margins with delta-method
 * standard errors. The fixtures, the R scripts that made them and their provenance are under fixtures/.
 */
class GoldenCasesTest {

	private static final String BUNDLE = "org.voxpop.estimator.logit.tests";

	@ParameterizedTest(name = "{0}/{1}: {4} {3} {5} vce {6}")
	@CsvSource(delimiter = '|', value = {
			"logit  | mroz/oim             | mroz/mroz_ext.csv     | logit  | lfp k5 k618 c.age##c.age i.wc i.hc lwg inc | -            | oim",
			"logit  | mroz/robust          | mroz/mroz_ext.csv     | logit  | lfp k5 k618 c.age##c.age i.wc i.hc lwg inc | -            | robust",
			"logit  | mroz/cluster_age     | mroz/mroz_ext.csv     | logit  | lfp k5 k618 c.age##c.age i.wc i.hc lwg inc | -            | cluster age",
			"logit  | mroz/iweight         | mroz/mroz_ext.csv     | logit  | lfp k5 k618 c.age##c.age i.wc i.hc lwg inc | iweight=w    | oim",
			"logit  | housing/fweight      | housing/housing.csv   | logit  | high i.Infl i.Type i.Cont                  | fweight=Freq | oim",
			"logit  | housing/fweight_robust | housing/housing.csv | logit  | high i.Infl i.Type i.Cont                  | fweight=Freq | robust",
			"logit  | apistrat/pweight     | apistrat/apistrat.csv | logit  | sch_wide ell meals mobility i.stype        | pweight=pw   | robust",
			"logit  | apistrat/cluster_dnum | apistrat/apistrat.csv | logit | sch_wide ell meals mobility i.stype        | -            | cluster dnum",
			"ologit | wvs/oim              | wvs/wvs.csv           | ologit | poverty i.religion i.degree i.country c.age##c.age i.gender | - | oim",
			"ologit | wvs/robust           | wvs/wvs.csv           | ologit | poverty i.religion i.degree i.country c.age##c.age i.gender | - | robust",
			"ologit | wvs/brant            | wvs/wvs.csv           | ologit | poverty i.religion i.degree i.country age i.gender | -     | oim",
			"ologit | housing/fweight      | housing/housing.csv   | ologit | Sat i.Infl i.Type i.Cont                   | fweight=Freq | oim",
			"ologit | apistrat/pweight     | apistrat/apistrat.csv | ologit | api4 ell meals mobility i.stype            | pweight=pw   | robust",
			"logit  | statsmodels/mroz_logit        | mroz/mroz_ext.csv  | logit  | lfp k5 k618 age i.wc i.hc lwg inc | - | oim",
			"logit  | statsmodels/mroz_logit_robust | mroz/mroz_ext.csv  | logit  | lfp k5 k618 age i.wc i.hc lwg inc | - | robust",
			"logit  | statsmodels/wvs_ologit        | ologit/wvs/wvs.csv | ologit | poverty i.religion i.degree i.country age i.gender | - | oim",
	})
	void equalsR(String root, String caseFolder, String data, String model, String formula, String weight, String vce)
			throws Exception {
		Path base = Fixtures.file(BUNDLE, "fixtures/" + (root.equals("logit") ? "" : root + "/"));
		Path folder = base.resolve(caseFolder);
		Path csv = base.resolve(data);
		Path codebook = Path.of(csv.toString().replaceFirst("\\.csv$", ".codebook.xmi"));
		Dataset dataset = GoldenResults.dataset(csv, Files.exists(codebook) ? codebook : null);
		EstimationResult result = GoldenResults.fit(dataset, GoldenResults.specification(model, formula, weight, vce));
		if (Files.exists(folder.resolve("margins.csv"))) {
			result = result.withMargins(Margins.averageMarginalEffects(result.fitted()), List.of());
		}
		if (Files.exists(folder.resolve("predictive_margins.csv"))) {
			String variable = Fixtures.table(folder.resolve("predictive_margins.csv")).get(0).get("term").replaceFirst("^\\d+\\.", "");
			result = result.withMargins(result.margins(), Margins.predictiveMargins(result.fitted(), variable));
		}
		if (Files.exists(folder.resolve("brant.csv"))) {
			result = result.withTests(BrantTest.test(result.fitted()).stream()
					.map(line -> new TestStatistic("brant", line.term(), line.chi2(), line.df(), line.p())).toList());
		}
		GoldenResults.assertMatches(folder, result);
	}
}
