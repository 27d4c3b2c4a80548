package org.voxpop.ui.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.voxpop.data.Dataset;

/** The dataset the workbench shows, with listeners notified (on the UI thread) when it changes. */
public final class OpenDatasets {

	private static final List<Consumer<Dataset>> LISTENERS = new CopyOnWriteArrayList<>();
	private static volatile Dataset current;

	private OpenDatasets() {
	}

	/** The open dataset, or {@code null} if none is open. */
	public static Dataset current() {
		return current;
	}

	/** Makes a dataset the open one; call on the UI thread. */
	public static void open(Dataset dataset) {
		current = dataset;
		for (Consumer<Dataset> listener : LISTENERS) {
			listener.accept(dataset);
		}
	}

	static void addListener(Consumer<Dataset> listener) {
		LISTENERS.add(listener);
	}

	static void removeListener(Consumer<Dataset> listener) {
		LISTENERS.remove(listener);
	}
}
