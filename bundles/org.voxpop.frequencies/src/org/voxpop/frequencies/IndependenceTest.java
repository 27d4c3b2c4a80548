package org.voxpop.frequencies;

/**
 * Tests of independence of a two-way table. Without weights the Rao-Scott figures equal the Pearson ones up to the
 * n/(n−1) factor of the design variance; with weights, report the Rao-Scott F (Stata's {@code svy: tabulate}
 * default, R's {@code svychisq} default).
 *
 * @param pearsonChi2    Pearson's X² of the unweighted counts
 * @param df             (r−1)(c−1)
 * @param pearsonP       its p-value; NaN when df = 0
 * @param weightedChi2   Pearson's X² of the weighted table scaled to the respondents (R's reported "X-squared")
 * @param raoScottF      the second-order Rao-Scott F; NaN when df = 0
 * @param numeratorDf    its numerator degrees of freedom (not an integer)
 * @param denominatorDf  its denominator degrees of freedom
 * @param raoScottP      its p-value
 * @param firstOrderChi2 the first-order corrected statistic X²/mean eigenvalue, on df degrees of freedom
 * @param firstOrderP    its p-value
 */
public record IndependenceTest(double pearsonChi2, int df, double pearsonP, double weightedChi2, double raoScottF,
		double numeratorDf, double denominatorDf, double raoScottP, double firstOrderChi2, double firstOrderP) {
}
