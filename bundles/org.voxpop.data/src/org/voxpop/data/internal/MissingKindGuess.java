package org.voxpop.data.internal;

import java.util.Locale;

import org.voxpop.codebook.MissingKind;

/**
 * Why a missing code is missing, read from its value label only where the wording leaves no doubt ("Don't know",
 * "Refused", "Not asked"); anything else is {@link MissingKind#OTHER}. The importers of every format use it for the
 * codes their files mark missing, so that "not sure" and "no response" can be told apart in the codebook.
 */
public final class MissingKindGuess {

	private static final String[] NOT_ASKED = { "not asked", "inap", "not applicable" };
	private static final String[] NO_RESPONSE = { "no answer", "refused", "no response", "not answered", "declined" };
	private static final String[] NOT_SURE = { "not sure", "don't know", "dont know", "do not know", "unsure",
			"can't say", "cannot say" };

	private MissingKindGuess() {
	}

	/** The kind the label plainly states; OTHER for {@code null} or any other wording. */
	public static MissingKind of(String label) {
		if (label == null) {
			return MissingKind.OTHER;
		}
		String text = label.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
		if (containsAny(text, NOT_ASKED)) {
			return MissingKind.NOT_ASKED;
		}
		if (containsAny(text, NO_RESPONSE)) {
			return MissingKind.NO_RESPONSE;
		}
		if (containsAny(text, NOT_SURE)) {
			return MissingKind.NOT_SURE;
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
