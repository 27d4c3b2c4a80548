package org.voxpop.data.internal.dta;

import java.util.Locale;

import org.voxpop.codebook.MissingKind;

/**
 * The kind of a labelled extended missing value, from its label, only where the wording leaves no doubt; anything
 * else is {@link MissingKind#OTHER}.
 */
final class MissingKindGuess {

	private static final String[] NOT_SURE = { "not sure", "don't know", "dont know", "do not know" };
	private static final String[] NO_RESPONSE = { "refused", "no answer", "no response" };
	private static final String[] NOT_ASKED = { "not asked", "inapplicable" };

	private MissingKindGuess() {
	}

	static MissingKind of(String label) {
		if (label == null) {
			return MissingKind.OTHER;
		}
		String text = label.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
		if (containsAny(text, NOT_SURE)) {
			return MissingKind.NOT_SURE;
		}
		if (containsAny(text, NO_RESPONSE)) {
			return MissingKind.NO_RESPONSE;
		}
		if (containsAny(text, NOT_ASKED)) {
			return MissingKind.NOT_ASKED;
		}
		return MissingKind.OTHER;
	}

	private static boolean containsAny(String text, String[] phrases) {
		for (String phrase : phrases) {
			if (text.contains(phrase)) {
				return true;
			}
		}
		return false;
	}
}
