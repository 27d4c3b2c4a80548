package org.voxpop.estimation;

import java.util.Objects;

/**
 * A weight variable and how its values are to be understood, as in Stata's {@code [fweight=w]},
 * {@code [pweight=w]} and {@code [iweight=w]}.
 *
 * @param type     what the weights mean; never {@code null}
 * @param variable the numeric weight variable; never {@code null}. Rows where it is missing, zero or negative
 *                 leave the estimation sample (negative weights are an error, as in Stata)
 */
public record Weight(Type type, String variable) {

	/** The kinds of weight. */
	public enum Type {
		/** Frequency weights: each row stands for that many identical observations; integers. N is their sum. */
		FREQUENCY("fweight"),
		/**
		 * Sampling (probability) weights: the inverse of the probability of selection. The likelihood is weighted,
		 * the variance is robust (or clustered); N is the number of rows.
		 */
		PROBABILITY("pweight"),
		/** Importance weights: the log-likelihood is weighted, the variance stays OIM; N is their sum, truncated. */
		IMPORTANCE("iweight");

		private final String stataName;

		Type(String stataName) {
			this.stataName = stataName;
		}

		/** {@code fweight}, {@code pweight} or {@code iweight}. */
		public String stataName() {
			return stataName;
		}
	}

	public Weight {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(variable, "variable");
	}

	@Override
	public String toString() {
		return "[" + type.stataName + "=" + variable + "]";
	}
}
