package org.voxpop.estimation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model in Stata's varlist notation: the outcome first, then the predictors, e.g.
 * {@code support i.region ib2.edu age c.age#c.age}.
 * <p>
 * Predictor syntax: {@code x} (continuous), {@code c.x}, {@code i.x} (factor, lowest level as base),
 * {@code ibN.x} or {@code ib(N).x} (base level N), {@code ib(first).x}, {@code ib(last).x}; interactions with
 * {@code #} (components without a prefix are factors there, as in Stata) and {@code ##} (main effects and
 * interaction).
 *
 * @param outcome the outcome variable; never {@code null}
 * @param terms   the predictor terms in order, without duplicates; may be empty (a constant-only model)
 */
public record ModelFormula(String outcome, List<Term> terms) {

	private static final Pattern COMPONENT = Pattern
			.compile("(?:(c|i|ib(-?\\d+(?:\\.\\d+)?)|ib\\((-?\\d+(?:\\.\\d+)?|first|last)\\))\\.)?([A-Za-z_][A-Za-z0-9_]*)");

	public ModelFormula {
		terms = List.copyOf(terms);
	}

	/**
	 * Parses a formula.
	 *
	 * @param text the formula; {@code null} or blank is an error
	 * @throws EstimationException naming the token that cannot be read
	 */
	public static ModelFormula parse(String text) throws EstimationException {
		if (text == null || text.isBlank()) {
			throw new EstimationException("the formula is empty: give the outcome first, then the predictors, e.g. \"support age i.region\"");
		}
		String[] tokens = text.trim().split("\\s+");
		Matcher outcome = COMPONENT.matcher(tokens[0]);
		if (!outcome.matches() || outcome.group(1) != null) {
			throw new EstimationException("the outcome '" + tokens[0] + "' must be a plain variable name");
		}
		List<Term> terms = new ArrayList<>();
		for (int t = 1; t < tokens.length; t++) {
			String token = tokens[t];
			if (token.contains("##")) {
				String[] parts = token.split("##", -1);
				List<TermComponent> components = new ArrayList<>();
				for (String part : parts) {
					components.add(component(part, true, token));
				}
				for (TermComponent component : components) {
					addTerm(terms, new Term(List.of(component)));
				}
				addTerm(terms, new Term(components));
			} else {
				String[] parts = token.split("#", -1);
				List<TermComponent> components = new ArrayList<>();
				for (String part : parts) {
					components.add(component(part, parts.length > 1, token));
				}
				addTerm(terms, new Term(components));
			}
		}
		return new ModelFormula(tokens[0], terms);
	}

	private static void addTerm(List<Term> terms, Term term) {
		if (!terms.contains(term)) {
			terms.add(term);
		}
	}

	private static TermComponent component(String text, boolean factorByDefault, String token)
			throws EstimationException {
		Matcher m = COMPONENT.matcher(text);
		if (!m.matches()) {
			throw new EstimationException("cannot read '" + token + "' in the formula: use x, c.x, i.x, ibN.x, "
					+ "ib(last).x, or interactions such as c.age#c.age and i.region#c.age");
		}
		String prefix = m.group(1);
		String name = m.group(4);
		if (prefix == null) {
			return factorByDefault ? TermComponent.factor(name, BaseLevel.DEFAULT) : TermComponent.continuous(name);
		}
		if (prefix.equals("c")) {
			return TermComponent.continuous(name);
		}
		if (prefix.equals("i")) {
			return TermComponent.factor(name, BaseLevel.DEFAULT);
		}
		String base = m.group(2) != null ? m.group(2) : m.group(3);
		return switch (base) {
		case "first" -> TermComponent.factor(name, BaseLevel.FIRST);
		case "last" -> TermComponent.factor(name, BaseLevel.LAST);
		default -> TermComponent.factor(name, BaseLevel.code(Double.parseDouble(base)));
		};
	}

	/** All variables the formula uses, outcome first, each once. */
	public List<String> variables() {
		List<String> names = new ArrayList<>();
		names.add(outcome);
		for (Term term : terms) {
			for (TermComponent component : term.components()) {
				if (!names.contains(component.variable())) {
					names.add(component.variable());
				}
			}
		}
		return names;
	}
}
