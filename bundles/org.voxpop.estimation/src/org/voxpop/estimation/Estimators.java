package org.voxpop.estimation;

import java.util.List;

import org.voxpop.core.Contribution;
import org.voxpop.core.Contributions;

/**
 * The estimators contributed to {@code org.voxpop.estimation.estimators}. The command line, the workbench and the
 * tests find estimators only here, never by constructing them.
 */
public final class Estimators {

	/** The extension point id. */
	public static final String EXTENSION_POINT = "org.voxpop.estimation.estimators";

	private static final Contributions<Estimator> CONTRIBUTIONS = new Contributions<>(EXTENSION_POINT, "estimator",
			Estimator.class);

	private Estimators() {
	}

	/** All contributed estimators, in registry order. */
	public static List<Contribution<Estimator>> all() {
		return CONTRIBUTIONS.all();
	}

	/**
	 * The estimator with this id.
	 *
	 * @throws EstimationException if none is installed; the message lists the installed ones
	 */
	public static Contribution<Estimator> get(String id) throws EstimationException {
		return CONTRIBUTIONS.byId(id).orElseThrow(() -> new EstimationException("unknown model '" + id
				+ "'; installed models: " + String.join(", ", CONTRIBUTIONS.ids()) + " (see voxpop models)"));
	}
}
