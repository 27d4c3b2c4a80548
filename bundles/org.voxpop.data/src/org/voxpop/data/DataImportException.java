package org.voxpop.data;

/**
 * The data could not be imported. The message is meant for the user: it names the file and, where it applies,
 * the line or variable, and says what to do. No partially imported dataset is ever returned with it.
 */
public class DataImportException extends Exception {

	private static final long serialVersionUID = 1L;

	public DataImportException(String message) {
		super(message);
	}

	public DataImportException(String message, Throwable cause) {
		super(message, cause);
	}
}
