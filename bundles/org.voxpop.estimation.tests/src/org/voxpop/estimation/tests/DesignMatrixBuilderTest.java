package org.voxpop.estimation.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.voxpop.codebook.Category;
import org.voxpop.codebook.CodebookFactory;
import org.voxpop.codebook.MissingKind;
import org.voxpop.codebook.Study;
import org.voxpop.codebook.Variable;
import org.voxpop.data.Dataset;
import org.voxpop.data.NumericColumn;
import org.voxpop.estimation.DesignColumn;
import org.voxpop.estimation.DesignMatrix;
import org.voxpop.estimation.DesignMatrixBuilder;
import org.voxpop.estimation.EstimationException;
import org.voxpop.estimation.ModelFormula;
import org.voxpop.estimation.ModelSpecification;

class DesignMatrixBuilderTest {

	private static final double NA = Double.NaN;

	/** y, x, edu (3 levels, 8 = "Not sure" flagged missing), and one system-missing x. */
	private static Dataset data() {
		Study study = CodebookFactory.eINSTANCE.createStudy();
		Variable edu = CodebookFactory.eINSTANCE.createVariable();
		edu.setName("edu");
		for (double code : new double[] { 1, 2, 3, 8 }) {
			Category category = CodebookFactory.eINSTANCE.createCategory();
			category.setCode(code);
			category.setLabel(code == 8 ? "Not sure" : "Level " + (int) code);
			category.setMissingKind(code == 8 ? MissingKind.NOT_SURE : MissingKind.NONE);
			edu.getCategories().add(category);
		}
		study.getVariables().add(edu);
		return new Dataset(null, study, List.of(
				new NumericColumn("y", new double[] { 0, 1, 1, 0, 1, 0 }),
				new NumericColumn("x", new double[] { 1.5, 2, NA, 4, 5, 6 }),
				new NumericColumn("edu", new double[] { 1, 2, 3, 8, 3, 2 })));
	}

	@Test
	void listwiseDeletionDropsSystemMissingAndCodebookMissingCodes() throws EstimationException {
		DesignMatrix design = DesignMatrixBuilder.build(data(), ModelSpecification.of("logit", ModelFormula.parse("y x ib2.edu")), true);
		assertArrayEquals(new int[] { 0, 1, 4, 5 }, design.sampleRows());
		assertEquals(List.of("x", "1.edu", "3.edu", "_cons"), design.columns().stream().map(DesignColumn::term).toList());
		assertArrayEquals(new double[] { 1, 0, 0, 0 }, column(design, 1));
		assertArrayEquals(new double[] { 0, 0, 1, 0 }, column(design, 2));
		assertEquals("Level 1", design.columns().get(1).label());
		DesignMatrix.BaseRow base = design.baseRows().get(0);
		assertEquals("2b.edu", base.column().term());
		assertEquals(1, base.listedBefore());
		assertEquals(6, design.rowsInData());
	}

	@Test
	void interactionsMultiplyTheirComponents() throws EstimationException {
		DesignMatrix design = DesignMatrixBuilder.build(data(), ModelSpecification.of("logit", ModelFormula.parse("y c.x#c.x i.edu#c.x")), false);
		assertEquals(List.of("c.x#c.x", "2.edu#c.x", "3.edu#c.x"), design.columns().stream().map(DesignColumn::term).toList());
		assertArrayEquals(new double[] { 2.25, 4, 25, 36 }, column(design, 0));
		assertArrayEquals(new double[] { 0, 2, 0, 6 }, column(design, 1));
		assertArrayEquals(new double[] { 0, 0, 5, 0 }, column(design, 2));
	}

	@Test
	void problemsAreWordedForTheAnalyst() {
		EstimationException unknown = assertThrows(EstimationException.class,
				() -> DesignMatrixBuilder.build(data(), ModelSpecification.of("logit", ModelFormula.parse("y xx")), true));
		assertTrue(unknown.getMessage().startsWith("variable xx not found in dataset; did you mean x?"), unknown.getMessage());
		EstimationException base = assertThrows(EstimationException.class,
				() -> DesignMatrixBuilder.build(data(), ModelSpecification.of("logit", ModelFormula.parse("y ib8.edu")), true));
		assertTrue(base.getMessage().contains("level 8 of edu does not occur in the estimation sample; its levels are 1, 2, 3"),
				base.getMessage());
		EstimationException nonInteger = assertThrows(EstimationException.class,
				() -> DesignMatrixBuilder.build(data(), ModelSpecification.of("logit", ModelFormula.parse("y i.x")), true));
		assertTrue(nonInteger.getMessage().contains("may not contain noninteger or negative values"), nonInteger.getMessage());
	}

	private static double[] column(DesignMatrix design, int j) {
		double[] values = new double[design.rows()];
		for (int i = 0; i < values.length; i++) {
			values[i] = design.get(i, j);
		}
		return values;
	}
}
