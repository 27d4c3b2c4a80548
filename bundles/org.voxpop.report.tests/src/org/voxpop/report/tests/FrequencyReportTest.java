package org.voxpop.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voxpop.test.support.Json.array;
import static org.voxpop.test.support.Json.number;
import static org.voxpop.test.support.Json.object;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.voxpop.data.Dataset;
import org.voxpop.data.ImportSource;
import org.voxpop.data.Importers;
import org.voxpop.frequencies.CrossTable;
import org.voxpop.frequencies.Frequencies;
import org.voxpop.frequencies.FrequencyReport;
import org.voxpop.frequencies.FrequencyTable;
import org.voxpop.frequencies.IndependenceTest;
import org.voxpop.frequencies.MultipleResponseTable;
import org.voxpop.frequencies.SurveyWeight;
import org.voxpop.report.ReportException;
import org.voxpop.report.Reports;
import org.voxpop.test.support.Fixtures;
import org.voxpop.test.support.Json;

/**
 * The frequency-tables template on the fixture poll of org.voxpop.frequencies.tests (pweight w, by year, q1 q2 and
 * the multiple-response set $mr), as {@code voxpop freq} computes it.
 */
class FrequencyReportTest {

	private static final String FIXTURES = "org.voxpop.frequencies.tests";

	private static FrequencyReport report;

	@TempDir
	Path folder;

	@BeforeAll
	static void computeThePoll() throws Exception {
		Dataset poll = Importers.importDataset(new ImportSource(Fixtures.file(FIXTURES, "fixtures/poll.csv"),
				Fixtures.file(FIXTURES, "fixtures/poll.codebook.xmi"), null), new NullProgressMonitor());
		SurveyWeight weight = new SurveyWeight(SurveyWeight.Type.SAMPLING, "w");
		Frequencies frequencies = new Frequencies(poll, weight);
		List<FrequencyTable> tables = new ArrayList<>();
		List<CrossTable> crossTables = new ArrayList<>();
		for (String variable : List.of("q1", "q2")) {
			tables.addAll(frequencies.frequencies(variable, "year"));
			crossTables.add(frequencies.crossTable(variable, "year"));
		}
		List<MultipleResponseTable> sets = frequencies.multipleResponse("mr", "year");
		report = new FrequencyReport("poll.csv", weight, tables, crossTables, sets);
	}

	/** R's weighted share of q1 = 1 in 2021 (svymean on the domain), in percent, as the template prints it. */
	private static String q1Is1In2021() {
		for (Object each : array(object(Json.read(Fixtures.file(FIXTURES, "fixtures/weighted_proportions.json"))).get("tables"))) {
			Map<String, Object> table = object(each);
			if ("q1".equals(table.get("variable")) && "year".equals(table.get("by")) && number(table, "group") == 2021) {
				Map<String, Object> first = object(array(table.get("categories")).get(0));
				assertEquals(1, number(first, "code"));
				return String.format(Locale.ROOT, "%.1f", number(first, "prop") * 100);
			}
		}
		throw new AssertionError("no q1 by year 2021 in weighted_proportions.json");
	}

	private static String raoScott(IndependenceTest test) {
		return String.format(Locale.ROOT, "Design-based F(%.2f, %.2f) = %.4f, P = %.4f", test.numeratorDf(),
				test.denominatorDf(), test.raoScottF(), test.raoScottP());
	}

	@Test
	void thePdfShowsTheTablesTheMissingLinesAndTheTests() throws Exception {
		Path pdf = folder.resolve("freq.pdf");
		Reports.render(Reports.FREQUENCY_TABLES, report, pdf, new NullProgressMonitor());

		StringBuilder text = new StringBuilder();
		PdfReader reader = new PdfReader(pdf.toString());
		try {
			assertTrue(reader.getNumberOfPages() >= 2, "one page per variable, then multiple response");
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				text.append(extractor.getTextFromPage(page)).append('\n');
			}
		} finally {
			reader.close();
		}
		String all = text.toString();
		assertTrue(all.contains("Data: poll.csv"), all);
		assertTrue(all.contains("pweight = w"), all);
		assertTrue(all.contains("q1  Support for the proposal"), all);
		assertTrue(all.contains("year = 2021"), all);
		assertTrue(all.contains(q1Is1In2021()), "weighted % of q1 = 1 in 2021, " + q1Is1In2021() + ", in\n" + all);
		assertTrue(all.contains("Not sure"), all);
		assertTrue(all.contains("No response"), all);
		assertTrue(all.contains("Top-2 box"), all);
		assertTrue(all.contains(raoScott(report.crossTables().get(0).test())), all);
		assertTrue(all.contains("News sources"), all);
		assertTrue(all.contains("Sources: television"), all);
		try (var files = Files.list(folder)) {
			assertEquals(1, files.count(), "no temporary files left behind");
		}
	}

	@Test
	void htmlHasTheSameNumbersAndOneChartPerVariable() throws Exception {
		Path html = folder.resolve("freq.html");
		Reports.render(Reports.FREQUENCY_TABLES, report, html, new NullProgressMonitor());
		String text = Files.readString(html);
		assertTrue(text.contains(">" + q1Is1In2021() + "<"), q1Is1In2021() + " in the HTML");
		assertTrue(text.contains("Not sure"));
		for (CrossTable crossTable : report.crossTables()) {
			assertTrue(text.contains(raoScott(crossTable.test())), raoScott(crossTable.test()) + " in the HTML");
		}
		try (var charts = Files.list(folder.resolve("freq.html_files"))) {
			assertEquals(2, charts.filter(f -> f.getFileName().toString().endsWith(".svg")).count(), "q1 and q2");
		}
	}

	@Test
	void aTemplateForAnotherKindOfResultIsRefusedClearly() {
		ReportException frequenciesAsModels = assertThrows(ReportException.class, () -> Reports
				.render(Reports.FREQUENCY_TABLES, List.of(), folder.resolve("a.pdf"), new NullProgressMonitor()));
		assertTrue(frequenciesAsModels.getMessage().contains(Reports.FREQUENCY_TABLES), frequenciesAsModels.getMessage());
		assertTrue(frequenciesAsModels.getMessage().contains("cannot render estimation results"),
				frequenciesAsModels.getMessage());
		assertTrue(frequenciesAsModels.getMessage().contains(Reports.REGRESSION_TABLE), frequenciesAsModels.getMessage());

		ReportException modelsAsFrequencies = assertThrows(ReportException.class, () -> Reports
				.render(Reports.REGRESSION_TABLE, report, folder.resolve("b.html"), new NullProgressMonitor()));
		assertTrue(modelsAsFrequencies.getMessage().contains("cannot render frequencies"), modelsAsFrequencies.getMessage());
		assertTrue(modelsAsFrequencies.getMessage().contains(Reports.FREQUENCY_TABLES), modelsAsFrequencies.getMessage());
		try (var files = Files.list(folder)) {
			assertEquals(0, files.count(), "nothing written");
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
