package org.voxpop.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.birt.core.exception.BirtException;
import org.eclipse.birt.core.framework.Platform;
import org.eclipse.birt.report.engine.api.EngineConfig;
import org.eclipse.birt.report.engine.api.EngineConstants;
import org.eclipse.birt.report.engine.api.HTMLRenderOption;
import org.eclipse.birt.report.engine.api.HTMLServerImageHandler;
import org.eclipse.birt.report.engine.api.IRenderOption;
import org.eclipse.birt.report.engine.api.IReportEngine;
import org.eclipse.birt.report.engine.api.IReportEngineFactory;
import org.eclipse.birt.report.engine.api.IReportRunnable;
import org.eclipse.birt.report.engine.api.IRunAndRenderTask;
import org.eclipse.birt.report.engine.api.PDFRenderOption;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.framework.Bundle;
import org.voxpop.core.AtomicFiles;
import org.voxpop.core.Contribution;
import org.voxpop.report.ReportException;

/**
 * One BIRT report engine per process, started on first use (about a second) and reused for every render.
 */
public final class BirtRenderer {

	/** BIRT logs font scanning and more at INFO through java.util.logging; keep only warnings. */
	private static final java.util.logging.Logger BIRT_LOGGER = java.util.logging.Logger.getLogger("org.eclipse.birt");

	private static BirtRenderer instance;

	private final IReportEngine engine;

	private BirtRenderer(IReportEngine engine) {
		this.engine = engine;
	}

	/** The shared renderer, starting the BIRT platform if needed. */
	public static synchronized BirtRenderer instance() throws ReportException {
		if (instance == null) {
			BIRT_LOGGER.setLevel(java.util.logging.Level.WARNING);
			EngineConfig config = new EngineConfig();
			config.setLogConfig(null, java.util.logging.Level.WARNING);
			config.getAppContext().put(EngineConstants.APPCONTEXT_CLASSLOADER_KEY, BirtRenderer.class.getClassLoader());
			try {
				Platform.startup(config);
			} catch (BirtException e) {
				throw new ReportException("the BIRT report engine could not start: " + e.getMessage(), e);
			}
			IReportEngineFactory factory = (IReportEngineFactory) Platform
					.createFactoryObject(IReportEngineFactory.EXTENSION_REPORT_ENGINE_FACTORY);
			if (factory == null) {
				throw new ReportException("the BIRT report engine is not installed (bundle org.eclipse.birt.report.engine)");
			}
			instance = new BirtRenderer(factory.createReportEngine(config));
		}
		return instance;
	}

	/**
	 * Renders the template's design into {@code output}, atomically; the design's scripts see {@code scriptObject}
	 * as {@code voxpop} (a {@link ReportData} or a {@link FrequencyReportData}).
	 */
	public synchronized void render(Contribution<?> template, Object scriptObject, Path output,
			String format, IProgressMonitor monitor) throws ReportException {
		SubMonitor progress = SubMonitor.convert(monitor, "Rendering " + output.getFileName(), 2);
		IReportRunnable design = openDesign(template);
		progress.worked(1);
		try {
			AtomicFiles.write(output, temp -> run(design, scriptObject, temp, output, format, template));
		} catch (IOException e) {
			if (e.getCause() instanceof ReportException reportException) {
				throw reportException;
			}
			throw new ReportException(output + ": cannot write the report (" + e.getMessage() + ")", e);
		}
		progress.worked(1);
	}

	private void run(IReportRunnable design, Object scriptObject, Path target, Path output, String format,
			Contribution<?> template) throws IOException {
		IRunAndRenderTask task = engine.createRunAndRenderTask(design);
		try {
			task.addScriptableJavaObject("voxpop", scriptObject);
			IRenderOption options = format.equals("pdf") ? new PDFRenderOption() : new HTMLRenderOption();
			options.setOutputFormat(format);
			options.setOutputFileName(target.toString());
			if (options instanceof HTMLRenderOption html) {
				// Charts go next to the page, in <name>_files/, linked relatively, so the pair can be moved.
				Path images = output.toAbsolutePath().resolveSibling(output.getFileName() + "_files");
				html.setEmbeddable(false);
				html.setImageHandler(new HTMLServerImageHandler());
				html.setImageDirectory(images.toString());
				html.setBaseImageURL(images.getFileName().toString());
			}
			task.setRenderOption(options);
			task.run();
			if (!task.getErrors().isEmpty()) {
				String errors = ((List<?>) task.getErrors()).stream().map(e -> e instanceof Throwable t ? t.getMessage() : String.valueOf(e))
						.collect(Collectors.joining("; "));
				throw new IOException(new ReportException("report template " + template.id() + " failed: " + errors));
			}
		} catch (BirtException e) {
			throw new IOException(new ReportException("report template " + template.id() + " failed: " + e.getMessage(), e));
		} finally {
			task.close();
		}
	}

	private IReportRunnable openDesign(Contribution<?> template) throws ReportException {
		String designPath = template.attribute("design");
		Bundle bundle = org.eclipse.core.runtime.Platform.getBundle(template.contributor());
		URL url = bundle == null || designPath == null ? null : bundle.getEntry(designPath);
		if (url == null) {
			throw new ReportException("report template " + template.id() + ": design file '" + designPath
					+ "' not found in bundle " + template.contributor());
		}
		try (InputStream in = url.openStream()) {
			return engine.openReportDesign(template.id(), in);
		} catch (IOException | BirtException e) {
			throw new ReportException("report template " + template.id() + ": cannot open " + designPath + " (" + e.getMessage() + ")", e);
		}
	}
}
