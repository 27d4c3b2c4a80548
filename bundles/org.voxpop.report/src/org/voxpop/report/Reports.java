package org.voxpop.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.voxpop.core.Contribution;
import org.voxpop.core.Contributions;
import org.voxpop.estimation.result.EstimationResult;
import org.voxpop.report.internal.BirtRenderer;

/**
 * Renders result models through BIRT report designs contributed to {@code org.voxpop.report.templates}.
 * The output format follows the file extension: {@code .pdf}, {@code .html} or {@code .htm}.
 */
public final class Reports {

	/** The extension point id. */
	public static final String EXTENSION_POINT = "org.voxpop.report.templates";

	/** The built-in template: a regression table with a coefficient chart. */
	public static final String REGRESSION_TABLE = "org.voxpop.report.regressionTable";

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
	 * @param templateId a template id, e.g. {@link #REGRESSION_TABLE}
	 * @param results    the results to show, in order; not empty
	 * @param output     the file to write; its folder must exist
	 * @param monitor    progress; never {@code null}
	 * @throws ReportException if the template is unknown or rendering fails
	 */
	public static void render(String templateId, List<EstimationResult> results, Path output, IProgressMonitor monitor)
			throws ReportException {
		String format = checkOutputFormat(output);
		Contribution<Object> template = TEMPLATES.byId(templateId).orElseThrow(() -> new ReportException(
				"unknown report template '" + templateId + "'; installed: " + TEMPLATES.ids()));
		BirtRenderer.instance().render(template, results, output, format, monitor);
	}
}
