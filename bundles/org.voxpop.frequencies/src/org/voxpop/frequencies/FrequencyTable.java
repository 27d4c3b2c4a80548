package org.voxpop.frequencies;

import java.util.List;

/**
 * The frequencies of one variable, overall or in one group: valid answers first (every labelled valid code, also
 * when nobody gave it, and any other valid value that occurs), then the missing codes that occur, then system
 * missing, as SPSS lists them.
 *
 * @param variable        the variable name
 * @param label           its label; may be {@code null}
 * @param group           the group, or {@code null} for all respondents
 * @param respondents     respondents in the table (frequency weights counted)
 * @param valid           respondents with a valid answer
 * @param weightedTotal   sum of weights of all respondents in the table
 * @param weightedValid   sum of weights of those with a valid answer
 * @param degreesOfFreedom the design degrees of freedom of the valid answers (their number minus one)
 * @param rows            the lines; never {@code null}
 * @param boxes           top-2 and bottom-2 box for ordinal scales of at least four valid labelled codes; else empty
 */
public record FrequencyTable(String variable, String label, Group group, double respondents, double valid,
		double weightedTotal, double weightedValid, double degreesOfFreedom, List<FrequencyRow> rows,
		List<BoxScore> boxes) {
}
