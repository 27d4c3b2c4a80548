package org.voxpop.estimation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.voxpop.estimation.BaseLevel;
import org.voxpop.estimation.EstimationException;
import org.voxpop.estimation.ModelFormula;
import org.voxpop.estimation.Term;
import org.voxpop.estimation.TermComponent;

class ModelFormulaTest {

	@Test
	void readsStataFactorNotation() throws EstimationException {
		ModelFormula formula = ModelFormula.parse("  support age i.region ib3.edu ib(last).country c.age#c.age ");
		assertEquals("support", formula.outcome());
		assertEquals(List.of(
				new Term(List.of(TermComponent.continuous("age"))),
				new Term(List.of(TermComponent.factor("region", BaseLevel.DEFAULT))),
				new Term(List.of(TermComponent.factor("edu", BaseLevel.code(3)))),
				new Term(List.of(TermComponent.factor("country", BaseLevel.LAST))),
				new Term(List.of(TermComponent.continuous("age"), TermComponent.continuous("age")))), formula.terms());
		assertEquals("c.age#c.age", formula.terms().get(4).stataName());
		assertEquals(List.of("support", "age", "region", "edu", "country"), formula.variables());
	}

	@Test
	void unprefixedVariablesInInteractionsAreFactorsAndDoubleHashAddsMainEffects() throws EstimationException {
		ModelFormula formula = ModelFormula.parse("y a##c.b");
		assertEquals(3, formula.terms().size());
		assertTrue(formula.terms().get(0).components().get(0).factor());
		assertFalse(formula.terms().get(1).components().get(0).factor());
		assertEquals("i.a#c.b", formula.terms().get(2).stataName());
	}

	@Test
	void badTokensAreNamed() {
		EstimationException error = assertThrows(EstimationException.class, () -> ModelFormula.parse("y x.1 age"));
		assertTrue(error.getMessage().contains("'x.1'"), error.getMessage());
		assertThrows(EstimationException.class, () -> ModelFormula.parse("i.y x"));
		assertThrows(EstimationException.class, () -> ModelFormula.parse(" "));
	}
}
