package org.voxpop.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voxpop.app.internal.VoxpopCommand;
import org.voxpop.codebook.Study;
import org.voxpop.codebook.Variable;
import org.voxpop.codebook.io.CodebookIO;
import org.voxpop.test.support.Fixtures;
import org.voxpop.test.support.Json;

/** {@code voxpop codebook} and {@code voxpop freq} on the example poll with its contributed question set. */
class CodebookAndFreqCommandTest {

	private static final String BATTERY = "org.voxpop.examples.threatBattery";

	@TempDir
	Path folder;

	private final CommandLine voxpop = new CommandLine();

	@Test
	void codebookPrintsAndExportsWhatTheQuestionSetAdds() throws Exception {
		Path json = folder.resolve("codebook.json");
		Path xmi = folder.resolve("codebook.xmi");
		assertEquals(0, voxpop.run("codebook", "--data", Fixtures.exampleCsv().toString(), "--codebook",
				Fixtures.exampleCodebook().toString(), "--question-set", BATTERY, "--json", json.toString(), "--xmi",
				xmi.toString()), voxpop.err());
		assertTrue(voxpop.out().contains("question set threat  Threat perception battery: threat_nk threat_cn"), voxpop.out());
		assertTrue(voxpop.out().contains("derived from threat_nk (2 recode rules)"), voxpop.out());
		assertTrue(voxpop.out().contains("       8  Not sure  [missing: notSure]"), voxpop.out());

		Map<String, Object> exported = Json.object(Json.read(json));
		assertEquals("weight", exported.get("weightVariable"));
		Map<String, Object> threat = Json.array(exported.get("variables")).stream().map(Json::object)
				.filter(v -> "threat_nk".equals(v.get("name"))).findFirst().orElseThrow();
		assertEquals("Now I will read out some countries.", threat.get("preQuestionText"));
		assertEquals("notSure", Json.object(Json.array(threat.get("categories")).get(4)).get("missingKind"));

		Study saved = CodebookIO.load(xmi);
		assertEquals(List.of("threat_nk", "threat_cn"),
				saved.getQuestionSet("threat").getVariables().stream().map(v -> v.getName()).toList());
		Path again = folder.resolve("again.xmi");
		voxpop.clear();
		assertEquals(0, voxpop.run("codebook", "--data", Fixtures.exampleCsv().toString(), "--codebook", xmi.toString(), "--xmi",
				again.toString()));
		assertTrue(EcoreUtil.equals(saved, CodebookIO.load(again)), "an exported codebook passed back gives itself");
	}

	@Test
	void freqTabulatesADerivedVariableOfTheQuestionSetByCountry() throws Exception {
		Path json = folder.resolve("freq.json");
		assertEquals(0, voxpop.run("freq", "--data", Fixtures.exampleCsv().toString(), "--codebook",
				Fixtures.exampleCodebook().toString(), "--question-set", BATTERY, "--vars", "threat_nk_top2",
				"--by", "country", "--pweight", "weight", "--json", json.toString()), voxpop.err());
		assertTrue(voxpop.out().contains("Design-based (Rao-Scott):  F("), voxpop.out());
		Map<String, Object> result = Json.object(Json.read(json));
		List<Object> tables = Json.array(result.get("frequencies"));
		assertEquals(2, tables.size(), "one table per country");
		Map<String, Object> korea = Json.object(tables.get(0));
		assertEquals("Korea", Json.object(korea.get("group")).get("label"));
		double valid = 0;
		for (Object row : Json.array(korea.get("rows"))) {
			Map<String, Object> line = Json.object(row);
			if (line.get("missing") == null) {
				valid += (Double) line.get("weighted_valid_percent");
			}
		}
		assertEquals(100, valid, 1e-9, "valid percentages add up to 100");
	}

	@Test
	void recodesMadeOnTheCommandLineAreSavedInTheCodebookAndUsedByFreq() throws Exception {
		Path xmi = folder.resolve("recoded.xmi");
		assertEquals(0, voxpop.run("codebook", "--data", Fixtures.exampleCsv().toString(), "--codebook",
				Fixtures.exampleCodebook().toString(), "--top-box", "fav_top2=fav_japan:2", "--reverse", "ideology_r=ideology",
				"--valid", "coop_ns=support_coop:8", "--reference", "edu=2", "--recode",
				"recode ideology (1/2 = 1 \"Progressive\") (3 = 2 \"Moderate\") (4/5 = 3 \"Conservative\"), gen(ideo3)",
				"--xmi", xmi.toString()),
				voxpop.err());
		Study study = CodebookIO.load(xmi);
		assertEquals(1, study.getVariable("fav_top2").getDerivation().apply(5));
		assertEquals(7, study.getVariable("fav_top2").getDerivation().apply(7), "not asked stays not asked");
		assertEquals(5, study.getVariable("ideology_r").getDerivation().apply(1));
		assertTrue(!study.getVariable("coop_ns").isMissingCode(8) && study.getVariable("support_coop").isMissingCode(8));
		assertEquals(2, study.getVariable("edu").getReferenceCode());
		Variable ideology = study.getVariable("ideo3");
		assertEquals(List.of("Progressive", "Moderate", "Conservative"),
				ideology.getCategories().stream().map(c -> c.getLabel()).toList());
		assertEquals(3, ideology.getDerivation().apply(5));

		voxpop.clear();
		assertEquals(0, voxpop.run("freq", "--data", Fixtures.exampleCsv().toString(), "--codebook", xmi.toString(), "--vars",
				"coop_ns fav_top2"), voxpop.err());
		assertTrue(voxpop.out().contains("8 Not sure    "), "not sure is a valid answer of coop_ns:\n" + voxpop.out());
		assertEquals(VoxpopCommand.USAGE, voxpop.run("codebook", "--data", Fixtures.exampleCsv().toString(), "--top-box", "x"));
		assertTrue(voxpop.err().startsWith("voxpop codebook: --top-box takes NEW=VAR[:K], not 'x'"),
				voxpop.err());
	}

	@Test
	void anUnknownQuestionSetAndAnUnknownEncodingAreOneLine() {
		assertEquals(VoxpopCommand.FAILED, voxpop.run("codebook", "--data", Fixtures.exampleCsv().toString(), "--question-set",
				"nope"));
		assertTrue(voxpop.err().startsWith("voxpop: no question set 'nope' is installed"),
				voxpop.err());
		voxpop.clear();
		assertEquals(VoxpopCommand.USAGE, voxpop.run("freq", "--data", Fixtures.exampleCsv().toString(), "--vars", "age",
				"--encoding", "klingon-8"));
		assertTrue(voxpop.err().startsWith("voxpop freq: --encoding klingon-8 is not an encoding"),
				voxpop.err());
	}
}
