package org.voxpop.estimation;

/**
 * Which level of a factor variable is the base (reference) category: Stata's {@code i.} (lowest, unless the codebook names a reference category),
 * {@code ib(last).} (highest) or {@code ibN.} / {@code ib(N).} (the level with code N).
 *
 * @param kind which rule applies
 * @param code the base code for {@link Kind#CODE}; ignored (NaN) otherwise
 */
public record BaseLevel(Kind kind, double code) {

	/** How the base level is chosen. */
	public enum Kind {
		/**
		 * Plain {@code i.x}: the codebook's reference category of the variable if it has one and it occurs in the
		 * estimation sample, else the lowest level.
		 */
		DEFAULT,
		/** The lowest level in the estimation sample ({@code ib(first).x}). */
		FIRST,
		/** The highest level in the estimation sample ({@code ib(last).x}). */
		LAST,
		/** The level with a given code ({@code ib3.x}). */
		CODE
	}

	public static final BaseLevel DEFAULT = new BaseLevel(Kind.DEFAULT, Double.NaN);
	public static final BaseLevel FIRST = new BaseLevel(Kind.FIRST, Double.NaN);
	public static final BaseLevel LAST = new BaseLevel(Kind.LAST, Double.NaN);

	public static BaseLevel code(double code) {
		return new BaseLevel(Kind.CODE, code);
	}
}
