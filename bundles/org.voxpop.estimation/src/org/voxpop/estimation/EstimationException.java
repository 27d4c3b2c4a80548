package org.voxpop.estimation;

/**
 * A model cannot be estimated as specified. The message is written for the analyst, the way Stata words it
 * (e.g. "variable agee not found", "outcome does not vary"), and says what to do; it never carries a stack
 * trace to the user.
 */
public class EstimationException extends Exception {

	private static final long serialVersionUID = 1L;

	public EstimationException(String message) {
		super(message);
	}

	public EstimationException(String message, Throwable cause) {
		super(message, cause);
	}
}
