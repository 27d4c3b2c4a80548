package org.voxpop.data.internal.xlsx;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Excel number formats: the built-in codes (ECMA-376 Part 1, 18.8.30), telling date and time formats, and the
 * text of a number as a string column keeps it.
 */
final class NumberFormats {

	private NumberFormats() {
	}

	/** The code of a built-in number format id, or null for General and for ids without a fixed code. */
	static String builtIn(int id) {
		return switch (id) {
		case 1 -> "0";
		case 2 -> "0.00";
		case 3 -> "#,##0";
		case 4 -> "#,##0.00";
		case 9 -> "0%";
		case 10 -> "0.00%";
		case 11 -> "0.00E+00";
		case 12 -> "# ?/?";
		case 13 -> "# ??/??";
		case 14 -> "mm-dd-yy";
		case 15 -> "d-mmm-yy";
		case 16 -> "d-mmm";
		case 17 -> "mmm-yy";
		case 18 -> "h:mm AM/PM";
		case 19 -> "h:mm:ss AM/PM";
		case 20 -> "h:mm";
		case 21 -> "h:mm:ss";
		case 22 -> "m/d/yy h:mm";
		case 37 -> "#,##0 ;(#,##0)";
		case 38 -> "#,##0 ;[Red](#,##0)";
		case 39 -> "#,##0.00;(#,##0.00)";
		case 40 -> "#,##0.00;[Red](#,##0.00)";
		case 45 -> "mm:ss";
		case 46 -> "[h]:mm:ss";
		case 47 -> "mmss.0";
		case 48 -> "##0.0E+0";
		case 49 -> "@";
		default -> null;
		};
	}

	/**
	 * Whether a format code shows a date or a time: it has one of the letters d, m, y, h or s outside quoted text,
	 * escaped characters ({@code \x}, {@code _x}, {@code *x}) and brackets other than elapsed time ({@code [h]},
	 * {@code [mm]}, {@code [ss]}); colours, conditions and locales in brackets do not count.
	 */
	static boolean isDate(String code) {
		if (code == null) {
			return false;
		}
		String lower = code.toLowerCase(Locale.ROOT);
		int i = 0;
		while (i < lower.length()) {
			char c = lower.charAt(i);
			switch (c) {
			case '"' -> {
				int end = lower.indexOf('"', i + 1);
				i = end < 0 ? lower.length() : end + 1;
			}
			case '\\', '_', '*' -> i += 2;
			case '[' -> {
				int end = lower.indexOf(']', i + 1);
				String inside = lower.substring(i + 1, end < 0 ? lower.length() : end);
				if (!inside.isEmpty() && inside.chars().allMatch(ch -> ch == 'h' || ch == 'm' || ch == 's')) {
					return true;
				}
				i = end < 0 ? lower.length() : end + 1;
			}
			case 'd', 'm', 'y', 'h', 's' -> {
				return true;
			}
			default -> i++;
			}
		}
		return false;
	}

	/**
	 * A number as a text column keeps it: a whole number without decimals ("7", not "7.0"), any other as the
	 * shortest decimal that reads back as the same double, without an exponent ("0.1", "0.00001"). This is Excel's
	 * General format for the numbers that surveys hold; Excel's rounding to the column width is not imitated.
	 */
	static String text(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return "";
		}
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}
}
