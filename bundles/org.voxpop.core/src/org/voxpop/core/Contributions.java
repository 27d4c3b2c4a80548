package org.voxpop.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * Reads the contributions to one extension point from the Equinox extension registry. The same registry serves
 * the workbench, the command line and the tests, so a plugin found by one is found by all.
 *
 * @param <T> the type the contributions' {@code class} attribute must implement
 */
public final class Contributions<T> {

	private final String extensionPointId;
	private final String elementName;
	private final Class<T> type;

	/**
	 * @param extensionPointId the full extension point id, e.g. {@code org.voxpop.estimation.estimators}
	 * @param elementName      the element that carries {@code id}, {@code name} and {@code class}
	 * @param type             what {@code class} must implement
	 */
	public Contributions(String extensionPointId, String elementName, Class<T> type) {
		this.extensionPointId = extensionPointId;
		this.elementName = elementName;
		this.type = type;
	}

	/**
	 * All contributions, in registry order, skipping elements without an id.
	 *
	 * @throws IllegalStateException if no extension registry is running (outside OSGi)
	 */
	public List<Contribution<T>> all() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			throw new IllegalStateException("No Eclipse extension registry is running: VoxPop must run inside OSGi");
		}
		List<Contribution<T>> result = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(extensionPointId)) {
			if (elementName.equals(element.getName()) && element.getAttribute("id") != null) {
				result.add(new Contribution<>(element, type));
			}
		}
		return result;
	}

	/** The contribution with this id, if any. */
	public Optional<Contribution<T>> byId(String id) {
		return all().stream().filter(c -> c.id().equals(id)).findFirst();
	}

	/** The ids of all contributions, for "known values are ..." messages. */
	public List<String> ids() {
		return all().stream().map(Contribution::id).toList();
	}
}
