package org.voxpop.estimation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A right-hand-side term of a model: one component ({@code age}, {@code i.region}) or an interaction of several
 * ({@code c.age#c.age}, {@code i.region#c.age}).
 *
 * @param components the variables multiplied together; never empty
 */
public record Term(List<TermComponent> components) {

	public Term {
		if (components.isEmpty()) {
			throw new IllegalArgumentException("a term needs at least one variable");
		}
		components = List.copyOf(components);
	}

	public boolean isInteraction() {
		return components.size() > 1;
	}

	/**
	 * The term in Stata's notation as it labels the coefficient of a continuous term ({@code age},
	 * {@code c.age#c.age}); factor components are written {@code i.x}.
	 */
	public String stataName() {
		if (!isInteraction() && !components.get(0).factor()) {
			return components.get(0).variable();
		}
		return components.stream().map(c -> (c.factor() ? "i." : "c.") + c.variable()).collect(Collectors.joining("#"));
	}
}
