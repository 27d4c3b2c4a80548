package org.voxpop.core;

import java.net.URL;
import java.util.Objects;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.osgi.framework.Bundle;

/**
 * One element contributed to a VoxPop extension point: its id, name and attributes, and the object its
 * {@code class} attribute names, created on first use.
 *
 * @param <T> the type the {@code class} attribute must implement
 */
public final class Contribution<T> {

	private final IConfigurationElement element;
	private final Class<T> type;
	private T instance;

	Contribution(IConfigurationElement element, Class<T> type) {
		this.element = Objects.requireNonNull(element);
		this.type = Objects.requireNonNull(type);
	}

	/** The {@code id} attribute; never {@code null} (elements without one are skipped by {@link Contributions}). */
	public String id() {
		return element.getAttribute("id");
	}

	/** The {@code name} attribute, or the id if the contribution gives no name. */
	public String name() {
		String name = element.getAttribute("name");
		return name == null ? id() : name;
	}

	/** Any other attribute; {@code null} if absent. */
	public String attribute(String attributeName) {
		return element.getAttribute(attributeName);
	}

	/** The symbolic name of the bundle that contributes this element. */
	public String contributor() {
		return element.getContributor().getName();
	}

	/**
	 * A file of the contributing bundle named by an attribute, e.g. {@code resource="questionsets/battery.xmi"}.
	 *
	 * @return the file's URL, or {@code null} if the attribute is absent
	 * @throws IllegalStateException if the bundle has no such file; the message names the bundle and the path
	 */
	public URL resource(String attributeName) {
		String path = element.getAttribute(attributeName);
		if (path == null) {
			return null;
		}
		Bundle bundle = ContributorFactoryOSGi.resolve(element.getContributor());
		URL url = bundle == null ? null : bundle.getEntry(path);
		if (url == null) {
			throw new IllegalStateException("Contribution " + id() + " of bundle " + contributor() + " names "
					+ attributeName + "=\"" + path + "\", but the bundle has no such file");
		}
		return url;
	}

	/** The underlying configuration element, for contribution-specific children. */
	public IConfigurationElement element() {
		return element;
	}

	/**
	 * The object named by the {@code class} attribute, created once and then reused.
	 *
	 * @throws IllegalStateException if the class cannot be loaded or does not implement the expected type; the
	 *                               message names the contributing bundle
	 */
	public synchronized T instance() {
		if (instance == null) {
			Object created;
			try {
				created = element.createExecutableExtension("class");
			} catch (CoreException e) {
				throw new IllegalStateException("Contribution " + id() + " of bundle " + contributor()
						+ " could not be created: " + e.getStatus().getMessage(), e);
			}
			if (!type.isInstance(created)) {
				throw new IllegalStateException("Contribution " + id() + " of bundle " + contributor() + " is a "
						+ created.getClass().getName() + ", not a " + type.getName());
			}
			instance = type.cast(created);
		}
		return instance;
	}
}
