package org.voxpop.frequencies;

/**
 * A subgroup of respondents for {@code --by}: those with one value of the grouping variable, e.g. year = 2023.
 *
 * @param variable the grouping variable
 * @param code     its value
 * @param label    the value label, or the code as text if there is none
 */
public record Group(String variable, double code, String label) {
}
