package org.voxpop.frequencies;

import java.util.List;

/**
 * A multiple-response question: how many respondents chose each option. Percentages are of respondents (the
 * respondents who answered at least one of the set's variables), so they may add up to more than 100.
 *
 * @param set           the set's name
 * @param label         its label; may be {@code null}
 * @param group         the group, or {@code null} for all respondents
 * @param respondents   respondents with at least one valid answer in the set (the base)
 * @param weightedBase  their sum of weights
 * @param options       one line per option
 */
public record MultipleResponseTable(String set, String label, Group group, double respondents, double weightedBase,
		List<Option> options) {

	/**
	 * One option.
	 *
	 * @param name          the member variable (dichotomies) or the code as text (categories)
	 * @param label         the option's label
	 * @param count         respondents who chose it
	 * @param percent       as a percentage of the base
	 * @param weightedCount weighted count
	 * @param estimate      weighted percentage of the base, with SE and CI
	 */
	public record Option(String name, String label, double count, double percent, double weightedCount,
			Estimate estimate) {
	}
}
