package org.voxpop.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.voxpop.estimation.ModelEstimation;
import org.voxpop.estimation.ModelFormula;
import org.voxpop.estimation.ModelSpecification;
import org.voxpop.estimation.result.Coefficient;
import org.voxpop.estimation.result.EstimationResult;
import org.voxpop.estimation.result.Margin;
import org.voxpop.estimation.result.SideBySide;
import org.voxpop.margins.Margins;
import org.voxpop.report.ReportException;
import org.voxpop.report.Reports;
import org.voxpop.report.internal.ReportData;
import org.voxpop.test.support.Fixtures;

class RegressionReportTest {

	private static EstimationResult result;

	@TempDir
	Path folder;

	@BeforeAll
	static void fitTheExampleModel() throws Exception {
		result = ModelEstimation.estimate(Fixtures.exampleDataset(), ModelSpecification.of("logit",
				ModelFormula.parse("support_coop threat_nk threat_cn age female i.edu ideology i.country")),
				new NullProgressMonitor());
	}

	@Test
	void thePdfContainsTheTablesNumbers() throws Exception {
		Path pdf = folder.resolve("report.pdf");
		Reports.render(Reports.REGRESSION_TABLE, List.of(result), pdf, new NullProgressMonitor());

		String text;
		PdfReader reader = new PdfReader(pdf.toString());
		try {
			assertTrue(reader.getNumberOfPages() >= 1);
			text = new PdfTextExtractor(reader).getTextFromPage(1);
		} finally {
			reader.close();
		}
		assertTrue(text.contains("support_coop"), text);
		assertTrue(text.contains(String.format(Locale.ROOT, "%,d", result.n())), "N in the PDF: " + text);
		for (Coefficient c : result.coefficients()) {
			if (!c.base()) {
				String estimate = String.format(Locale.ROOT, "%.4f", c.estimate());
				String se = String.format(Locale.ROOT, "%.4f", c.se());
				assertTrue(text.contains(estimate), c.term() + " estimate " + estimate + " in the PDF:\n" + text);
				assertTrue(text.contains(se), c.term() + " se " + se + " in the PDF:\n" + text);
			}
		}
		try (var files = Files.list(folder)) {
			assertEquals(1, files.count(), "no temporary files left behind");
		}
	}

	@Test
	void averageMarginalEffectsOfSeveralOutcomesAreTabledAndCharted() throws Exception {
		List<EstimationResult> results = new java.util.ArrayList<>();
		for (String outcome : List.of("support_coop", "support_tri")) {
			EstimationResult fit = ModelEstimation.estimate(Fixtures.exampleDataset(), ModelSpecification.of("logit",
					ModelFormula.parse(outcome + " threat_nk threat_cn age female i.edu ideology i.country")),
					new NullProgressMonitor());
			results.add(fit.withMargins(Margins.averageMarginalEffects(fit.fitted()), List.of()));
		}
		Path pdf = folder.resolve("margins.pdf");
		Reports.render(Reports.REGRESSION_TABLE, results, pdf, new NullProgressMonitor());

		StringBuilder text = new StringBuilder();
		PdfReader reader = new PdfReader(pdf.toString());
		try {
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
			}
		} finally {
			reader.close();
		}
		assertTrue(text.indexOf("Average marginal effects") >= 0, text::toString);
		for (EstimationResult r : results) {
			assertEquals(8, r.margins().size(), "threat_nk threat_cn age female 2.edu 3.edu ideology 2.country");
			for (Margin m : r.margins()) {
				for (double value : new double[] { m.estimate(), m.se(), m.ciLow(), m.ciHigh() }) {
					String shown = String.format(Locale.ROOT, "%.4f", value);
					assertTrue(text.indexOf(shown) >= 0, r.outcome() + " " + m.term() + " " + shown + " in the PDF");
				}
			}
		}
		// the chart's rows: term by term, each outcome in turn, named by term and outcome
		var cursor = new ReportData(results).margins();
		List<String> rows = new java.util.ArrayList<>();
		while (cursor.next()) {
			rows.add(cursor.row().chartRow() + " " + cursor.row().seriesIndex());
		}
		assertEquals(16, rows.size());
		assertEquals("Threat perception: North Korea (support_coop) 0", rows.get(0));
		assertEquals("Threat perception: North Korea (support_tri) 1", rows.get(1));
		assertEquals("Japan (support_tri) 1", rows.get(15));
	}

	@Test
	void nestedModelsStandSideBySideAsEsttabPrintsThem() throws Exception {
		List<EstimationResult> results = new java.util.ArrayList<>();
		for (String terms : List.of("threat_nk age", "threat_nk age i.edu ideology")) {
			results.add(ModelEstimation.estimate(Fixtures.exampleDataset(), ModelSpecification.of("logit",
					ModelFormula.parse("support_coop " + terms)), new NullProgressMonitor()));
		}
		Path html = folder.resolve("nested.html");
		Reports.render(Reports.REGRESSION_TABLE, results, html, new NullProgressMonitor());
		String text = Files.readString(html);
		assertTrue(text.contains("Models side by side"), "the section");
		for (EstimationResult r : results) {
			for (Coefficient c : r.coefficients()) {
				if (!c.base()) {
					for (String shown : List.of(String.format(Locale.ROOT, "%.3f", c.estimate()),
							String.format(Locale.ROOT, "(%.2f)", c.z()))) {
						assertTrue(text.contains(shown), c.term() + " " + shown + " in the HTML");
					}
				}
			}
		}
		// the rows: numbers and outcomes, terms in order of appearance with _cons below them, then N
		var cursor = new ReportData(results).comparison();
		List<String> rows = new java.util.ArrayList<>();
		while (cursor.next()) {
			var row = cursor.row();
			rows.add(row.kind() + "|" + row.label() + "|" + row.cell(1) + row.stars(1) + "|" + row.cell(2) + row.stars(2)
					+ "|" + row.cell(3));
		}
		Coefficient age = results.get(0).coefficient("age");
		assertEquals("numbers||(1)|(2)|", rows.get(0));
		assertEquals("outcomes||support_coop|support_coop|", rows.get(1));
		assertEquals("estimate|age  Age in years|" + String.format(Locale.ROOT, "%.3f", age.estimate())
				+ SideBySide.stars(age.p()) + "|" + String.format(Locale.ROOT, "%.3f", results.get(1).coefficient("age")
						.estimate()) + SideBySide.stars(results.get(1).coefficient("age").p()) + "|", rows.get(4));
		assertEquals("statistic||" + String.format(Locale.ROOT, "(%.2f)", age.z()) + "|"
				+ String.format(Locale.ROOT, "(%.2f)", results.get(1).coefficient("age").z()) + "|", rows.get(5));
		assertTrue(rows.get(6).startsWith("estimate|1b.edu") && rows.get(6).endsWith("||0|"), rows.get(6));
		assertEquals("statistic|||(.)|", rows.get(7));
		assertTrue(rows.get(rows.size() - 5).startsWith("estimate|_cons|"), rows.toString());
		assertEquals("first summary|N|" + String.format(Locale.ROOT, "%,d", results.get(0).n()) + "|"
				+ String.format(Locale.ROOT, "%,d", results.get(1).n()) + "|", rows.get(rows.size() - 3));

		// one model: no such section
		Path single = folder.resolve("single.html");
		Reports.render(Reports.REGRESSION_TABLE, List.of(result), single, new NullProgressMonitor());
		assertTrue(!Files.readString(single).contains("Models side by side"));
	}

	@Test
	void withoutMarginsTheReportHasNoMarginsSection() throws Exception {
		Path html = folder.resolve("report.html");
		Reports.render(Reports.REGRESSION_TABLE, List.of(result), html, new NullProgressMonitor());
		assertTrue(!Files.readString(html).contains("Average marginal effects"));
	}

	@Test
	void htmlIsRenderedToo() throws Exception {
		Path html = folder.resolve("report.html");
		Reports.render(Reports.REGRESSION_TABLE, List.of(result), html, new NullProgressMonitor());
		String text = Files.readString(html);
		assertTrue(text.contains("support_coop"));
		assertTrue(text.contains(String.format(Locale.ROOT, "%.4f", result.coefficient("threat_nk").estimate())));
	}

	@Test
	void otherFormatsAreRefusedWithTheFileName() {
		ReportException error = assertThrows(ReportException.class,
				() -> Reports.render(Reports.REGRESSION_TABLE, List.of(result), folder.resolve("r.docx"), new NullProgressMonitor()));
		assertTrue(error.getMessage().contains("r.docx"), error.getMessage());
	}
}
