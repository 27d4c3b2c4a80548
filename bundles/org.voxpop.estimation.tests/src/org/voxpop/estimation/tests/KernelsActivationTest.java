package org.voxpop.estimation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.voxpop.estimation.internal.Kernels;

/**
 * Which kernels run inside OSGi. The JVM of this test has {@code jdk.incubator.vector} in its boot layer exactly
 * when it was started with {@code --add-modules jdk.incubator.vector}: then Equinox's system bundle exports the
 * package, the estimation bundle's optional import is wired to it and the vector kernels are active; without it
 * the bundle still resolves and the scalar kernels are active. This fragment's pom runs the tests once each way
 * and says which to expect in the system property {@value #EXPECTED}.
 */
class KernelsActivationTest {

	private static final String EXPECTED = "org.voxpop.test.expectedKernels";
	private static final String VECTOR_MODULE = "jdk.incubator.vector";

	private static boolean moduleInBootLayer() {
		return ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent();
	}

	@Test
	void theTestJvmHasTheModuleAsThePomSays() {
		String expected = System.getProperty(EXPECTED);
		System.out.println("Kernels inside OSGi: " + Kernels.implementation() + " (" + VECTOR_MODULE
				+ (moduleInBootLayer() ? " in the boot layer" : " not in the boot layer: " + Kernels.vectorUnavailableReason())
				+ "; expected: " + expected + ")");
		if (expected != null) {
			assertEquals(expected.equals("vector"), moduleInBootLayer(),
					"--add-modules " + VECTOR_MODULE + " in the test JVM's arguments, expected kernels: " + expected);
		}
	}

	@Test
	void vectorKernelsAreActiveExactlyWhenTheModuleIsThere() {
		if (moduleInBootLayer()) {
			assertNotNull(Kernels.vector(), () -> "vector kernels unavailable: " + Kernels.vectorUnavailableReason());
			assertTrue(Kernels.implementation().matches("vector \\(\\d+-bit\\)"), Kernels.implementation());
			assertNull(Kernels.vectorUnavailableReason());
		} else {
			assertNull(Kernels.vector());
			assertEquals("scalar", Kernels.implementation());
			assertTrue(Kernels.vectorUnavailableReason().contains("NoClassDefFoundError"),
					Kernels.vectorUnavailableReason());
		}
	}

	@Test
	void theOptionalImportIsWiredToTheSystemBundleExactlyWhenTheModuleIsThere() {
		Bundle bundle = FrameworkUtil.getBundle(Kernels.class);
		assertEquals("org.voxpop.estimation", bundle.getSymbolicName());
		List<BundleWire> wires = bundle.adapt(BundleWiring.class).getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE)
				.stream()
				.filter(wire -> VECTOR_MODULE
						.equals(wire.getCapability().getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE)))
				.toList();
		if (moduleInBootLayer()) {
			assertEquals(1, wires.size(), wires::toString);
			assertEquals(0, wires.get(0).getProvider().getBundle().getBundleId(), "provided by the system bundle");
		} else {
			assertEquals(List.of(), wires);
		}
	}
}
