package org.voxpop.frequencies;

import java.util.List;

/**
 * A two-way table of valid answers, e.g. support by year, with column percentages and the test of independence.
 *
 * @param rowVariable        the row variable (the answer)
 * @param columnVariable     the column variable (e.g. year or country)
 * @param rowCodes           the valid row codes, ascending
 * @param rowLabels          their labels (the code as text where there is none)
 * @param columnCodes        the column codes, ascending
 * @param columnLabels       their labels
 * @param counts             respondents per cell, [row][column]
 * @param weightedCounts     weighted counts per cell, [row][column]
 * @param columnPercents     the weighted percentage of each row code within its column, with SE and CI
 *                           ([row][column])
 * @param test               the test of independence
 */
public record CrossTable(String rowVariable, String columnVariable, List<Double> rowCodes, List<String> rowLabels,
		List<Double> columnCodes, List<String> columnLabels, double[][] counts, double[][] weightedCounts,
		Estimate[][] columnPercents, IndependenceTest test) {
}
