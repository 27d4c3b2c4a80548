package org.voxpop.data.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.voxpop.codebook.CodebookFactory;
import org.voxpop.codebook.Study;
import org.voxpop.codebook.Variable;
import org.voxpop.data.Codes;
import org.voxpop.data.DataImportException;
import org.voxpop.data.Dataset;
import org.voxpop.data.NumericColumn;
import org.voxpop.data.RowCondition;
import org.voxpop.data.StringColumn;

/** Stata's {@code if}: comparisons, functions, logic, and missing values larger than every number. */
class RowConditionTest {

	private static final double A = Codes.stataExtendedMissing('a');

	private final Dataset data = dataset();

	private static Dataset dataset() {
		Study study = CodebookFactory.eINSTANCE.createStudy();
		for (String name : List.of("age", "country", "iso")) {
			Variable variable = CodebookFactory.eINSTANCE.createVariable();
			variable.setName(name);
			study.getVariables().add(variable);
		}
		return new Dataset(null, study, List.of(new NumericColumn("age", new double[] { 25, 61, Double.NaN, 40, A }),
				new NumericColumn("country", new double[] { 1, 2, 1, 3, 2 }),
				new StringColumn("iso", new String[] { "KR", "JP", "KR", "US", "" })));
	}

	private boolean[] rows(String condition) throws DataImportException {
		return RowCondition.parse(condition).rows(data);
	}

	@Test
	void comparisonsAndLogic() throws Exception {
		assertArrayEquals(new boolean[] { true, false, true, false, false }, rows("country == 1"));
		assertArrayEquals(new boolean[] { false, true, false, true, true }, rows("country ~= 1"));
		assertArrayEquals(new boolean[] { true, false, false, true, false }, rows("age < 60"));
		assertArrayEquals(new boolean[] { false, true, true, false, true }, rows("!(age < 60)"));
		assertArrayEquals(new boolean[] { false, false, false, true, false }, rows("age >= 30 & age <= 50 | country == 9"));
		assertArrayEquals(new boolean[] { true, true, false, true, false }, rows("age < 60 | country == 2 & !missing(age)"));
		assertArrayEquals(new boolean[] { true, false, true, true, false }, rows("inlist(country, 1, 3)"));
		assertArrayEquals(new boolean[] { true, false, false, true, false }, rows("inrange(age, 18, 59)"));
		assertArrayEquals(new boolean[] { false, true, false, false, false }, rows("iso == \"JP\""));
		assertArrayEquals(new boolean[] { true, true, true, true, false }, rows("iso != \"\""));
		assertArrayEquals(new boolean[] { false, false, false, false, true }, rows("age == .a"));
		assertArrayEquals(new boolean[] { false, false, true, false, false }, rows("age == ."));
		assertArrayEquals(new boolean[] { false, true, false, false, false }, rows("age > 5e1 & age < 1e2"));
		assertArrayEquals(new boolean[] { false, true, true, false, true }, rows("age > -60 & age > 60"));
		assertEquals(List.of("age", "country"), RowCondition.parse("age > 1 & inlist(country, 1, 2)").variables());
	}

	@Test
	void missingValuesAreLargerThanNumbersAsInStata() throws Exception {
		assertArrayEquals(new boolean[] { false, true, true, false, true }, rows("age > 60"));
		assertArrayEquals(new boolean[] { false, false, true, false, true }, rows("missing(age)"));
		assertArrayEquals(new boolean[] { false, false, false, false, true }, rows("age > ."), ". < .a");
	}

	@Test
	void mistakesAreNamed() {
		IllegalArgumentException syntax = assertThrows(IllegalArgumentException.class, () -> RowCondition.parse("age = 5"));
		assertTrue(syntax.getMessage().startsWith("cannot read the condition \"age = 5\" at column 5: expected a comparison"),
				syntax.getMessage());
		assertThrows(IllegalArgumentException.class, () -> RowCondition.parse("(age > 5"));
		assertThrows(IllegalArgumentException.class, () -> RowCondition.parse("inrange(age, 1)"));
		assertThrows(IllegalArgumentException.class, () -> RowCondition.parse("age > 5 )"));
		DataImportException unknown = assertThrows(DataImportException.class, () -> rows("agee > 5"));
		assertEquals("if agee > 5: dataset has no variable 'agee'", unknown.getMessage());
		DataImportException text = assertThrows(DataImportException.class, () -> rows("iso == 1"));
		assertTrue(text.getMessage().contains("iso is a string variable"), text.getMessage());
		assertThrows(DataImportException.class, () -> rows("iso < \"KR\""));
	}
}
