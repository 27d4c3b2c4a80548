package org.voxpop.codebook.ops;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;

import org.voxpop.codebook.Study;
import org.voxpop.codebook.io.CodebookIO;
import org.voxpop.core.Contribution;
import org.voxpop.core.Contributions;

/**
 * The question sets contributed to {@code org.voxpop.codebook.questionSets}: codebook fragments that define a
 * recurring battery once (question texts, labels, categories, missing codes, recodes) and apply it to every wave
 * by variable name. See the extension point's schema for the contract.
 */
public final class QuestionSets {

	/** The extension point id. */
	public static final String EXTENSION_POINT = "org.voxpop.codebook.questionSets";

	private static final Contributions<Object> CONTRIBUTIONS = new Contributions<>(EXTENSION_POINT, "questionSet",
			Object.class);

	private QuestionSets() {
	}

	/** All contributed question sets, in registry order; never {@code null}. */
	public static List<Contribution<Object>> all() {
		return CONTRIBUTIONS.all();
	}

	/**
	 * Loads the codebook fragment of a contributed question set.
	 *
	 * @param id the contribution's id
	 * @return a new study each call (the caller may change it); never {@code null}
	 * @throws IOException if no question set has this id (the message lists the known ids) or its file is not a
	 *                     readable codebook
	 */
	public static Study load(String id) throws IOException {
		Contribution<Object> contribution = CONTRIBUTIONS.byId(id).orElseThrow(() -> new IOException(
				"no question set '" + id + "' is installed (installed: " + CONTRIBUTIONS.ids() + ")"));
		URL url;
		try {
			url = contribution.resource("resource");
		} catch (IllegalStateException e) {
			throw new IOException(e.getMessage(), e);
		}
		if (url == null) {
			throw new IOException("question set " + id + " of bundle " + contribution.contributor()
					+ " has no resource attribute");
		}
		try (InputStream in = url.openStream()) {
			return CodebookIO.load(in, "question set " + id + " (" + contribution.contributor() + "/"
					+ contribution.attribute("resource") + ")");
		}
	}

	/**
	 * Applies a contributed question set to a study by variable name, as {@link CodebookMerge#apply} does.
	 *
	 * @return the notes of {@link CodebookMerge#apply}; never {@code null}
	 * @throws IOException as {@link #load(String)}
	 */
	public static List<String> apply(String id, Study target) throws IOException {
		return CodebookMerge.apply(load(id), target);
	}
}
