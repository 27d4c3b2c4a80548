package org.voxpop.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.voxpop.core.Contribution;
import org.voxpop.core.Contributions;
import org.voxpop.estimation.result.EstimationResult;
import org.voxpop.frequencies.FrequencyReport;
import org.voxpop.report.internal.BirtRenderer;
import org.voxpop.report.internal.FrequencyReportData;
import org.voxpop.report.internal.ReportData;

/**
 * Renders result models through BIRT report designs contributed to {@code org.voxpop.report.templates}.
 * The output format follows the file extension: {@code .pdf}, {@code .html} or {@code .htm}. A template's
 * {@code resultKind} says which result it shows: {@code estimation} (model results) or {@code frequencies} (a
 * {@code voxpop freq} run); it gets the matching script object {@code voxpop}.
 */
public final class Reports {

	/** The extension point id. */
	public static final String EXTENSION_POINT = "org.voxpop.report.templates";

	/** The built-in template: a regression table with a coefficient chart. */
	public static final String REGRESSION_TABLE = "org.voxpop.report.regressionTable";

	/** The built-in template: frequency tables with stacked distribution charts, cross-tab tests, multiple response. */
	public static final String FREQUENCY_TABLES = "org.voxpop.report.frequencyTables";

	/** The {@code resultKind} of templates that show model results. */
	public static final String ESTIMATION = "estimation";

	/** The {@code resultKind} of templates that show frequencies. */
	public static final String FREQUENCIES = "frequencies";

	private static final Contributions<Object> TEMPLATES = new Contributions<>(EXTENSION_POINT, "template", Object.class);

	private Reports() {
	}

	/** All contributed templates (their {@code design} attribute names the .rptdesign file in the bundle). */
	public static List<Contribution<Object>> templates() {
		return TEMPLATES.all();
	}

	/**
	 * The output format for a file name: {@code pdf} or {@code html}.
	 *
	 * @throws ReportException for any other extension
	 */
	public static String checkOutputFormat(Path output) throws ReportException {
		String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".pdf")) {
			return "pdf";
		}
		if (name.endsWith(".html") || name.endsWith(".htm")) {
			return "html";
		}
		throw new ReportException(output + ": reports are written as .pdf or .html; name the file accordingly");
	}

	/**
	 * Renders results with a template into a file, replacing it atomically.
	 *
	 * @param templateId a template with {@code resultKind="estimation"}, e.g. {@link #REGRESSION_TABLE}
	 * @param results    the results to show, in order; not empty
	 * @param output     the file to write; its folder must exist
	 * @param monitor    progress; never {@code null}
	 * @throws ReportException if the template is unknown or shows another kind of result, or rendering fails
	 */
	public static void render(String templateId, List<EstimationResult> results, Path output, IProgressMonitor monitor)
			throws ReportException {
		render(templateId, ESTIMATION, "estimation results", () -> new ReportData(results), output, monitor);
	}

	/**
	 * Renders the result of a {@code voxpop freq} run with a template into a file, replacing it atomically.
	 *
	 * @param templateId a template with {@code resultKind="frequencies"}, e.g. {@link #FREQUENCY_TABLES}
	 * @param report     the frequencies, cross-tabs and multiple-response tables
	 * @param output     the file to write; its folder must exist
	 * @param monitor    progress; never {@code null}
	 * @throws ReportException if the template is unknown or shows another kind of result, or rendering fails
	 */
	public static void render(String templateId, FrequencyReport report, Path output, IProgressMonitor monitor)
			throws ReportException {
		render(templateId, FREQUENCIES, "frequencies", () -> new FrequencyReportData(report), output, monitor);
	}

	private static void render(String templateId, String resultKind, String what, Supplier<Object> scriptObject,
			Path output, IProgressMonitor monitor) throws ReportException {
		String format = checkOutputFormat(output);
		Contribution<Object> template = TEMPLATES.byId(templateId).orElseThrow(() -> new ReportException(
				"unknown report template '" + templateId + "'; installed: " + TEMPLATES.ids()));
		String kind = template.attribute("resultKind");
		if (!resultKind.equals(kind)) {
			List<String> matching = templates().stream().filter(t -> resultKind.equals(t.attribute("resultKind")))
					.map(Contribution::id).toList();
			throw new ReportException("report template " + templateId + " lays out resultKind=\"" + kind
					+ "\" results and cannot render " + what + "; templates for " + what + ": " + matching);
		}
		BirtRenderer.instance().render(template, scriptObject.get(), output, format, monitor);
	}
}
