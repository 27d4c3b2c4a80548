package org.voxpop.estimator.probit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.voxpop.core.Contribution;
import org.voxpop.estimation.EstimationException;
import org.voxpop.estimation.Estimator;
import org.voxpop.estimation.Estimators;

/** probit and oprobit come in through the extension registry, from a bundle that sees only the public API. */
class ProbitRegistrationTest {

	@Test
	void probitAndOprobitAreFoundThroughTheExtensionRegistry() throws EstimationException {
		Contribution<Estimator> probit = Estimators.get("probit");
		assertEquals("org.voxpop.estimator.probit", probit.contributor());
		assertEquals("probit", probit.attribute("stataCommand"));
		assertEquals("Probit regression (binary outcome)", probit.name());
		assertTrue(probit.instance().includesConstant());

		Contribution<Estimator> oprobit = Estimators.get("oprobit");
		assertEquals("org.voxpop.estimator.probit", oprobit.contributor());
		assertEquals("oprobit", oprobit.attribute("stataCommand"));
		assertFalse(oprobit.instance().includesConstant());
	}

	@Test
	void theBundleImportsOnlyThePublicEstimationApi() {
		Bundle bundle = FrameworkUtil.getBundle(ProbitRegistrationTest.class);
		// the host's own manifest, without this test fragment's imports
		assertEquals("org.voxpop.estimator.probit", bundle.getSymbolicName());
		assertNull(bundle.getHeaders().get(Constants.REQUIRE_BUNDLE), "no Require-Bundle");
		assertNull(bundle.getHeaders().get(Constants.EXPORT_PACKAGE), "nothing exported");
		assertEquals("org.voxpop.estimation;version=\"[0.1.0,1.0.0)\"",
				bundle.getHeaders().get(Constants.IMPORT_PACKAGE).replaceAll("\\s", ""));
	}
}
