package org.voxpop.test.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.voxpop.data.DataImportException;
import org.voxpop.data.Dataset;
import org.voxpop.data.ImportSource;
import org.voxpop.data.Importers;

/** Files that tests read: golden fixtures inside test bundles and the bundled example survey. */
public final class Fixtures {

	private Fixtures() {
	}

	/**
	 * A file inside a bundle or fragment, as a path on disk.
	 *
	 * @param bundleId the bundle's symbolic name, e.g. {@code org.voxpop.estimator.logit.tests}
	 * @param relative the path inside it, e.g. {@code fixtures/mroz/mroz.csv}
	 */
	public static Path file(String bundleId, String relative) {
		Bundle bundle = Platform.getBundle(bundleId);
		if (bundle == null) {
			throw new IllegalStateException("bundle " + bundleId + " is not installed in the test runtime");
		}
		URL entry = bundle.getEntry(relative);
		if (entry == null) {
			throw new IllegalStateException("no " + relative + " in bundle " + bundleId);
		}
		try {
			return Path.of(FileLocator.toFileURL(entry).toURI());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The example survey's data file (synthetic, see org.voxpop.examples/data/README.md). */
	public static Path exampleCsv() {
		return file("org.voxpop.examples", "data/poll2024.csv");
	}

	/** The example survey's codebook. */
	public static Path exampleCodebook() {
		return file("org.voxpop.examples", "data/poll2024.codebook.xmi");
	}

	/** The example survey, imported through the registry like the application does. */
	public static Dataset exampleDataset() throws DataImportException {
		return Importers.importDataset(new ImportSource(exampleCsv(), exampleCodebook(), null),
				new org.eclipse.core.runtime.NullProgressMonitor());
	}

	/**
	 * A dataset of numeric columns with an empty codebook, for tests that build their data in code.
	 *
	 * @param namesAndValues alternating column names ({@code String}) and values ({@code double[]})
	 */
	public static Dataset numericDataset(Object... namesAndValues) {
		List<org.voxpop.data.Column> columns = new java.util.ArrayList<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			columns.add(new org.voxpop.data.NumericColumn((String) namesAndValues[i], (double[]) namesAndValues[i + 1]));
		}
		return new Dataset(null, org.voxpop.codebook.CodebookFactory.eINSTANCE.createStudy(), columns);
	}

	/**
	 * Reads a simple fixture table (comma-separated, header line, no quoting) into rows keyed by column name, in
	 * file order.
	 */
	public static List<Map<String, String>> table(Path file) {
		try {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			String[] header = lines.get(0).split(",", -1);
			List<Map<String, String>> rows = new ArrayList<>();
			for (String line : lines.subList(1, lines.size())) {
				if (line.isBlank()) {
					continue;
				}
				String[] fields = line.split(",", -1);
				Map<String, String> row = new LinkedHashMap<>();
				for (int i = 0; i < header.length; i++) {
					row.put(header[i], fields[i]);
				}
				rows.add(row);
			}
			return rows;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A two-column {@code stat,value} fixture as a map. */
	public static Map<String, Double> statistics(Path file) {
		Map<String, Double> result = new LinkedHashMap<>();
		for (Map<String, String> row : table(file)) {
			result.put(row.get("stat"), Double.parseDouble(row.get("value")));
		}
		return result;
	}
}
