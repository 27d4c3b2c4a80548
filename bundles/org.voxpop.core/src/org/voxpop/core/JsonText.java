package org.voxpop.core;

import java.util.Locale;

/** The two pieces of JSON text every VoxPop writer needs: numbers and quoted strings. */
public final class JsonText {

	private JsonText() {
	}

	/**
	 * A number as JSON: whole numbers without a decimal point, others in full precision ({@link Double#toString}),
	 * NaN and infinities as {@code null} (JSON has no such numbers; VoxPop's contracts say "null when undefined").
	 */
	public static String number(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return "null";
		}
		return NumberText.plain(value);
	}

	/** A string as a JSON string literal with the required escapes; {@code null} as {@code null}. */
	public static String quote(String s) {
		if (s == null) {
			return "null";
		}
		StringBuilder out = new StringBuilder(s.length() + 2).append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			default -> {
				if (c < 0x20) {
					out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		return out.append('"').toString();
	}
}
