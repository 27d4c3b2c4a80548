package org.voxpop.estimation;

/**
 * What one column of a {@link DesignMatrix} (and so one coefficient) stands for.
 *
 * @param term     the coefficient's name in Stata's notation: {@code age}, {@code 2.region},
 *                 {@code c.age#c.age}, {@code 2.region#c.age}, {@code _cons}; never {@code null}
 * @param variable the variable for a main effect, the term's notation ({@code c.age#c.age}) for an interaction,
 *                 {@code null} for {@code _cons}
 * @param level    the factor level code for a factor main effect; {@code NaN} otherwise
 * @param label    the value label of that level, else the variable label; {@code null} if the codebook has none
 * @param base     whether this is a factor's base level: a row reported with estimate 0 and no design column
 */
public record DesignColumn(String term, String variable, double level, String label, boolean base) {

	/** The name Stata gives the constant. */
	public static final String CONSTANT = "_cons";

	public boolean isConstant() {
		return CONSTANT.equals(term);
	}
}
