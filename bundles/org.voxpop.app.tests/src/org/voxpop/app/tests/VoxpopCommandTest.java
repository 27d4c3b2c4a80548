package org.voxpop.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voxpop.app.internal.VoxpopCommand;
import org.voxpop.test.support.Fixtures;

/** The command line as a user meets it: exit codes, the table, the JSON file and one-line errors. */
class VoxpopCommandTest {

	private static final String FORMULA = "support_coop threat_nk threat_cn age female i.edu ideology i.country";

	@TempDir
	Path folder;

	private final CommandLine voxpop = new CommandLine();

	private String[] estimate(String formula, String... more) {
		String[] base = { "estimate", "--data", Fixtures.exampleCsv().toString(), "--codebook",
				Fixtures.exampleCodebook().toString(), "--model", "logit", "--formula", formula };
		String[] all = new String[base.length + more.length];
		System.arraycopy(base, 0, all, 0, base.length);
		System.arraycopy(more, 0, all, base.length, more.length);
		return all;
	}

	@Test
	void modelsListsLogit() {
		assertEquals(0, voxpop.run("models"));
		assertTrue(voxpop.out().contains("logit "));
	}

	@Test
	void estimatePrintsAStataTableAndWritesTheJsonContract() throws Exception {
		Path json = folder.resolve("result.json");
		assertEquals(0, voxpop.run(estimate(FORMULA, "--json", json.toString())), voxpop.err());
		String table = voxpop.out();
		assertTrue(table.contains("Number of obs ="), table);
		assertTrue(table.contains("support_coop | Coefficient  Std. err.      z    P>|z|     [95% conf. interval]"), table);
		assertTrue(table.contains("(base)"), table);
		String text = Files.readString(json);
		for (String field : new String[] { "\"model\": \"logit\"", "\"outcome\": \"support_coop\"", "\"n\": ", "\"n_rows\": 2000",
				"\"loglik\": ", "\"converged\": true", "\"term\": \"2.edu\"", "\"term\": \"_cons\"", "\"ci_low\": " }) {
			assertTrue(text.contains(field), field + " in " + text);
		}
	}

	@Test
	void benchTimesTheModelAskedFor() {
		assertEquals(0, voxpop.run("bench", "--rows", "3000", "--predictors", "3", "--repeat", "2", "--model", "ologit"),
				voxpop.err());
		String report = voxpop.out();
		assertTrue(report.contains("ologit  fit with OIM SEs: cold "), report);
		assertTrue(report.contains("AMEs with delta-method SEs"), report);
		assertTrue(!report.contains("logit   fit"), report);
		assertEquals(2, voxpop.run("bench", "--model", "probit"));
		assertTrue(voxpop.err().contains("--model probit: not benchmarked (models: logit, ologit)"), voxpop.err());
	}

	@Test
	void anUnknownVariableIsOneClearLine() {
		assertEquals(VoxpopCommand.FAILED, voxpop.run(estimate("support_coop threat_nkk age")));
		String message = voxpop.err();
		assertEquals("voxpop: variable threat_nkk not found in poll2024.csv; did you mean threat_nk?\n", message);
	}

	@Test
	void anUnreadableFileIsNamed() {
		assertEquals(VoxpopCommand.FAILED, voxpop.run("estimate", "--data", folder.resolve("missing.csv").toString(), "--model",
				"logit", "--formula", "y x"));
		assertTrue(voxpop.err().startsWith("voxpop: ") && voxpop.err().contains("missing.csv: no such file"), voxpop.err());
		assertFalse(voxpop.err().contains("\tat "), "no stack trace");
	}

	@Test
	void aNonBinaryOutcomeAndAnUnknownModelAreRefused() {
		assertEquals(VoxpopCommand.FAILED, voxpop.run(estimate("fav_japan age")));
		assertTrue(voxpop.err().contains("outcome fav_japan is not binary"), voxpop.err());
		voxpop.clear();
		assertEquals(VoxpopCommand.FAILED, voxpop.run("estimate", "--data", "x.csv", "--model", "logitt", "--formula", "y x"));
		assertTrue(voxpop.err().contains("unknown model 'logitt'"), voxpop.err());
	}

	@Test
	void usageMistakesExitWithTwo() {
		assertEquals(VoxpopCommand.USAGE, voxpop.run("estimate", "--model", "logit"));
		assertTrue(voxpop.err().contains("--data is required"), voxpop.err());
		assertEquals(VoxpopCommand.USAGE, voxpop.run("frobnicate"));
		assertEquals(VoxpopCommand.USAGE, voxpop.run(estimate(FORMULA, "--bogus", "1")));
	}

	@Test
	void debugShowsTheStackTrace() {
		assertEquals(VoxpopCommand.FAILED, voxpop.run(estimate("support_coop nothere", "--debug")));
		assertTrue(voxpop.err().contains("\tat "), voxpop.err());
	}

	@Test
	void marginsWeightsAndClustersReachTheTableAndTheJson() throws Exception {
		Path json = folder.resolve("margins.json");
		assertEquals(0, voxpop.run(estimate(FORMULA, "--pweight", "weight", "--vce", "cluster", "region", "--margins",
				"--predictive-margins", "country", "--json", json.toString())), voxpop.err());
		String table = voxpop.out();
		assertTrue(table.contains("Log pseudolikelihood = "), table);
		assertTrue(table.contains("Wald chi2(8)"), table);
		assertTrue(table.contains("(Std. err. adjusted for 5 clusters in region)"), table);
		assertTrue(table.contains("Average marginal effects"), table);
		assertTrue(table.contains("dy/dx wrt:  threat_nk threat_cn age female 2.edu 3.edu ideology 2.country"), table);
		assertTrue(table.contains("Model VCE: Robust (clustered by region)"), table);
		assertTrue(table.contains("             |            Delta-method\n"), table);
		assertTrue(table.contains("Predictive margins"), table);
		String text = Files.readString(json);
		for (String field : new String[] { "\"weight\": {\"type\": \"pweight\", \"variable\": \"weight\"}",
				"\"vce\": \"cluster\"", "\"cluster_variable\": \"region\"", "\"clusters\": 5", "\"chi2_type\": \"Wald\"",
				"\"term\": \"2.edu\", \"variable\": \"edu\", \"level\": 2", "\"outcome\": null, \"dydx\": ",
				"\"predictive_margins\": [\n    {\"term\": \"1.country\"" }) {
			assertTrue(text.contains(field), field + " in " + text);
		}
	}

	@Test
	void nestedModelsAreLaidSideBySideWithLikelihoodRatioTests() throws Exception {
		Path json = folder.resolve("nested.json");
		assertEquals(0, voxpop.run("estimate", "--data", Fixtures.exampleCsv().toString(), "--codebook",
				Fixtures.exampleCodebook().toString(), "--model", "ologit", "--formula", "threat_nk age female",
				"--formula", "threat_nk age female i.edu ideology", "--common-sample", "--brant", "--json", json.toString()),
				voxpop.err());
		String table = voxpop.out();
		assertTrue(table.contains("(1)") && table.contains("(2)"), table);
		// esttab's layout: a base level only in model 2, numbers aligned with the stars hanging, cutpoints last
		assertTrue(table.contains(String.format("%n%-16s%14s%14s%n%-16s%14s%14s%n", "1b.edu", "", "0   ", "", "",
				"(.)   ")), table);
		assertTrue(table.indexOf("\nideology ") > 0 && table.indexOf("\nideology ") < table.indexOf("\ncut1 "), table);
		assertTrue(table.contains(String.format("%n%-16s%14s%14s%n", "N", "1,896   ", "1,896   ")), table);
		assertTrue(table.contains("model 1 nested in model 2:  LR chi2(3) = "), table);
		assertTrue(table.contains("Brant test of parallel regression assumption"), table);
		String text = Files.readString(json);
		assertTrue(text.startsWith("{\n\"models\": [\n{"), text);
		assertTrue(text.contains("\"lr_tests\": [\n  {\"restricted\": 1, \"full\": 2, \"chi2\": "), text);
		assertTrue(text.contains("\"test\": \"brant\", \"term\": \"All\""), text);
	}

	@Test
	void aBadVarianceOptionIsAUsageError() {
		assertEquals(VoxpopCommand.USAGE, voxpop.run(estimate(FORMULA, "--vce", "sandwich")));
		assertTrue(voxpop.err().startsWith("voxpop estimate: --vce takes oim, robust or cluster VAR, not 'sandwich'"), voxpop.err());
	}
}
