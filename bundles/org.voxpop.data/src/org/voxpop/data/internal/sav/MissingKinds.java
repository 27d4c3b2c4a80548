package org.voxpop.data.internal.sav;

import java.util.Locale;

import org.voxpop.codebook.MissingKind;

/** Why a missing code is missing, as far as its value label says so plainly; OTHER otherwise. */
final class MissingKinds {

	private static final String[] NOT_SURE = { "not sure", "don't know", "don\u2019t know", "dont know", "do not know",
			"unsure", "can't say", "cannot say" };
	private static final String[] NO_RESPONSE = { "no answer", "refused", "no response", "not answered", "declined" };
	private static final String[] NOT_ASKED = { "not asked", "inap", "not applicable" };

	private MissingKinds() {
	}

	static MissingKind of(String label) {
		if (label == null) {
			return MissingKind.OTHER;
		}
		String text = label.toLowerCase(Locale.ROOT);
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
