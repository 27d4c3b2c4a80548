package org.voxpop.app.internal;

import java.io.PrintStream;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * A progress line for the terminal: "Reading survey.sav  45%", rewritten in place at most four times a second and
 * cleared when the task is done. It is drawn only when the launcher says that standard output is a terminal
 * (system property {@value #TERMINAL_PROPERTY}), so pipes, batch logs and tests get clean output. Ctrl-C ends the
 * process, which is the command line's cancel.
 */
final class ConsoleProgress extends NullProgressMonitor {

	/** Set to {@code true} by the {@code voxpop} launcher when standard output is a terminal. */
	static final String TERMINAL_PROPERTY = "voxpop.terminal";

	private static final long INTERVAL_NANOS = 250_000_000L;

	private final PrintStream out;
	private final boolean enabled;
	private String task = "";
	private double total;
	private double done;
	private long lastPrint;
	private boolean printed;

	private ConsoleProgress(PrintStream out, boolean enabled) {
		this.out = out;
		this.enabled = enabled;
	}

	/** A monitor that draws on {@code out} if it is a terminal, else does nothing. */
	static IProgressMonitor forTerminal(PrintStream out) {
		return new ConsoleProgress(out, Boolean.getBoolean(TERMINAL_PROPERTY));
	}

	@Override
	public void beginTask(String name, int totalWork) {
		task = name == null ? "" : name;
		total = totalWork;
		done = 0;
	}

	@Override
	public void worked(int work) {
		internalWorked(work);
	}

	@Override
	public void internalWorked(double work) {
		done += work;
		long now = System.nanoTime();
		if (enabled && total > 0 && now - lastPrint > INTERVAL_NANOS) {
			lastPrint = now;
			printed = true;
			out.printf(Locale.ROOT, "\r%s %3.0f%%", task, Math.min(100, 100 * done / total));
			out.flush();
		}
	}

	@Override
	public void done() {
		if (printed) {
			out.print("\r" + " ".repeat(task.length() + 5) + "\r");
			out.flush();
			printed = false;
		}
	}
}
