package org.voxpop.codebook.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.voxpop.codebook.CodebookPackage;
import org.voxpop.codebook.Study;
import org.voxpop.core.AtomicFiles;

/**
 * Reads and writes codebooks as XMI files. Works inside and outside OSGi (the package is initialised here, not
 * through the generated-package registry).
 */
public final class CodebookIO {

	private static final Map<String, Object> OPTIONS = Map.of(XMLResource.OPTION_ENCODING, "UTF-8",
			XMLResource.OPTION_EXTENDED_META_DATA, Boolean.FALSE);

	private CodebookIO() {
	}

	/**
	 * Loads a codebook.
	 *
	 * @param file an XMI file whose root is a {@code codebook:Study}
	 * @return the study; never {@code null}
	 * @throws IOException if the file cannot be read, is not XMI, or its root is not a study; the message names
	 *                     the file
	 */
	public static Study load(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return load(in, file.toString(), newResource(file));
		}
	}

	/**
	 * Loads a codebook from a stream, e.g. a file inside a bundle.
	 *
	 * @param in          the XMI; not closed here
	 * @param description what the stream is, for messages, e.g. "question set kj-threat (org.example/sets/a.xmi)"
	 * @return the study; never {@code null}
	 * @throws IOException if the stream is not XMI or its root is not a study; the message starts with the
	 *                     description
	 */
	public static Study load(InputStream in, String description) throws IOException {
		return load(in, description, new XMIResourceImpl(URI.createURI("voxpop:/codebook.xmi")));
	}

	private static Study load(InputStream in, String description, Resource resource) throws IOException {
		CodebookPackage.eINSTANCE.eClass();
		try {
			resource.load(in, OPTIONS);
		} catch (IOException | RuntimeException e) {
			throw new IOException(description + ": not a readable VoxPop codebook (" + rootCause(e) + ")", e);
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Study study)) {
			throw new IOException(description + ": not a VoxPop codebook: the root element must be codebook:Study");
		}
		return study;
	}

	/**
	 * Saves a codebook atomically: it is written to a temporary file next to the target and moved into place, so
	 * an interrupted save leaves the previous file intact.
	 *
	 * @param study the study to save; it is not moved out of any resource it belongs to
	 * @param file  the target file; its folder must exist
	 * @throws IOException if writing fails; the target is then unchanged
	 */
	public static void save(Study study, Path file) throws IOException {
		Resource resource = newResource(file);
		EObject copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(study);
		resource.getContents().add(copy);
		AtomicFiles.write(file, temp -> {
			try (OutputStream out = Files.newOutputStream(temp)) {
				resource.save(out, OPTIONS);
			}
		});
	}

	private static Resource newResource(Path file) {
		return new XMIResourceImpl(URI.createFileURI(file.toAbsolutePath().toString()));
	}

	private static String rootCause(Throwable e) {
		Throwable cause = e;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
		return cause instanceof org.xml.sax.SAXParseException parse && parse.getLineNumber() > 0
				? "line " + parse.getLineNumber() + ": " + message : message;
	}
}
