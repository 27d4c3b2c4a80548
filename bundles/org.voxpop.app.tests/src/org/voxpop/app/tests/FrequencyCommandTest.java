package org.voxpop.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voxpop.test.support.Json.array;
import static org.voxpop.test.support.Json.number;
import static org.voxpop.test.support.Json.object;
import static org.voxpop.test.support.NumericAssertions.RELATIVE_TOLERANCE;
import static org.voxpop.test.support.NumericAssertions.assertRelativelyClose;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voxpop.app.internal.VoxpopCommand;
import org.voxpop.test.support.Fixtures;
import org.voxpop.test.support.Json;

/** {@code voxpop freq} as a user runs it on the fixture poll of org.voxpop.frequencies.tests: JSON and report. */
class FrequencyCommandTest {

	private static final String FIXTURES = "org.voxpop.frequencies.tests";

	@TempDir
	Path folder;

	private final CommandLine voxpop = new CommandLine();

	private String[] freq(String... more) {
		String[] base = { "freq", "--data", Fixtures.file(FIXTURES, "fixtures/poll.csv").toString(), "--codebook",
				Fixtures.file(FIXTURES, "fixtures/poll.codebook.xmi").toString(), "--pweight", "w", "--by", "year",
				"--vars", "q1 q2 $mr" };
		String[] all = new String[base.length + more.length];
		System.arraycopy(base, 0, all, 0, base.length);
		System.arraycopy(more, 0, all, base.length, more.length);
		return all;
	}

	@Test
	void freqWritesTheJsonThenTheReport() throws Exception {
		Path json = folder.resolve("freq.json");
		Path report = folder.resolve("freq.pdf");
		assertEquals(VoxpopCommand.OK, voxpop.run(freq("--json", json.toString(), "--report", report.toString())),
				voxpop.err());
		String printed = voxpop.out();
		assertTrue(printed.contains("Report written to " + report.toAbsolutePath()), printed);
		assertTrue(printed.indexOf("JSON result written") < printed.indexOf("Report written"), printed);
		assertTrue(Files.size(report) > 1000);
		assertTrue(new String(Files.readAllBytes(report), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));

		Map<String, Object> first = object(array(object(Json.read(json)).get("frequencies")).get(0));
		assertEquals("q1", first.get("variable"));
		assertEquals(2021.0, number(object(first.get("group")), "code"));
		Map<String, Object> q1Is1 = object(array(first.get("rows")).get(0));
		assertEquals(1.0, number(q1Is1, "code"));
		assertRelativelyClose(expectedQ1Is1In2021() * 100, number(q1Is1, "weighted_valid_percent"), RELATIVE_TOLERANCE,
				"q1 = 1 in 2021, weighted valid percent");
	}

	@Test
	void aWrongReportNameIsRefusedBeforeTheDataAreRead() {
		Path report = folder.resolve("freq.docx");
		String[] args = freq("--report", report.toString());
		args[2] = folder.resolve("does-not-exist.csv").toString();
		assertEquals(VoxpopCommand.FAILED, voxpop.run(args));
		String error = voxpop.err();
		assertTrue(error.contains("freq.docx") && error.contains(".pdf or .html"), error);
		assertFalse(error.contains("does-not-exist.csv"), "the data were not read: " + error);
		assertFalse(Files.exists(report));
	}

	/** R's svymean share of q1 = 1 among valid answers in 2021 (weighted_proportions.json). */
	private static double expectedQ1Is1In2021() {
		for (Object each : array(object(Json.read(Fixtures.file(FIXTURES, "fixtures/weighted_proportions.json"))).get("tables"))) {
			Map<String, Object> table = object(each);
			if ("q1".equals(table.get("variable")) && "year".equals(table.get("by")) && number(table, "group") == 2021) {
				Map<String, Object> category = object(array(table.get("categories")).get(0));
				assertEquals(1.0, number(category, "code"));
				return number(category, "prop");
			}
		}
		throw new AssertionError("no q1 by year, 2021, in weighted_proportions.json");
	}
}
