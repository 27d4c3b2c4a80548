package org.voxpop.frequencies.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voxpop.test.support.Json.array;
import static org.voxpop.test.support.Json.number;
import static org.voxpop.test.support.Json.object;
import static org.voxpop.test.support.NumericAssertions.RELATIVE_TOLERANCE;
import static org.voxpop.test.support.NumericAssertions.assertRelativelyClose;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.voxpop.codebook.MissingKind;
import org.voxpop.data.Dataset;
import org.voxpop.data.RowCondition;
import org.voxpop.frequencies.BoxScore;
import org.voxpop.frequencies.CrossTable;
import org.voxpop.frequencies.Estimate;
import org.voxpop.frequencies.Frequencies;
import org.voxpop.frequencies.FrequencyException;
import org.voxpop.frequencies.FrequencyRow;
import org.voxpop.frequencies.FrequencyTable;
import org.voxpop.frequencies.IndependenceTest;
import org.voxpop.frequencies.MultipleResponseTable;
import org.voxpop.frequencies.SurveyWeight;
import org.voxpop.test.support.Fixtures;
import org.voxpop.test.support.GoldenResults;
import org.voxpop.test.support.Json;

/**
 * Frequencies, boxes, multiple response and cross-tabs against R's survey package on poll.csv (fixtures and their
 * provenance in fixtures/PROVENANCE.md): weighted by w (pweight), unweighted, and with frequency weights fw.
 */
class SurveyFrequenciesTest {

	private static Dataset poll;
	private static Frequencies weighted;

	@BeforeAll
	static void importPoll() throws Exception {
		poll = GoldenResults.dataset(fixture("poll.csv"), fixture("poll.codebook.xmi"));
		weighted = new Frequencies(poll, new SurveyWeight(SurveyWeight.Type.SAMPLING, "w"));
	}

	@Test
	void weightedPercentagesOfValidAnswersEqualSvymeanAndSvyciprop() throws Exception {
		int checked = 0;
		for (Object each : tables("weighted_proportions.json", "tables")) {
			Map<String, Object> expected = object(each);
			FrequencyTable table = table(weighted, expected);
			assertEquals(number(expected, "n_domain"), table.valid());
			assertEquals(number(expected, "df"), table.degreesOfFreedom());
			assertClose(number(expected, "sum_w_domain"), table.weightedValid(), "sum of weights");
			for (Object category : array(expected.get("categories"))) {
				Map<String, Object> c = object(category);
				FrequencyRow row = row(table, number(c, "code"));
				String what = table.variable() + "=" + row.code() + " " + table.group();
				assertEquals(number(c, "n_unweighted"), row.count(), what);
				assertClose(number(c, "total"), row.weightedCount(), what + " total");
				assertEstimate(c, row.estimate(), what);
				checked++;
			}
		}
		assertEquals(54, checked);
	}

	@Test
	void missingCodesAreListedSeparatelyWithTheirShareOfAllRespondents() throws Exception {
		for (Object each : tables("weighted_all_rows.json", "tables")) {
			Map<String, Object> expected = object(each);
			FrequencyTable table = table(weighted, expected);
			for (Object category : array(expected.get("categories"))) {
				Map<String, Object> c = object(category);
				if (!"valid".equals(c.get("kind")) && number(c, "prop_all") == 0) {
					assertTrue(table.rows().stream().noneMatch(r -> Double.compare(r.code(), number(c, "code")) == 0),
							"a missing code nobody has gets no line");
					continue;
				}
				FrequencyRow row = row(table, number(c, "code"));
				assertClose(number(c, "prop_all") * 100, row.weightedPercent(), table.variable() + " " + row.code());
				assertEquals(!"valid".equals(c.get("kind")), row.isMissing());
			}
		}
		for (Object each : tables("unweighted_frequencies.json", "tables")) {
			Map<String, Object> expected = object(each);
			FrequencyTable table = table(weighted, expected);
			assertEquals(number(expected, "n_rows"), table.respondents());
			List<Object> categories = array(expected.get("categories")).stream()
					.filter(c -> "valid".equals(object(c).get("kind")) || number(object(c), "n") > 0).toList();
			assertEquals(categories.size(), table.rows().size(), "one line per code, missing ones after the valid");
			for (int i = 0; i < categories.size(); i++) {
				Map<String, Object> c = object(categories.get(i));
				FrequencyRow row = table.rows().get(i);
				assertEquals(number(c, "code"), row.code());
				assertEquals(number(c, "n"), row.count());
				assertClose(number(c, "prop_all") * 100, row.percent(), "percent");
				if (c.get("prop_valid") == null) {
					assertTrue(Double.isNaN(row.validPercent()));
				} else {
					assertClose(number(c, "prop_valid") * 100, row.validPercent(), "valid percent");
				}
			}
		}
		FrequencyTable q1 = weighted.frequencies("q1", null).get(0);
		assertEquals(MissingKind.NOT_SURE, row(q1, 8).missingKind());
		assertEquals(MissingKind.NO_RESPONSE, row(q1, 9).missingKind());
		assertEquals(MissingKind.SYSTEM, row(q1, Double.NaN).missingKind());
		assertEquals("Not sure", row(q1, 8).label());
		assertNull(row(q1, 8).estimate());
	}

	@Test
	void topAndBottomBoxesEqualSvyciprop() throws Exception {
		for (Object each : tables("box_scores.json", "boxes")) {
			Map<String, Object> expected = object(each);
			FrequencyTable table = table(weighted, expected);
			BoxScore box = table.boxes().stream().filter(b -> b.name().equals(expected.get("box"))).findFirst()
					.orElseThrow();
			assertEquals(array(expected.get("codes")), box.codes().stream().map(Object.class::cast).toList());
			assertEstimate(expected, box.estimate(), box.label());
		}
	}

	@Test
	void multipleResponseSharesOfRespondentsEqualSvymean() throws Exception {
		for (Object each : tables("multiple_response.json", "groups")) {
			Map<String, Object> expected = object(each);
			MultipleResponseTable table = pick(weighted.multipleResponse("mr", by(expected)), t -> t.group(), expected);
			assertEquals(number(expected, "n_rows"), table.respondents());
			List<Object> items = array(expected.get("items"));
			for (int i = 0; i < items.size(); i++) {
				Map<String, Object> item = object(items.get(i));
				MultipleResponseTable.Option option = table.options().get(i);
				assertEquals(item.get("variable"), option.name());
				assertEquals(number(item, "n_selected"), option.count());
				assertClose(number(item, "total"), option.weightedCount(), "weighted count");
				assertEstimate(item, option.estimate(), option.name());
			}
		}
		assertEquals("Sources: television", weighted.multipleResponse("mr", null).get(0).options().get(0).label());
	}

	@Test
	void crossTabsGiveSvytableAndTheRaoScottTestsOfSvychisq() throws Exception {
		for (Object each : tables("crosstabs.json", "tables")) {
			Map<String, Object> expected = object(each);
			CrossTable table = weighted.crossTable((String) expected.get("row_variable"),
					(String) expected.get("col_variable"));
			List<Object> weightedCounts = array(expected.get("weighted_counts_rowmajor"));
			List<Object> counts = array(expected.get("unweighted_counts_rowmajor"));
			for (int i = 0; i < weightedCounts.size(); i++) {
				for (int j = 0; j < table.columnCodes().size(); j++) {
					assertClose((Double) array(weightedCounts.get(i)).get(j), table.weightedCounts()[i][j], "cell");
					assertEquals((Double) array(counts.get(i)).get(j), table.counts()[i][j]);
				}
			}
			IndependenceTest test = table.test();
			Map<String, Object> f = object(expected.get("svychisq_F"));
			Map<String, Object> chisq = object(expected.get("svychisq_Chisq"));
			Map<String, Object> pearson = object(expected.get("unweighted_pearson"));
			String what = table.rowVariable() + " x " + table.columnVariable();
			assertClose(number(f, "statistic"), test.raoScottF(), what + " F");
			assertClose(number(f, "ndf"), test.numeratorDf(), what + " ndf");
			assertClose(number(f, "ddf"), test.denominatorDf(), what + " ddf");
			assertClose(number(f, "p_value"), test.raoScottP(), what + " p");
			assertClose(number(chisq, "statistic_reported"), test.weightedChi2(), what + " X2");
			assertClose(number(chisq, "adjusted_statistic"), test.firstOrderChi2(), what + " first order");
			assertClose(number(chisq, "p_value"), test.firstOrderP(), what + " first-order p");
			assertEquals(number(chisq, "df"), test.df());
			assertClose(number(pearson, "statistic"), test.pearsonChi2(), what + " Pearson");
			assertClose(number(pearson, "p_value"), test.pearsonP(), what + " Pearson p");
		}
	}

	@Test
	void withoutWeightsAndWithFrequencyWeightsTheNumbersAreThoseOfEqualProbabilityDesigns() throws Exception {
		Frequencies unweighted = new Frequencies(poll, null);
		Frequencies replicated = new Frequencies(poll, new SurveyWeight(SurveyWeight.Type.FREQUENCY, "fw"));
		int checked = 0;
		for (Object each : tables("equal_weight_frequencies.json", "tables")) {
			Map<String, Object> expected = object(each);
			Frequencies frequencies = "unweighted".equals(expected.get("design")) ? unweighted : replicated;
			if (expected.containsKey("crosstab")) {
				IndependenceTest test = frequencies.crossTable("q1", "country").test();
				assertClose(number(expected, "F"), test.raoScottF(), "F");
				assertClose(number(expected, "ddf"), test.denominatorDf(), "ddf");
				assertClose(number(expected, "p"), test.raoScottP(), "p");
				continue;
			}
			FrequencyTable table = frequencies.frequencies((String) expected.get("variable"), null).get(0);
			assertEquals(number(expected, "df"), table.degreesOfFreedom());
			for (Object category : array(expected.get("categories"))) {
				Map<String, Object> c = object(category);
				Estimate estimate = row(table, number(c, "code")).estimate();
				assertClose(number(c, "prop") * 100, estimate.percent(), "percent");
				assertClose(number(c, "se") * 100, estimate.se(), "se");
				assertClose(number(c, "logit_lo") * 100, estimate.ciLow(), "ci low");
				assertClose(number(c, "logit_hi") * 100, estimate.ciHigh(), "ci high");
				checked++;
			}
		}
		assertEquals(18, checked);
	}

	@Test
	void aRestrictionIsASubpopulationOfTheWholeDesign() throws Exception {
		Frequencies korea = new Frequencies(poll, new SurveyWeight(SurveyWeight.Type.SAMPLING, "w"),
				RowCondition.parse("country == 1"));
		FrequencyTable table = korea.frequencies("q1", null).get(0);
		for (Object each : tables("weighted_proportions.json", "tables")) {
			Map<String, Object> expected = object(each);
			if ("q1".equals(expected.get("variable")) && "country".equals(expected.get("by"))
					&& number(expected, "group") == 1) {
				assertEquals(number(expected, "df"), table.degreesOfFreedom());
				for (Object category : array(expected.get("categories"))) {
					Map<String, Object> c = object(category);
					assertEstimate(c, row(table, number(c, "code")).estimate(), "if country == 1: " + c.get("code"));
				}
				return;
			}
		}
		throw new AssertionError("the fixture has no q1 table for country 1");
	}

	@Test
	void badRequestsSayWhatToDo() throws FrequencyException {
		FrequencyException unknown = assertThrows(FrequencyException.class, () -> weighted.frequencies("q7", null));
		assertTrue(unknown.getMessage().startsWith("--vars: poll.csv has no variable 'q7'. Its variables are: id year"),
				unknown.getMessage());
		FrequencyException fractional = assertThrows(FrequencyException.class,
				() -> new Frequencies(poll, new SurveyWeight(SurveyWeight.Type.FREQUENCY, "w")));
		assertTrue(fractional.getMessage().startsWith("poll.csv row 1: the frequency weight w is "),
				fractional.getMessage());
		assertThrows(FrequencyException.class, () -> weighted.multipleResponse("nope", null));
		assertFalse(weighted.frequencies("q1", "year").isEmpty());
	}

	private static Path fixture(String name) {
		return Fixtures.file("org.voxpop.frequencies.tests", "fixtures/" + name);
	}

	private static List<Object> tables(String file, String key) {
		return array(object(Json.read(fixture(file))).get(key));
	}

	private static String by(Map<String, Object> expected) {
		return "all".equals(expected.get("by")) ? null : (String) expected.get("by");
	}

	private static FrequencyTable table(Frequencies frequencies, Map<String, Object> expected) throws FrequencyException {
		return pick(frequencies.frequencies((String) expected.get("variable"), by(expected)), FrequencyTable::group,
				expected);
	}

	private static <T> T pick(List<T> tables, java.util.function.Function<T, org.voxpop.frequencies.Group> group,
			Map<String, Object> expected) {
		if (expected.get("group") == null) {
			assertEquals(1, tables.size());
			return tables.get(0);
		}
		return tables.stream().filter(t -> group.apply(t).code() == number(expected, "group")).findFirst()
				.orElseThrow(() -> new AssertionError("no group " + expected.get("group")));
	}

	private static FrequencyRow row(FrequencyTable table, double code) {
		return table.rows().stream().filter(r -> Double.compare(r.code(), code) == 0).findFirst()
				.orElseThrow(() -> new AssertionError("no line for code " + code + " in " + table.variable()));
	}

	private static void assertEstimate(Map<String, Object> expected, Estimate estimate, String what) {
		assertClose(number(expected, "prop") * 100, estimate.percent(), what + " percent");
		assertClose(number(expected, "se") * 100, estimate.se(), what + " se");
		assertClose(number(expected, "logit_lo") * 100, estimate.ciLow(), what + " ci low");
		assertClose(number(expected, "logit_hi") * 100, estimate.ciHigh(), what + " ci high");
	}

	private static void assertClose(double expected, double actual, String what) {
		assertRelativelyClose(expected, actual, RELATIVE_TOLERANCE, what);
	}
}
