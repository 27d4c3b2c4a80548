package org.voxpop.app.internal;

/** A mistake on the command line: printed as one line, followed by a hint to run {@code voxpop help}. */
final class CommandLineException extends Exception {

	private static final long serialVersionUID = 1L;

	CommandLineException(String message) {
		super(message);
	}
}
