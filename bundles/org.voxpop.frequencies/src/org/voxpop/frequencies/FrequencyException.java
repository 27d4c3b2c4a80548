package org.voxpop.frequencies;

/** A request that cannot be tabulated: an unknown or string variable, a bad weight. The message says what to do. */
public final class FrequencyException extends Exception {

	private static final long serialVersionUID = 1L;

	public FrequencyException(String message) {
		super(message);
	}
}
