package org.voxpop.frequencies;

import java.util.Objects;

/**
 * How rows are weighted in frequencies and cross-tabs.
 *
 * @param type     frequency weights count a row as that many identical respondents (Stata {@code fweight}); sampling
 *                 weights are inverse selection probabilities or post-stratification weights (Stata {@code pweight},
 *                 R {@code svydesign(ids = ~1, weights = ~w)})
 * @param variable the numeric weight variable; never {@code null}
 */
public record SurveyWeight(Type type, String variable) {

	/** The kind of weight. */
	public enum Type {
		FREQUENCY, SAMPLING
	}

	public SurveyWeight {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(variable, "variable");
	}

	/** The option that gives this weight on the command line, e.g. {@code pweight}. */
	public String option() {
		return type == Type.FREQUENCY ? "fweight" : "pweight";
	}
}
