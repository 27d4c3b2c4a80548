package org.voxpop.codebook.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.voxpop.codebook.Category;
import org.voxpop.codebook.CodebookFactory;
import org.voxpop.codebook.MeasurementLevel;
import org.voxpop.codebook.MissingKind;
import org.voxpop.codebook.QuestionSet;
import org.voxpop.codebook.Study;
import org.voxpop.codebook.ValueRange;
import org.voxpop.codebook.ValueType;
import org.voxpop.codebook.Variable;
import org.voxpop.codebook.ops.CodebookMerge;
import org.voxpop.codebook.ops.Recodes;
import org.voxpop.codebook.ops.StataRecode;

/** The codebook operations: merging a fragment by name, and the recodes. */
class CodebookOpsTest {

	private static final CodebookFactory F = CodebookFactory.eINSTANCE;

	@Test
	void aFragmentDescribesVariablesByNameAndReportsWhatTheDataLack() {
		Study data = study(List.of("q1", "q2", "w"));
		data.getVariable("q1").setLabel("from the file");
		data.getVariable("q2").setLabel("kept");
		Study fragment = study(List.of("q1", "q9", "w"));
		Variable q1 = fragment.getVariable("q1");
		q1.setLabel("Support for cooperation");
		q1.setQuestionText("Do you support ...?");
		q1.setUniverse("Korean respondents (country = 1)");
		q1.setMeasurementLevel(MeasurementLevel.ORDINAL);
		q1.setValueType(ValueType.STRING); // the data decide the value type
		category(q1, 1, "Oppose", MissingKind.NONE);
		category(q1, 8, "Not sure", MissingKind.NOT_SURE);
		fragment.setTitle("KJ poll");
		fragment.setWave("2024");
		fragment.getDocuments().add("Fieldwork by phone.");
		fragment.setWeightVariable(fragment.getVariable("w"));
		QuestionSet set = F.createQuestionSet();
		set.setName("battery");
		set.getVariables().addAll(List.of(q1, fragment.getVariable("q9")));
		fragment.getQuestionSets().add(set);
		Study before = EcoreUtil.copy(fragment);

		List<String> notes = CodebookMerge.apply(fragment, data);

		Variable merged = data.getVariable("q1");
		assertEquals("Support for cooperation", merged.getLabel());
		assertEquals("Korean respondents (country = 1)", merged.getUniverse());
		assertEquals(MeasurementLevel.ORDINAL, merged.getMeasurementLevel());
		assertEquals(ValueType.NUMERIC, merged.getValueType());
		assertEquals(MissingKind.NOT_SURE, merged.missingKindOf(8));
		assertEquals("kept", data.getVariable("q2").getLabel());
		assertEquals("KJ poll", data.getTitle());
		assertEquals("2024", data.getWave());
		assertSame(data.getVariable("w"), data.getWeightVariable());
		assertEquals(List.of(merged), data.getQuestionSet("battery").getVariables());
		assertEquals(List.of("q9 is not in the data; its description was not applied",
				"q9 of question set battery is not in the data; the set goes on without it"), notes);
		assertTrue(EcoreUtil.equals(before, fragment), "the fragment is not changed");

		Study once = EcoreUtil.copy(data);
		CodebookMerge.apply(fragment, data);
		assertTrue(EcoreUtil.equals(once, data), "applying twice is applying once");
	}

	@Test
	void derivedVariablesOfAFragmentAreAddedWithTheirSourceFoundByName() {
		Study fragment = study(List.of("q1"));
		likert(fragment.getVariable("q1"));
		Recodes.topBox(fragment.getVariable("q1"), "q1_top2", 2);
		Study data = study(List.of("q1"));

		assertTrue(CodebookMerge.apply(fragment, data).isEmpty());

		Variable top = data.getVariable("q1_top2");
		assertSame(data.getVariable("q1"), top.getDerivation().getSource());
	}

	@Test
	void aTopBoxMapsTheHighestValidCodesToOneAndKeepsMissingCodes() {
		Study study = study(List.of("q1"));
		likert(study.getVariable("q1"));
		Variable top = Recodes.topBox(study.getVariable("q1"), "q1_top2", 2);
		assertEquals(1, top.getDerivation().apply(5));
		assertEquals(1, top.getDerivation().apply(4));
		assertEquals(0, top.getDerivation().apply(3));
		assertEquals(0, top.getDerivation().apply(1));
		assertEquals(8, top.getDerivation().apply(8));
		assertTrue(Double.isNaN(top.getDerivation().apply(Double.NaN)));
		assertEquals("Top-2 box: Agree, Strongly agree", top.getCategory(1).getLabel());
		assertEquals("Other: Strongly disagree, Disagree, Neither", top.getCategory(0).getLabel());
		assertEquals(MissingKind.NOT_SURE, top.missingKindOf(8));
		assertEquals(MeasurementLevel.NOMINAL, top.getMeasurementLevel());

		Variable bottom = Recodes.bottomBox(study.getVariable("q1"), "q1_bottom2", 2);
		assertEquals(1, bottom.getDerivation().apply(2));
		assertEquals(0, bottom.getDerivation().apply(3));
		assertThrows(IllegalArgumentException.class, () -> Recodes.topBox(study.getVariable("q1"), "x", 5));
		assertThrows(IllegalArgumentException.class, () -> Recodes.topBox(study.getVariable("q1"), "q1_top2", 2),
				"the name is taken");
	}

	@Test
	void aReversedScaleCarriesItsLabelsAndKeepsMissingCodes() {
		Study study = study(List.of("q1"));
		likert(study.getVariable("q1"));
		Variable reversed = Recodes.reverse(study.getVariable("q1"), "q1_r");
		assertEquals(5, reversed.getDerivation().apply(1));
		assertEquals(3, reversed.getDerivation().apply(3));
		assertEquals(1, reversed.getDerivation().apply(5));
		assertEquals(8, reversed.getDerivation().apply(8));
		assertEquals("Strongly disagree", reversed.getCategory(5).getLabel());
		assertEquals("Strongly agree", reversed.getCategory(1).getLabel());
		assertEquals(1, reversed.getCategories().get(0).getCode());
	}

	@Test
	void notSureCanBeValidForOneAnalysisAndMissingInTheSource() {
		Study study = study(List.of("q1"));
		likert(study.getVariable("q1"));
		Variable predictor = Recodes.withMissingKinds(study.getVariable("q1"), "q1_ns",
				Map.of(8.0, MissingKind.NONE, 7.0, MissingKind.NOT_ASKED));
		assertFalse(predictor.isMissingCode(8));
		assertTrue(study.getVariable("q1").isMissingCode(8));
		assertTrue(predictor.isMissingCode(7));
		assertEquals(8, predictor.getDerivation().apply(8));
	}

	@Test
	void aStataRecodeCommandMakesALabelledDerivedVariableAndIsWrittenBackTheSame() {
		Study study = study(List.of("q1"));
		likert(study.getVariable("q1"));
		Variable support = StataRecode.apply(study,
				"recode q1 (4/5 = 1 \"Agree (4, 5)\") (1 2 3 = 0 \"Other\") (. = 9), generate(q1_agree)");
		assertSame(support, study.getVariable("q1_agree"));
		assertEquals(1, support.getDerivation().apply(4));
		assertEquals(0, support.getDerivation().apply(2));
		assertEquals(9, support.getDerivation().apply(Double.NaN));
		assertEquals(8, support.getDerivation().apply(8), "unmatched values are copied, as in Stata");
		assertEquals(List.of("Agree (4, 5)", "Other", "Not sure"),
				support.getCategories().stream().map(Category::getLabel).toList());
		assertEquals(MissingKind.NOT_SURE, support.missingKindOf(8));
		String command = StataRecode.command(support.getDerivation(), "q1_agree");
		assertEquals("recode q1 (4/5 = 1) (1 = 0) (2 = 0) (3 = 0) (. = 9), generate(q1_agree)", command);
		assertTrue(EcoreUtil.equals(support.getDerivation(), StataRecode.parse(command, null, study)));
		assertEquals("Recoded from q1: 4 to 5 becomes 1; 1 becomes 0; 2 becomes 0; 3 becomes 0; system missing becomes 9;"
				+ " any other value is copied.", StataRecode.describe(support.getDerivation()));

		IllegalArgumentException noTarget = assertThrows(IllegalArgumentException.class,
				() -> StataRecode.apply(study, "recode q1 (1/2 = 0)"));
		assertTrue(noTarget.getMessage().startsWith("give the new variable's name with generate(NEW)"));
		assertThrows(IllegalArgumentException.class, () -> StataRecode.apply(study, "recode q9 (1 = 0), gen(x)"));
		assertThrows(IllegalArgumentException.class, () -> StataRecode.apply(study, "recode q1 (1 = zero), gen(x)"));
		assertThrows(IllegalArgumentException.class, () -> StataRecode.apply(study, "recode q1 (1 = 0, gen(x)"));
	}

	@Test
	void missingRangesCountUnlabelledCodesAndLabelsTakePrecedence() {
		Variable v = F.createVariable();
		ValueRange range = F.createValueRange();
		range.setLow(90);
		range.setHigh(Double.POSITIVE_INFINITY);
		range.setMissingKind(MissingKind.NO_RESPONSE);
		v.getValueRanges().add(range);
		category(v, 95, "Valid special code", MissingKind.NONE);
		assertTrue(v.isMissingCode(97));
		assertEquals(MissingKind.NO_RESPONSE, v.missingKindOf(1e9));
		assertFalse(v.isMissingCode(95));
		assertFalse(v.isMissingCode(89));
		assertEquals(MissingKind.SYSTEM, v.missingKindOf(Double.NaN));
		assertFalse(v.isSetReferenceCode());
		assertTrue(Double.isNaN(v.getReferenceCode()));
	}

	private static Study study(List<String> names) {
		Study study = F.createStudy();
		for (String name : names) {
			Variable variable = F.createVariable();
			variable.setName(name);
			study.getVariables().add(variable);
		}
		return study;
	}

	private static void likert(Variable variable) {
		String[] labels = { "Strongly disagree", "Disagree", "Neither", "Agree", "Strongly agree" };
		for (int i = 0; i < labels.length; i++) {
			category(variable, i + 1, labels[i], MissingKind.NONE);
		}
		category(variable, 8, "Not sure", MissingKind.NOT_SURE);
	}

	private static Category category(Variable variable, double code, String label, MissingKind kind) {
		Category category = F.createCategory();
		category.setCode(code);
		category.setLabel(label);
		category.setMissingKind(kind);
		variable.getCategories().add(category);
		assertNotNull(variable.getCategory(code));
		assertNull(variable.getTextCategory("x"));
		return category;
	}
}
