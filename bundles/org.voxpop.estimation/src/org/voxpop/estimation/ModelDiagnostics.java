package org.voxpop.estimation;

import java.util.ArrayList;
import java.util.List;

import org.voxpop.estimation.result.Omission;

/**
 * Collects what the platform and an estimator did to make a model estimable (omitted terms, dropped
 * observations), to be reported with the result as Stata reports it.
 */
public final class ModelDiagnostics {

	private final List<Omission> omitted = new ArrayList<>();
	private final List<String> notes = new ArrayList<>();

	/**
	 * Records that a term was left out of the model.
	 *
	 * @param term   Stata's name of the term, e.g. {@code 3.region}; never {@code null}
	 * @param reason e.g. "collinearity", "empty", "predicts failure perfectly"; never {@code null}
	 */
	public void omit(String term, String reason) {
		omitted.add(new Omission(term, reason));
	}

	/** Adds a note for the analyst, worded as Stata words it, without the leading "note: ". */
	public void note(String note) {
		notes.add(note);
	}

	public List<Omission> omitted() {
		return List.copyOf(omitted);
	}

	public List<String> notes() {
		return List.copyOf(notes);
	}
}
