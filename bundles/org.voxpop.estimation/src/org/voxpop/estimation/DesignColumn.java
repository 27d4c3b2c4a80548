package org.voxpop.estimation;

import java.util.List;

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
 * @param parts    the column as a product of its parts, so that the platform can recompute it for other values
 *                 of the variables (margins): one part per component of the term; empty for {@code _cons}
 */
public record DesignColumn(String term, String variable, double level, String label, boolean base, List<Part> parts) {

	/** The name Stata gives the constant. */
	public static final String CONSTANT = "_cons";

	/**
	 * One factor of a column's product: the indicator {@code variable == level} for a factor component, the
	 * variable's value for a continuous one.
	 *
	 * @param variable the variable; never {@code null}
	 * @param level    the level for a factor component; {@code NaN} for a continuous one
	 */
	public record Part(String variable, double level) {

		public boolean isFactor() {
			return !Double.isNaN(level);
		}

		/** The part's value for a variable value {@code x}. */
		public double valueAt(double x) {
			return isFactor() ? (x == level ? 1.0 : 0.0) : x;
		}
	}

	public DesignColumn {
		parts = List.copyOf(parts);
	}

	public boolean isConstant() {
		return CONSTANT.equals(term);
	}

	/** Whether any part of this column is {@code variable}. */
	public boolean involves(String name) {
		return parts.stream().anyMatch(p -> p.variable().equals(name));
	}
}
