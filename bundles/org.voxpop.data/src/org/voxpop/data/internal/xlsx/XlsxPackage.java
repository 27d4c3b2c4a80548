package org.voxpop.data.internal.xlsx;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.voxpop.data.DataImportException;

/**
 * An .xlsx file as an Open Packaging Conventions ZIP: its parts, the relationships between them, and safe XML
 * readers over them. Parts are read through {@link BoundedStream}, which stops a part that expands beyond a
 * limit or more than {@link #MAX_RATIO} times its compressed size (a ZIP bomb); the XML readers are the JDK's
 * StAX implementation with DTDs and external entities switched off (XXE).
 */
final class XlsxPackage implements AutoCloseable {

	/** The most a worksheet or the shared strings may expand to. */
	static final long MAX_LARGE_PART = 4L << 30;

	/** The most the workbook, its relationships and the styles may expand to. */
	static final long MAX_SMALL_PART = 64L << 20;

	/** The most a part may expand relative to its compressed size, once more than a mebibyte has been read. */
	static final int MAX_RATIO = 200;

	private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";

	private static final XMLInputFactory XML = newFactory();

	private final ZipFile zip;
	final String fileName;

	private XlsxPackage(ZipFile zip, String fileName) {
		this.zip = zip;
		this.fileName = fileName;
	}

	static XlsxPackage open(Path file, String fileName) throws DataImportException {
		try {
			return new XlsxPackage(new ZipFile(file.toFile()), fileName);
		} catch (ZipException | IllegalArgumentException e) {
			throw new DataImportException(fileName + ": not an Excel .xlsx workbook (not a readable ZIP file: "
					+ e.getMessage() + "). Open it in Excel or LibreOffice and save it as Excel Workbook (.xlsx).", e);
		} catch (IOException e) {
			throw new DataImportException(fileName + ": cannot be read (" + e.getMessage() + ")", e);
		}
	}

	private static XMLInputFactory newFactory() {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		return factory;
	}

	boolean has(String part) {
		return entry(part) != null;
	}

	private ZipEntry entry(String part) {
		try {
			ZipEntry entry = zip.getEntry(part);
			return entry == null || entry.isDirectory() ? null : entry;
		} catch (IllegalArgumentException | IllegalStateException e) {
			return null;
		}
	}

	/** The uncompressed size the ZIP gives for a part, or -1. */
	long size(String part) {
		ZipEntry entry = entry(part);
		return entry == null ? -1 : entry.getSize();
	}

	/** A bounded stream over a part. */
	BoundedStream stream(String part, long limit) throws DataImportException {
		ZipEntry entry = entry(part);
		if (entry == null) {
			throw new DataImportException(fileName + ": not a complete Excel workbook: the part " + part
					+ " is missing. Open it in Excel or LibreOffice and save it again.");
		}
		try {
			return new BoundedStream(zip.getInputStream(entry), part, limit, entry.getCompressedSize());
		} catch (IOException | IllegalArgumentException | IllegalStateException e) {
			throw partError(part, e);
		}
	}

	/** A StAX reader over a part; close the reader and then the stream. */
	XMLStreamReader xml(BoundedStream in) throws DataImportException {
		try {
			return XML.createXMLStreamReader(in);
		} catch (XMLStreamException e) {
			throw partError(in.part, e);
		}
	}

	/** The error for a part that cannot be read or is not well-formed XML. */
	DataImportException partError(String part, Exception e) {
		Throwable cause = e;
		if (e instanceof XMLStreamException x && x.getNestedException() != null) {
			cause = x.getNestedException();
		}
		if (cause instanceof PartTooLargeException) {
			return new DataImportException(fileName + ": the part " + part + " " + cause.getMessage()
					+ "; it was not read (it may be a ZIP bomb).", e);
		}
		if (cause instanceof IOException) {
			return new DataImportException(fileName + ": the part " + part + " cannot be read ("
					+ cause.getMessage() + "). The file is damaged.", e);
		}
		if (e instanceof XMLStreamException x) {
			String where = x.getLocation() == null ? ""
					: " at line " + x.getLocation().getLineNumber() + ", column " + x.getLocation().getColumnNumber();
			String message = String.valueOf(x.getMessage());
			int at = message.indexOf("Message: ");
			if (at >= 0) {
				message = message.substring(at + "Message: ".length());
			}
			return new DataImportException(fileName + ": the part " + part + " is not well-formed XML" + where
					+ " (" + message.strip() + "). The file is damaged.", e);
		}
		return new DataImportException(fileName + ": the part " + part + " cannot be read (" + e + ").", e);
	}

	/**
	 * The relationships of a part (from {@code dir/_rels/name.rels}), id to a relationship; empty if that part of
	 * relationships does not exist.
	 */
	Map<String, Relationship> relationships(String part) throws DataImportException {
		int slash = part.lastIndexOf('/');
		String relsPart = part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
		Map<String, Relationship> result = new LinkedHashMap<>();
		if (!has(relsPart)) {
			return result;
		}
		try (BoundedStream in = stream(relsPart, MAX_SMALL_PART)) {
			XMLStreamReader xml = xml(in);
			try {
				while (xml.hasNext()) {
					if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")
							&& RELATIONSHIPS.equals(xml.getNamespaceURI())) {
						String id = xml.getAttributeValue(null, "Id");
						String target = xml.getAttributeValue(null, "Target");
						String mode = xml.getAttributeValue(null, "TargetMode");
						if (id != null && target != null && !"External".equals(mode)) {
							result.put(id, new Relationship(String.valueOf(xml.getAttributeValue(null, "Type")),
									resolve(part, target)));
						}
					}
				}
			} finally {
				xml.close();
			}
		} catch (XMLStreamException | IOException e) {
			throw partError(relsPart, e);
		}
		return result;
	}

	/** A relationship's type and the part name it points to. */
	record Relationship(String type, String target) {

		boolean is(String kind) {
			return type.endsWith("/" + kind);
		}
	}

	/** The first relationship of a kind (the end of its type URI, e.g. "styles"), or null. */
	static String target(Map<String, Relationship> relationships, String kind) {
		for (Relationship relationship : relationships.values()) {
			if (relationship.is(kind)) {
				return relationship.target();
			}
		}
		return null;
	}

	/** A relationship target, relative to the folder of its source part or absolute, as a ZIP entry name. */
	static String resolve(String sourcePart, String target) {
		String path = target.replace('\\', '/');
		List<String> segments = new ArrayList<>();
		if (!path.startsWith("/")) {
			int slash = sourcePart.lastIndexOf('/');
			if (slash > 0) {
				segments.addAll(List.of(sourcePart.substring(0, slash).split("/")));
			}
		}
		for (String segment : path.split("/")) {
			if (segment.isEmpty() || segment.equals(".")) {
				continue;
			}
			if (segment.equals("..")) {
				if (!segments.isEmpty()) {
					segments.remove(segments.size() - 1);
				}
			} else {
				segments.add(segment);
			}
		}
		return String.join("/", segments);
	}

	@Override
	public void close() {
		try {
			zip.close();
		} catch (IOException e) {
			// read-only; nothing to lose
		}
	}

	/** A part's stream, counting the bytes it gives and stopping past its limits. */
	static final class BoundedStream extends FilterInputStream {

		final String part;
		private final long limit;
		private final long compressed;
		private long count;

		BoundedStream(InputStream in, String part, long limit, long compressed) {
			super(in);
			this.part = part;
			this.limit = limit;
			this.compressed = compressed;
		}

		/** Uncompressed bytes read so far. */
		long count() {
			return count;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				add(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				add(n);
			}
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			long skipped = super.skip(n);
			add(skipped);
			return skipped;
		}

		private void add(long n) throws PartTooLargeException {
			count += n;
			if (count > limit) {
				throw new PartTooLargeException("expands to more than " + limit + " bytes");
			}
			if (count > (1 << 20) && compressed > 0 && count / compressed > MAX_RATIO) {
				throw new PartTooLargeException("expands to more than " + MAX_RATIO + " times its compressed size ("
						+ compressed + " bytes)");
			}
		}
	}

	/** A part beyond the limits of {@link BoundedStream}. */
	static final class PartTooLargeException extends IOException {

		private static final long serialVersionUID = 1L;

		PartTooLargeException(String message) {
			super(message);
		}
	}
}
