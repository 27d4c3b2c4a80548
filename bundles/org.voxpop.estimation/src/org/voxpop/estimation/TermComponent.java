package org.voxpop.estimation;

import java.util.Objects;

/**
 * One variable inside a model term: either continuous ({@code c.x}, or a plain {@code x} outside an interaction)
 * or a factor ({@code i.x}, {@code ibN.x}) expanded into one indicator per non-base level.
 *
 * @param variable the variable name; never {@code null}
 * @param factor   whether the variable enters as a factor
 * @param base     the base level of a factor; {@code null} for continuous components
 */
public record TermComponent(String variable, boolean factor, BaseLevel base) {

	public TermComponent {
		Objects.requireNonNull(variable, "variable");
		if (factor) {
			Objects.requireNonNull(base, "base");
		}
	}

	public static TermComponent continuous(String variable) {
		return new TermComponent(variable, false, null);
	}

	public static TermComponent factor(String variable, BaseLevel base) {
		return new TermComponent(variable, true, base);
	}
}
