package org.voxpop.codebook.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voxpop.codebook.Category;
import org.voxpop.codebook.CodebookFactory;
import org.voxpop.codebook.MeasurementLevel;
import org.voxpop.codebook.MissingKind;
import org.voxpop.codebook.Study;
import org.voxpop.codebook.Variable;
import org.voxpop.codebook.io.CodebookIO;
import org.voxpop.test.support.Fixtures;

class CodebookXmiRoundTripTest {

	@TempDir
	Path folder;

	@Test
	void aStudySavedAndLoadedAgainIsEqual() throws IOException {
		Study study = CodebookFactory.eINSTANCE.createStudy();
		study.setName("kj2024");
		study.setTitle("Korea–Japan poll «2024»");
		study.setCountry("Korea");
		study.setYear(2024);
		Variable threat = variable(study, "threat_nk", "Threat: North Korea", MeasurementLevel.ORDINAL);
		threat.setQuestionText("How much of a threat is North Korea to our country?");
		category(threat, 1, "Not at all", MissingKind.NONE);
		category(threat, 4, "Very much", MissingKind.NONE);
		category(threat, 8, "Not sure", MissingKind.NOT_SURE);
		category(threat, 9, "No response", MissingKind.NO_RESPONSE);
		variable(study, "age", "Age in years", MeasurementLevel.SCALE);

		Path file = folder.resolve("poll.codebook.xmi");
		CodebookIO.save(study, file);
		Study loaded = CodebookIO.load(file);

		assertTrue(EcoreUtil.equals(study, loaded), "the loaded codebook equals the saved one");
		assertEquals("Korea–Japan poll «2024»", loaded.getTitle());
		Variable loadedThreat = loaded.getVariable("threat_nk");
		assertTrue(loadedThreat.isMissingCode(8));
		assertTrue(loadedThreat.isMissingCode(Double.NaN));
		assertFalse(loadedThreat.isMissingCode(4));
		assertEquals(MissingKind.NO_RESPONSE, loadedThreat.getCategory(9).getMissingKind());
		assertEquals(MeasurementLevel.SCALE, loaded.getVariable("age").getMeasurementLevel());
	}

	@Test
	void savingReplacesTheFileAndLeavesNoTemporaryFiles() throws IOException {
		Study study = CodebookFactory.eINSTANCE.createStudy();
		Path file = folder.resolve("c.xmi");
		Files.writeString(file, "old");
		study.setName("new");
		CodebookIO.save(study, file);
		assertEquals("new", CodebookIO.load(file).getName());
		try (var files = Files.list(folder)) {
			assertEquals(1, files.count(), "only the codebook is left in the folder");
		}
	}

	@Test
	void theBundledExampleCodebookFlagsNotSureAsMissing() throws IOException {
		Study study = CodebookIO.load(Fixtures.exampleCodebook());
		Variable threat = study.getVariable("threat_nk");
		assertNotNull(threat);
		Category notSure = threat.getCategory(8);
		assertEquals(MissingKind.NOT_SURE, notSure.getMissingKind());
		assertTrue(notSure.isMissing());
	}

	@Test
	void aFileThatIsNotACodebookIsReportedWithItsName() throws IOException {
		Path file = folder.resolve("not-a-codebook.xmi");
		Files.writeString(file, "this is not XML");
		IOException error = assertThrows(IOException.class, () -> CodebookIO.load(file));
		assertTrue(error.getMessage().contains("not-a-codebook.xmi"), error.getMessage());
	}

	private static Variable variable(Study study, String name, String label, MeasurementLevel level) {
		Variable variable = CodebookFactory.eINSTANCE.createVariable();
		variable.setName(name);
		variable.setLabel(label);
		variable.setMeasurementLevel(level);
		study.getVariables().add(variable);
		return variable;
	}

	private static void category(Variable variable, double code, String label, MissingKind kind) {
		Category category = CodebookFactory.eINSTANCE.createCategory();
		category.setCode(code);
		category.setLabel(label);
		category.setMissingKind(kind);
		variable.getCategories().add(category);
	}
}
