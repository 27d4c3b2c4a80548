package org.voxpop.report;

/** A report could not be rendered; the message names the template or output file and what to do. */
public class ReportException extends Exception {

	private static final long serialVersionUID = 1L;

	public ReportException(String message) {
		super(message);
	}

	public ReportException(String message, Throwable cause) {
		super(message, cause);
	}
}
