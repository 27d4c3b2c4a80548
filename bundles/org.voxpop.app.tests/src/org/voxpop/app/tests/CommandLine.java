package org.voxpop.app.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.voxpop.app.internal.VoxpopCommand;

/** Runs {@code voxpop} commands in the test JVM and keeps what they print. */
final class CommandLine {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	/** Runs one command line; returns its exit code. Output accumulates until {@link #clear()}. */
	int run(String... args) {
		return new VoxpopCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
	}

	/** What the commands printed on standard output. */
	String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	/** What the commands printed on standard error. */
	String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	/** Forgets what was printed so far. */
	void clear() {
		out.reset();
		err.reset();
	}
}
