package org.voxpop.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.voxpop.codebook.MissingKind;
import org.voxpop.codebook.Study;
import org.voxpop.codebook.Variable;
import org.voxpop.codebook.WeightType;
import org.voxpop.codebook.ops.QuestionSets;
import org.voxpop.data.Dataset;
import org.voxpop.data.DerivedColumns;
import org.voxpop.data.NumericColumn;
import org.voxpop.test.support.Fixtures;

/** The question set the example bundle contributes, found in the registry and applied to the example data. */
class QuestionSetContributionTest {

	private static final String ID = "org.voxpop.examples.threatBattery";

	@Test
	void theExampleBatteryIsContributedAndAppliedByName() throws Exception {
		assertTrue(QuestionSets.all().stream().anyMatch(c -> c.id().equals(ID)), "contributed: " + QuestionSets.all());
		Dataset data = Fixtures.exampleDataset();
		Study study = data.codebook();

		List<String> notes = QuestionSets.apply(ID, study);

		assertEquals(List.of(), notes);
		Variable threat = study.getVariable("threat_nk");
		assertEquals("Now I will read out some countries.", threat.getPreQuestionText());
		assertEquals("Threat perception", threat.getConcept());
		assertEquals(List.of(threat, study.getVariable("threat_cn")), study.getQuestionSet("threat").getVariables());
		assertSame(study.getVariable("weight"), study.getWeightVariable());
		assertEquals(WeightType.POST_STRATIFICATION, study.getVariable("weight").getWeightType());

		Dataset derived = DerivedColumns.compute(data);
		double[] source = ((NumericColumn) derived.column("threat_nk")).values();
		double[] top2 = ((NumericColumn) derived.column("threat_nk_top2")).values();
		Variable box = study.getVariable("threat_nk_top2");
		for (int row = 0; row < source.length; row++) {
			double expected = source[row] >= 3 && source[row] <= 4 ? 1 : source[row] <= 2 ? 0 : source[row];
			assertEquals(expected, top2[row], "row " + row);
		}
		assertEquals(MissingKind.NOT_SURE, box.missingKindOf(8));
		assertEquals(data.rowCount(), derived.rowCount());
	}

	@Test
	void anUnknownQuestionSetListsTheInstalledOnes() {
		IOException error = assertThrows(IOException.class, () -> QuestionSets.load("nope"));
		assertTrue(error.getMessage().contains(ID), error.getMessage());
	}
}
