package org.voxpop.frequencies;

import java.util.Locale;

import org.voxpop.codebook.MissingKind;
import org.voxpop.data.Codes;

/**
 * One line of a frequency table: a valid answer, a missing code, or system missing. Percentages are 0–100.
 *
 * @param code            the value; NaN for the system-missing line
 * @param label           the value label, or the code as Stata prints it if it has none ("System missing" for NaN)
 * @param missingKind     NONE for a valid answer, else why the value is missing (SYSTEM for NaN)
 * @param count           respondents with this value (frequency weights counted)
 * @param percent         count as a percentage of all respondents in the table
 * @param validPercent    count as a percentage of the respondents with a valid answer; NaN on missing lines
 * @param weightedCount   the weighted count (sum of weights); equal to count without sampling weights
 * @param weightedPercent weighted percentage of all respondents
 * @param estimate        the weighted percentage of valid answers with SE and CI; {@code null} on missing lines
 */
public record FrequencyRow(double code, String label, MissingKind missingKind, double count, double percent,
		double validPercent, double weightedCount, double weightedPercent, Estimate estimate) {

	/** The code as Stata prints it ({@code 2}, {@code .a}), or {@code .} on the system-missing line. */
	public String codeText() {
		return Double.isNaN(code) ? "." : Codes.format(code);
	}

	/**
	 * A percentage as the tables print it: one decimal, {@code .} when undefined (NaN), e.g. the percentage of a
	 * group nobody is in.
	 */
	public static String formatPercent(double percent) {
		return Double.isNaN(percent) ? "." : String.format(Locale.ROOT, "%.1f", percent);
	}

	/** Whether this line is a missing value. */
	public boolean isMissing() {
		return missingKind != MissingKind.NONE;
	}
}
