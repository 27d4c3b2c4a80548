package org.voxpop.data.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.voxpop.codebook.Study;
import org.voxpop.data.Dataset;
import org.voxpop.data.NumericColumn;
import org.voxpop.data.StringColumn;
import org.voxpop.test.support.Fixtures;

/**
 * What other tools read from the SPSS fixtures (fixtures/sav/expected_*.tsv, written by make_fixtures.sh): one fact a
 * line, tab-separated: file, variable (empty for the file), key, values; tabs, line feeds and backslashes escaped.
 */
public final class SavFacts {

	static final String BUNDLE = "org.voxpop.data.tests";

	/** One fact. */
	record Fact(String file, String variable, String key, List<String> values) {
		String value() {
			return values.get(0);
		}
	}

	private SavFacts() {
	}

	/** A file of fixtures/sav. */
	public static Path fixture(String name) {
		return Fixtures.file(BUNDLE, "fixtures/sav/" + name);
	}

	/** The facts of one expectations file, grouped by data file in file order. */
	static Map<String, List<Fact>> read(String expectations) {
		Map<String, List<Fact>> byFile = new LinkedHashMap<>();
		try {
			for (String line : Files.readAllLines(fixture(expectations), StandardCharsets.UTF_8)) {
				if (line.isEmpty()) {
					continue;
				}
				String[] fields = line.split("\t", -1);
				List<String> values = new ArrayList<>();
				for (int i = 3; i < fields.length; i++) {
					values.add(unescape(fields[i]));
				}
				Fact fact = new Fact(fields[0], fields[1], fields[2], values);
				byFile.computeIfAbsent(fact.file(), f -> new ArrayList<>()).add(fact);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return byFile;
	}

	private static String unescape(String text) {
		StringBuilder result = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\' && i + 1 < text.length()) {
				char next = text.charAt(++i);
				result.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
			} else {
				result.append(c);
			}
		}
		return result.toString();
	}

	/** A number as R printed it: NA is system missing, Inf and -Inf infinite. */
	static double number(String text) {
		return switch (text) {
		case "NA" -> Double.NaN;
		case "Inf" -> Double.POSITIVE_INFINITY;
		case "-Inf" -> Double.NEGATIVE_INFINITY;
		default -> Double.parseDouble(text);
		};
	}

	/** Asserts equal codebooks (but for the study name, which is the file name) and equal columns. */
	public static void assertSameDataset(Dataset expected, Dataset actual) {
		Study a = EcoreUtil.copy(expected.codebook());
		Study b = EcoreUtil.copy(actual.codebook());
		b.setName(a.getName());
		assertTrue(EcoreUtil.equals(a, b), "codebooks of " + expected.displayName() + " and " + actual.displayName());
		assertEquals(expected.columnNames(), actual.columnNames());
		for (String name : expected.columnNames()) {
			if (expected.column(name) instanceof NumericColumn numbers) {
				assertArrayEquals(numbers.values(), ((NumericColumn) actual.column(name)).values(), name);
			} else {
				assertArrayEquals(((StringColumn) expected.column(name)).values(),
						((StringColumn) actual.column(name)).values(), name);
			}
		}
	}
}
