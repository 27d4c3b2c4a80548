package org.voxpop.estimation.result;

/**
 * One line of a chi-square test reported with a model, e.g. the Brant test of parallel lines.
 *
 * @param test the test's name, e.g. {@code brant}; never {@code null}
 * @param term what is tested: {@code All} for an omnibus test, else a term name; never {@code null}
 * @param chi2 the statistic
 * @param df   its degrees of freedom
 * @param p    its upper tail probability
 */
public record TestStatistic(String test, String term, double chi2, int df, double p) {
}
