package org.voxpop.data.internal.xlsx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.voxpop.data.DataImportException;
import org.voxpop.data.internal.xlsx.XlsxPackage.BoundedStream;
import org.voxpop.data.internal.xlsx.XlsxPackage.Relationship;

/**
 * What a worksheet needs from the rest of the workbook: the sheets in workbook order with their part names
 * ({@code xl/workbook.xml} and its relationships), the shared strings ({@code xl/sharedStrings.xml}) and the number
 * formats of the cell styles ({@code xl/styles.xml}).
 */
final class Workbook {

	/** A sheet: its name as shown on its tab and the ZIP entry of its part. */
	record Sheet(String name, String part) {
	}

	final List<Sheet> sheets;
	final List<String> sharedStrings;
	/** The number format code of each cell style ({@code cellXfs}), by style index; null for General. */
	final List<String> styleFormats;

	private Workbook(List<Sheet> sheets, List<String> sharedStrings, List<String> styleFormats) {
		this.sheets = sheets;
		this.sharedStrings = sharedStrings;
		this.styleFormats = styleFormats;
	}

	static Workbook read(XlsxPackage zip) throws DataImportException {
		String workbookPart = XlsxPackage.target(zip.relationships(""), "officeDocument");
		if (workbookPart == null || !zip.has(workbookPart)) {
			workbookPart = "xl/workbook.xml";
		}
		if (!zip.has(workbookPart)) {
			throw new DataImportException(zip.fileName + ": not an Excel workbook: the ZIP file has no part "
					+ workbookPart + ". Only Excel .xlsx workbooks can be read with this extension.");
		}
		Map<String, Relationship> relationships = zip.relationships(workbookPart);
		List<Sheet> sheets = readSheets(zip, workbookPart, relationships);
		String shared = XlsxPackage.target(relationships, "sharedStrings");
		String styles = XlsxPackage.target(relationships, "styles");
		return new Workbook(sheets, shared == null ? List.of() : readSharedStrings(zip, shared),
				styles == null ? List.of() : readStyles(zip, styles));
	}

	private static List<Sheet> readSheets(XlsxPackage zip, String part, Map<String, Relationship> relationships)
			throws DataImportException {
		List<Sheet> sheets = new ArrayList<>();
		try (BoundedStream in = zip.stream(part, XlsxPackage.MAX_SMALL_PART)) {
			XMLStreamReader xml = zip.xml(in);
			try {
				while (xml.hasNext()) {
					if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("sheet")) {
						String name = xml.getAttributeValue(null, "name");
						String id = relationshipId(xml);
						Relationship target = id == null ? null : relationships.get(id);
						if (target == null || !zip.has(target.target())) {
							throw new DataImportException(zip.fileName + ": not a complete Excel workbook: the part of sheet '"
									+ name + "' is missing (" + part + " names relationship " + id
									+ "). Open it in Excel or LibreOffice and save it again.");
						}
						sheets.add(new Sheet(name == null ? "" : name, target.target()));
					}
				}
			} finally {
				xml.close();
			}
		} catch (XMLStreamException | IOException e) {
			throw zip.partError(part, e);
		}
		if (sheets.isEmpty()) {
			throw new DataImportException(zip.fileName + ": the workbook has no sheets (" + part + ").");
		}
		return sheets;
	}

	/** The {@code r:id} attribute, in the transitional or the strict relationships namespace. */
	private static String relationshipId(XMLStreamReader xml) {
		for (int i = 0; i < xml.getAttributeCount(); i++) {
			String namespace = xml.getAttributeNamespace(i);
			if (xml.getAttributeLocalName(i).equals("id") && namespace != null
					&& namespace.toLowerCase(Locale.ROOT).endsWith("relationships")) {
				return xml.getAttributeValue(i);
			}
		}
		return null;
	}

	/** The items of the shared string table; rich text runs joined, phonetic runs ({@code rPh}) left out. */
	private static List<String> readSharedStrings(XlsxPackage zip, String part) throws DataImportException {
		List<String> strings = new ArrayList<>();
		if (!zip.has(part)) {
			return strings; // nothing refers to it then, or the sheet says which index is missing
		}
		try (BoundedStream in = zip.stream(part, XlsxPackage.MAX_LARGE_PART)) {
			XMLStreamReader xml = zip.xml(in);
			try {
				while (xml.hasNext()) {
					if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("si")) {
						strings.add(readText(xml));
					}
				}
			} finally {
				xml.close();
			}
		} catch (XMLStreamException | IOException e) {
			throw zip.partError(part, e);
		}
		return strings;
	}

	/**
	 * The text of an {@code si} or {@code is} element, the reader on its start tag: its {@code t} elements,
	 * directly or in runs {@code r}, without the phonetic runs {@code rPh}; leaves the reader on its end tag.
	 */
	static String readText(XMLStreamReader xml) throws XMLStreamException {
		StringBuilder text = new StringBuilder();
		int depth = 1;
		int phonetic = 0;
		while (depth > 0) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				String name = xml.getLocalName();
				if (name.equals("rPh")) {
					phonetic++;
				}
				if (name.equals("t") && phonetic == 0) {
					text.append(xml.getElementText());
				} else {
					depth++;
				}
			} else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
				if (xml.getLocalName().equals("rPh")) {
					phonetic--;
				}
			} else if (event == XMLStreamConstants.END_DOCUMENT) {
				throw new XMLStreamException("unexpected end of the part");
			}
		}
		return unescape(text);
	}

	/** Decodes the {@code _xHHHH_} escapes that SpreadsheetML uses for characters XML cannot hold. */
	static String unescape(CharSequence text) {
		String s = text.toString();
		if (s.indexOf("_x") < 0) {
			return s;
		}
		StringBuilder out = new StringBuilder(s.length());
		int i = 0;
		while (i < s.length()) {
			if (i + 7 <= s.length() && s.charAt(i) == '_' && s.charAt(i + 1) == 'x' && s.charAt(i + 6) == '_'
					&& isHex(s, i + 2, i + 6)) {
				out.append((char) Integer.parseInt(s, i + 2, i + 6, 16));
				i += 7;
			} else {
				out.append(s.charAt(i++));
			}
		}
		return out.toString();
	}

	private static boolean isHex(String s, int from, int to) {
		for (int i = from; i < to; i++) {
			if (Character.digit(s.charAt(i), 16) < 0) {
				return false;
			}
		}
		return true;
	}

	/** The number format code of every cell style of {@code cellXfs}, in order. */
	private static List<String> readStyles(XlsxPackage zip, String part) throws DataImportException {
		List<String> formats = new ArrayList<>();
		if (!zip.has(part)) {
			return formats;
		}
		Map<Integer, String> custom = new HashMap<>();
		try (BoundedStream in = zip.stream(part, XlsxPackage.MAX_SMALL_PART)) {
			XMLStreamReader xml = zip.xml(in);
			try {
				boolean inCellXfs = false;
				while (xml.hasNext()) {
					int event = xml.next();
					if (event == XMLStreamConstants.START_ELEMENT) {
						String name = xml.getLocalName();
						if (name.equals("numFmt")) {
							Integer id = parseId(xml.getAttributeValue(null, "numFmtId"));
							String code = xml.getAttributeValue(null, "formatCode");
							if (id != null && code != null) {
								custom.put(id, code);
							}
						} else if (name.equals("cellXfs")) {
							inCellXfs = true;
						} else if (name.equals("xf") && inCellXfs) {
							Integer id = parseId(xml.getAttributeValue(null, "numFmtId"));
							formats.add(id == null ? null : custom.getOrDefault(id, NumberFormats.builtIn(id)));
						}
					} else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("cellXfs")) {
						inCellXfs = false;
					}
				}
			} finally {
				xml.close();
			}
		} catch (XMLStreamException | IOException e) {
			throw zip.partError(part, e);
		}
		return formats;
	}

	private static Integer parseId(String text) {
		if (text == null) {
			return null;
		}
		try {
			return Integer.valueOf(text.trim());
		} catch (NumberFormatException e) {
			return null;
		}
	}
}
