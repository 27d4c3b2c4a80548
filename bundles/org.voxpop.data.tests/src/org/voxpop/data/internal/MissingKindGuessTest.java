package org.voxpop.data.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.voxpop.codebook.MissingKind;

class MissingKindGuessTest {

	@Test
	void missingKindsAreGuessedOnlyFromPlainWording() {
		assertEquals(MissingKind.NOT_SURE, MissingKindGuess.of("Don\u2019t know"));
		assertEquals(MissingKind.NOT_SURE, MissingKindGuess.of("NOT SURE"));
		assertEquals(MissingKind.NO_RESPONSE, MissingKindGuess.of("Refused"));
		assertEquals(MissingKind.NO_RESPONSE, MissingKindGuess.of("REFUSED"));
		assertEquals(MissingKind.NO_RESPONSE, MissingKindGuess.of("No answer given"));
		assertEquals(MissingKind.NO_RESPONSE, MissingKindGuess.of("no response"));
		assertEquals(MissingKind.NOT_ASKED, MissingKindGuess.of("Inapplicable"));
		assertEquals(MissingKind.NOT_ASKED, MissingKindGuess.of("not asked (filter)"));
		assertEquals(MissingKind.OTHER, MissingKindGuess.of("Missing"));
		assertEquals(MissingKind.OTHER, MissingKindGuess.of("Knows"));
		assertEquals(MissingKind.OTHER, MissingKindGuess.of("Weiß nicht"));
		assertEquals(MissingKind.OTHER, MissingKindGuess.of(null));
	}
}
