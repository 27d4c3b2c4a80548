package org.voxpop.codebook.io;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

import org.voxpop.codebook.Category;
import org.voxpop.codebook.CodebookFactory;
import org.voxpop.codebook.CodebookPackage;
import org.voxpop.codebook.Derivation;
import org.voxpop.codebook.MeasurementLevel;
import org.voxpop.codebook.MissingKind;
import org.voxpop.codebook.MultipleResponseSet;
import org.voxpop.codebook.MultipleResponseType;
import org.voxpop.codebook.Otherwise;
import org.voxpop.codebook.QuestionSet;
import org.voxpop.codebook.RecodeRule;
import org.voxpop.codebook.Study;
import org.voxpop.codebook.ValueRange;
import org.voxpop.codebook.ValueType;
import org.voxpop.codebook.Variable;
import org.voxpop.codebook.WeightType;
import org.voxpop.codebook.ops.StataRecode;
import org.voxpop.core.AtomicFiles;
import org.voxpop.core.NumberText;

/**
 * Writes and reads a codebook as a <a href="https://ddialliance.org/Specification/DDI-Codebook/2.5/">DDI Codebook
 * 2.5</a> XML document (namespace {@value #NAMESPACE}), valid against the official 2.5.1 schema.
 *
 * <h2>Mapping</h2>
 * <ul>
 * <li><b>Study</b>: {@code name} is {@code stdyDscr/citation/titlStmt/IDNo}; {@code title} is {@code titl} of both
 * the document and the study citation (the name stands in when the study has no title; a
 * {@code VoxPop:untitled} note then records that); {@code country} is {@code sumDscr/nation}; {@code year} and
 * {@code wave} are {@code sumDscr/timePrd} {@code @date} and {@code @cycle}; {@code fieldworkStart} and
 * {@code fieldworkEnd} are {@code collDate} with {@code @event} start and end; {@code caseCount} is
 * {@code fileDscr/fileTxt/dimensns/caseQnty} (next to {@code varQnty}); {@code fileEncoding} is
 * {@code fileTxt/fileType/@charset}; each of {@code documents} is one untyped {@code stdyDscr/notes}, in order.
 * The weight variable has {@code @wgt="wgt"}, every variable that is not a weight points at it with
 * {@code @wgt-var}, and a {@code dataDscr/notes} of type {@code VoxPop:weightVariable} names it.</li>
 * <li><b>Variable</b> ({@code var}, ID {@code V1}, {@code V2}, ... in order): {@code name} is {@code @name};
 * {@code label} {@code labl}; the question text parts are {@code qstn/preQTxt}, {@code qstnLit}, {@code postQTxt}
 * and {@code ivuInstr}; {@code universe} and {@code concept} the elements of that name; the measurement level, if
 * it is set, is {@code @nature} (nominal, ordinal, or interval for scale) and {@code @intrvl} (contin for scale,
 * else discrete); {@code valueType} is {@code varFormat/@type} (numeric or character) and {@code format} its text
 * with {@code @schema} SPSS (e.g. F8.2, A20), other with {@code @otherSchema="Stata"} (e.g. %9.0g) or other;
 * {@code width}, unless 0, is {@code location/@width}; a weight ({@code weightType} not NONE, or the study's weight
 * variable) has {@code @wgt="wgt"} and a {@code VoxPop:weightType} note; a set {@code referenceCode} is a
 * {@code VoxPop:referenceCode} note.</li>
 * <li><b>Category</b> ({@code catgry}): {@code catValu} is the code as {@link #formatCode(double)} writes it, or for
 * a string variable the text; {@code labl} the label; a missing kind other than NONE is {@code @missing="Y"} with
 * {@code @missType} = the {@link MissingKind} literal (e.g. notSure).</li>
 * <li><b>Value range</b>: each is its own {@code valrng} (missing kind NONE) or {@code invalrng} holding one
 * {@code range} whose {@code @min} and {@code @max} are omitted for -Infinity and +Infinity; an {@code invalrng}
 * carries its missing kind as a {@code notes} of type {@code VoxPop:missingKind} inside it. The schema puts every
 * valrng before every invalrng, so when the variable lists a valid range after a missing one, a
 * {@code VoxPop:valueRangeOrder} note ("missing valid ...") records the order.</li>
 * <li><b>Derivation</b>: {@code var/derivation/@var} is the source's ID; {@code drvdesc} describes the rules in
 * words; {@code drvcmd @syntax="Stata"} is a Stata command that is read back exactly, e.g.
 * {@code recode q7 (4/5 = 1) (1/3 = 0) (. = 9) (else = .), generate(q7_top2)}: {@code min} and {@code max} stand for
 * -Infinity and +Infinity, {@code .} for NaN (system missing), {@code (else = .)} ends the rules when
 * {@code otherwise} is SYSTEM_MISSING (Stata copies unmatched values by default, which is COPY).</li>
 * <li><b>Multiple-response set</b>: {@code varGrp @type="multipleResp"} with {@code @name}, {@code labl},
 * {@code @var} = the member IDs, a {@code defntn} in words, and notes {@code VoxPop:multipleResponseType},
 * {@code VoxPop:countedValue} (if any) and {@code VoxPop:categoryLabelSource}.</li>
 * <li><b>Question set</b>: {@code varGrp @type="grid"} (a battery asked with one stem is what DDI calls a grid;
 * "section" is a part of a questionnaire) with {@code @name}, {@code labl}, {@code txt} = the question text and
 * {@code @var}.</li>
 * </ul>
 * Facts DDI has no place for are {@code notes} elements whose {@code @type} starts with {@code VoxPop:}; their text
 * is an EMF literal or a number as {@link #formatCode(double)} writes it.
 *
 * <h2>Numbers</h2> Codes, bounds and recode values are written exactly: whole numbers without ".0", other numbers
 * with {@link Double#toString(double)}, which {@link Double#parseDouble(String)} reads back to the same double.
 * Stata's extended missing codes .a to .z are very large doubles (about 8.99E307) and are written as such, e.g.
 * {@code 8.98846567431158E307}; a foreign reader sees them as ordinary (huge) codes.
 *
 * <h2>Reading other DDI files</h2> Elements and attributes VoxPop does not map (summary statistics, XHTML markup,
 * other groups, further study description, ...) are skipped; text content is the concatenated text of the element.
 * In files VoxPop did not write (their {@code docDscr} does not name VoxPop as the software), surrounding white space
 * of texts is stripped; a {@code qstn} without parts is the question text; a weight without a VoxPop weight type is
 * a SAMPLING weight; a missing category or {@code invalrng} without a known missing kind is OTHER; groups of type
 * grid and section become question sets; a multiple-response group without VoxPop notes is a dichotomy set whose
 * counted value is unknown ({@code null}); derivations whose command is not a Stata {@code recode} VoxPop can
 * represent (number lists and ranges with min, max and ., and {@code (else = .)}) are ignored, while in a file
 * VoxPop wrote such a command is an error.
 * When not every variable that names a weight ({@code @wgt-var}) names the same one, the study has no weight
 * variable.
 */
public final class DdiCodebook {

	/** The XML namespace of DDI Codebook 2.5 (and 2.5.1). */
	public static final String NAMESPACE = "ddi:codebook:2_5";

	private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
	private static final String SCHEMA_LOCATION = NAMESPACE
			+ " http://www.ddialliance.org/Specification/DDI-Codebook/2.5/XMLSchema/codebook.xsd";
	private static final String SOFTWARE = "VoxPop";
	private static final String FILE_ID = "F1";

	static final String NOTE_UNTITLED = "VoxPop:untitled";
	static final String NOTE_WEIGHT_VARIABLE = "VoxPop:weightVariable";
	static final String NOTE_WEIGHT_TYPE = "VoxPop:weightType";
	static final String NOTE_REFERENCE_CODE = "VoxPop:referenceCode";
	static final String NOTE_MISSING_KIND = "VoxPop:missingKind";
	static final String NOTE_RANGE_ORDER = "VoxPop:valueRangeOrder";
	static final String NOTE_MR_TYPE = "VoxPop:multipleResponseType";
	static final String NOTE_COUNTED_VALUE = "VoxPop:countedValue";
	static final String NOTE_LABEL_SOURCE = "VoxPop:categoryLabelSource";

	private static final Pattern SPSS_FORMAT = Pattern.compile("[A-Za-z]+[0-9]+(\\.[0-9]+)?");

	private DdiCodebook() {
	}

	// ------------------------------------------------------------------------------------------------ numbers

	/**
	 * A code, range bound or recode value as DDI text: whole numbers without a fraction ("4", "-9"), negative zero as
	 * "-0", anything else as {@link Double#toString(double)} ("0.5", "8.98846567431158E307", "NaN", "Infinity").
	 * {@link Double#parseDouble(String)} gives back exactly the same double.
	 *
	 * @param code any double
	 * @return the text; never {@code null}
	 */
	public static String formatCode(double code) {
		if (Double.doubleToRawLongBits(code) == Double.doubleToRawLongBits(-0.0)) {
			return "-0";
		}
		return NumberText.plain(code);
	}

	// ------------------------------------------------------------------------------------------------ writing

	/**
	 * Writes a study as DDI Codebook 2.5, atomically: the document goes to a temporary file next to the target that
	 * then replaces it, so a failed export leaves the previous file as it was.
	 *
	 * @param study the study; not {@code null}; it is not changed
	 * @param file  the target file; not {@code null}; its folder must exist
	 * @throws IOException if the study cannot be written (a variable without a name, a reference to a variable
	 *                     outside the study, text XML cannot hold) or writing fails; the message names the file
	 */
	public static void write(Study study, Path file) throws IOException {
		Objects.requireNonNull(study, "study");
		Objects.requireNonNull(file, "file");
		AtomicFiles.write(file, temp -> {
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
				write(study, out, file.toString());
			}
		});
	}

	/**
	 * Writes a study as a DDI Codebook 2.5 document in UTF-8.
	 *
	 * @param study the study; not {@code null}; it is not changed
	 * @param out   where to write; not {@code null}; flushed but not closed
	 * @throws IOException if the study cannot be written (see {@link #write(Study, Path)}) or the stream fails
	 */
	public static void write(Study study, OutputStream out) throws IOException {
		Objects.requireNonNull(study, "study");
		Objects.requireNonNull(out, "out");
		write(study, out, "DDI export of study " + study.getName());
	}

	private static void write(Study study, OutputStream out, String description) throws IOException {
		try {
			XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
			new Writer(study, new Out(xml), description).write();
			xml.flush();
			xml.close();
			out.write('\n');
			out.flush();
		} catch (XMLStreamException e) {
			throw new IOException(description + ": " + e.getMessage(), e);
		}
	}

	/** Indenting output: every element on its own line, text content exactly as given. */
	private static final class Out {
		private final XMLStreamWriter xml;
		private int depth;
		private final BitSet hasChildren = new BitSet();

		Out(XMLStreamWriter xml) {
			this.xml = xml;
		}

		void root(String name, String... attributes) throws XMLStreamException {
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeCharacters("\n");
			xml.writeStartElement(name);
			xml.writeDefaultNamespace(NAMESPACE);
			xml.writeNamespace("xsi", XSI);
			xml.writeAttribute("xsi", XSI, "schemaLocation", SCHEMA_LOCATION);
			attributes(attributes);
			depth = 1;
			hasChildren.clear(1);
		}

		void start(String name, String... attributes) throws XMLStreamException {
			newline();
			xml.writeStartElement(name);
			attributes(attributes);
			depth++;
			hasChildren.clear(depth);
		}

		void end() throws XMLStreamException {
			depth--;
			if (hasChildren.get(depth + 1)) {
				xml.writeCharacters("\n");
				indent();
			}
			xml.writeEndElement();
		}

		/** An element with text content; empty when the text is null or empty. */
		void text(String name, String text, String... attributes) throws XMLStreamException {
			newline();
			if (text == null || text.isEmpty()) {
				xml.writeEmptyElement(name);
				attributes(attributes);
			} else {
				xml.writeStartElement(name);
				attributes(attributes);
				characters(text);
				xml.writeEndElement();
			}
		}

		/** An element with text content, or nothing when the text is null. */
		void textIf(String name, String text, String... attributes) throws XMLStreamException {
			if (text != null) {
				text(name, text, attributes);
			}
		}

		void finish() throws XMLStreamException {
			end();
			xml.writeEndDocument();
		}

		private void newline() throws XMLStreamException {
			hasChildren.set(depth);
			xml.writeCharacters("\n");
			indent();
		}

		private void indent() throws XMLStreamException {
			for (int i = 0; i < depth; i++) {
				xml.writeCharacters("  ");
			}
		}

		private void attributes(String... attributes) throws XMLStreamException {
			for (int i = 0; i < attributes.length; i += 2) {
				String value = attributes[i + 1];
				if (value != null) {
					checkXml(value, true);
					xml.writeAttribute(attributes[i], value);
				}
			}
		}

		/** Text content; carriage returns as character references so that a reader gets them back. */
		private void characters(String text) throws XMLStreamException {
			checkXml(text, false);
			int from = 0;
			for (int cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', from)) {
				xml.writeCharacters(text.substring(from, cr));
				xml.writeEntityRef("#13");
				from = cr + 1;
			}
			xml.writeCharacters(text.substring(from));
		}

		private static void checkXml(String text, boolean attribute) {
			for (int i = 0; i < text.length();) {
				int c = text.codePointAt(i);
				boolean ok = c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
						|| c >= 0x10000 && c <= 0x10FFFF;
				if (!ok) {
					throw new IllegalArgumentException(
							"\"" + text + "\" holds the character U+" + String.format("%04X", c) + ", which XML cannot hold");
				}
				if (attribute && (c == 0x9 || c == 0xA || c == 0xD)) {
					throw new IllegalArgumentException("\"" + text
							+ "\" holds a tab or line break, which an XML attribute cannot keep; it is written as an attribute");
				}
				i += Character.charCount(c);
			}
		}
	}

	/** Writes one study. */
	private static final class Writer {
		private final Study study;
		private final Out out;
		private final String description;
		private final Map<Variable, String> ids = new IdentityHashMap<>();

		Writer(Study study, Out out, String description) {
			this.study = study;
			this.out = out;
			this.description = description;
		}

		void write() throws IOException, XMLStreamException {
			List<Variable> variables = study.getVariables();
			for (int i = 0; i < variables.size(); i++) {
				if (variables.get(i).getName() == null) {
					throw new IOException(description + ": variable " + (i + 1) + " has no name; DDI requires one");
				}
				ids.put(variables.get(i), "V" + (i + 1));
			}
			try {
				out.root("codeBook", "version", "2.5");
				documentDescription();
				studyDescription();
				fileDescription();
				dataDescription();
				out.finish();
			} catch (IllegalArgumentException e) {
				throw new IOException(description + ": " + e.getMessage(), e);
			}
		}

		private String title() {
			return study.getTitle() != null ? study.getTitle() : study.getName() != null ? study.getName() : "";
		}

		private void documentDescription() throws XMLStreamException {
			out.start("docDscr");
			out.start("citation");
			out.start("titlStmt");
			out.text("titl", title());
			out.end();
			out.start("prodStmt");
			out.text("software", SOFTWARE);
			out.end();
			out.end();
			out.end();
		}

		private void studyDescription() throws XMLStreamException {
			out.start("stdyDscr");
			out.start("citation");
			out.start("titlStmt");
			out.text("titl", title());
			out.textIf("IDNo", study.getName());
			out.end();
			out.end();
			boolean time = study.getYear() != 0 || study.getWave() != null;
			if (time || study.getFieldworkStart() != null || study.getFieldworkEnd() != null
					|| study.getCountry() != null) {
				out.start("stdyInfo");
				out.start("sumDscr");
				if (time) {
					String year = study.getYear() != 0 ? Integer.toString(study.getYear()) : null;
					out.text("timePrd", year != null ? year : study.getWave(), "date", year, "cycle", study.getWave());
				}
				if (study.getFieldworkStart() != null) {
					out.text("collDate", study.getFieldworkStart(), "event", "start", "date", study.getFieldworkStart());
				}
				if (study.getFieldworkEnd() != null) {
					out.text("collDate", study.getFieldworkEnd(), "event", "end", "date", study.getFieldworkEnd());
				}
				out.textIf("nation", study.getCountry());
				out.end();
				out.end();
			}
			for (String document : study.getDocuments()) {
				out.text("notes", document);
			}
			if (study.getTitle() == null) {
				out.text("notes", "The study has no title; titl repeats its name.", "type", NOTE_UNTITLED);
			}
			out.end();
		}

		private void fileDescription() throws XMLStreamException {
			out.start("fileDscr", "ID", FILE_ID);
			out.start("fileTxt");
			out.start("dimensns");
			if (study.getCaseCount() != -1) {
				out.text("caseQnty", Integer.toString(study.getCaseCount()));
			}
			out.text("varQnty", Integer.toString(study.getVariables().size()));
			out.end();
			if (study.getFileEncoding() != null) {
				out.text("fileType", null, "charset", study.getFileEncoding());
			}
			out.end();
			out.end();
		}

		private void dataDescription() throws IOException, XMLStreamException {
			out.start("dataDscr");
			int group = 0;
			for (MultipleResponseSet set : study.getMultipleResponseSets()) {
				String what = "multiple-response set " + set.getName();
				out.start("varGrp", "ID", "VG" + ++group, "type", "multipleResp", "var", idList(set.getVariables(), what),
						"name", set.getName());
				out.textIf("labl", set.getLabel());
				out.text("defntn", definition(set));
				out.text("notes", set.getType().getLiteral(), "type", NOTE_MR_TYPE);
				if (set.getCountedValue() != null) {
					out.text("notes", set.getCountedValue(), "type", NOTE_COUNTED_VALUE);
				}
				out.text("notes", Boolean.toString(set.isCategoryLabelSource()), "type", NOTE_LABEL_SOURCE);
				out.end();
			}
			for (QuestionSet set : study.getQuestionSets()) {
				String[] attributes = { "ID", "VG" + ++group, "type", "grid", "var",
						idList(set.getVariables(), "question set " + set.getName()), "name", set.getName() };
				if (set.getLabel() == null && set.getQuestionText() == null) {
					out.text("varGrp", null, attributes);
				} else {
					out.start("varGrp", attributes);
					out.textIf("labl", set.getLabel());
					out.textIf("txt", set.getQuestionText());
					out.end();
				}
			}
			Variable weight = study.getWeightVariable();
			String weightId = weight == null ? null : id(weight, "the study's weight variable");
			for (Variable variable : study.getVariables()) {
				try {
					variable(variable, weightId);
				} catch (IllegalArgumentException e) {
					throw new IOException(description + ": variable " + variable.getName() + ": " + e.getMessage(), e);
				}
			}
			if (weight != null) {
				out.text("notes", weight.getName(), "type", NOTE_WEIGHT_VARIABLE);
			}
			out.end();
		}

		private static String definition(MultipleResponseSet set) {
			if (set.getType() == MultipleResponseType.CATEGORIES) {
				return "Multiple categories: each variable holds one answer.";
			}
			return "Multiple dichotomies: each variable is one option"
					+ (set.getCountedValue() == null ? "." : ", selected when its value is " + set.getCountedValue() + ".");
		}

		private String id(Variable variable, String what) throws IOException {
			String id = ids.get(variable);
			if (id == null) {
				throw new IOException(description + ": " + what + " refers to variable "
						+ (variable == null ? null : variable.getName()) + ", which is not in the study");
			}
			return id;
		}

		private String idList(List<Variable> variables, String what) throws IOException {
			if (variables.isEmpty()) {
				return null;
			}
			StringBuilder list = new StringBuilder();
			for (Variable variable : variables) {
				list.append(list.isEmpty() ? "" : " ").append(id(variable, what));
			}
			return list.toString();
		}

		private boolean isWeight(Variable variable) {
			return variable.getWeightType() != WeightType.NONE || variable == study.getWeightVariable();
		}

		private void variable(Variable variable, String weightId) throws IOException, XMLStreamException {
			boolean weight = isWeight(variable);
			String nature = null;
			String interval = null;
			if (variable.eIsSet(CodebookPackage.Literals.VARIABLE__MEASUREMENT_LEVEL)) {
				switch (variable.getMeasurementLevel()) {
				case NOMINAL -> nature = "nominal";
				case ORDINAL -> nature = "ordinal";
				case SCALE -> nature = "interval";
				}
				interval = variable.getMeasurementLevel() == MeasurementLevel.SCALE ? "contin" : "discrete";
			}
			out.start("var", "ID", ids.get(variable), "name", variable.getName(), "files", FILE_ID, "wgt",
					weight ? "wgt" : null, "wgt-var", weight ? null : weightId, "intrvl", interval, "nature", nature);
			if (variable.getWidth() != 0) {
				out.text("location", null, "fileid", FILE_ID, "width", Integer.toString(variable.getWidth()));
			}
			out.textIf("labl", variable.getLabel());
			if (variable.getPreQuestionText() != null || variable.getQuestionText() != null
					|| variable.getPostQuestionText() != null || variable.getInterviewerInstruction() != null) {
				out.start("qstn");
				out.textIf("preQTxt", variable.getPreQuestionText());
				out.textIf("qstnLit", variable.getQuestionText());
				out.textIf("postQTxt", variable.getPostQuestionText());
				out.textIf("ivuInstr", variable.getInterviewerInstruction());
				out.end();
			}
			valueRanges(variable);
			out.textIf("universe", variable.getUniverse());
			boolean string = variable.getValueType() == ValueType.STRING;
			for (Category category : variable.getCategories()) {
				boolean missing = category.getMissingKind() != MissingKind.NONE;
				out.start("catgry", "missing", missing ? "Y" : null, "missType",
						missing ? category.getMissingKind().getLiteral() : null);
				out.text("catValu", string ? category.getText() : formatCode(category.getCode()));
				out.textIf("labl", category.getLabel());
				out.end();
			}
			out.textIf("concept", variable.getConcept());
			if (variable.getDerivation() != null) {
				Derivation derivation = variable.getDerivation();
				Variable source = derivation.getSource();
				if (source == null) {
					throw new IOException(description + ": variable " + variable.getName() + ": its derivation has no source");
				}
				out.start("derivation", "var", id(source, "the derivation of " + variable.getName()));
				out.text("drvdesc", StataRecode.describe(derivation));
				out.text("drvcmd", StataRecode.command(derivation, variable.getName()), "syntax", "Stata");
				out.end();
			}
			String format = variable.getFormat();
			String schema = null;
			String otherSchema = null;
			if (format != null) {
				if (SPSS_FORMAT.matcher(format).matches()) {
					schema = "SPSS";
				} else if (format.startsWith("%")) {
					schema = "other";
					otherSchema = "Stata";
				} else {
					schema = "other";
				}
			}
			out.text("varFormat", format, "type", string ? "character" : "numeric", "schema", schema, "otherSchema",
					otherSchema);
			if (weight) {
				out.text("notes", variable.getWeightType().getLiteral(), "type", NOTE_WEIGHT_TYPE);
			}
			if (variable.isSetReferenceCode()) {
				out.text("notes", formatCode(variable.getReferenceCode()), "type", NOTE_REFERENCE_CODE);
			}
			String order = rangeOrder(variable);
			if (order != null) {
				out.text("notes", order, "type", NOTE_RANGE_ORDER);
			}
			out.end();
		}

		private void valueRanges(Variable variable) throws XMLStreamException {
			for (ValueRange range : variable.getValueRanges()) {
				if (!range.isMissing()) {
					out.start("valrng");
					range(range);
					out.end();
				}
			}
			for (ValueRange range : variable.getValueRanges()) {
				if (range.isMissing()) {
					out.start("invalrng");
					range(range);
					out.text("notes", range.getMissingKind().getLiteral(), "type", NOTE_MISSING_KIND);
					out.end();
				}
			}
		}

		private void range(ValueRange range) throws XMLStreamException {
			double low = range.getLow();
			double high = range.getHigh();
			boolean whole = (Double.isInfinite(low) || low == Math.rint(low)) && (Double.isInfinite(high) || high == Math.rint(high));
			out.text("range", null, "UNITS", whole ? null : "REAL", "min",
					low == Double.NEGATIVE_INFINITY ? null : formatCode(low), "max",
					high == Double.POSITIVE_INFINITY ? null : formatCode(high));
		}

		/** "missing valid ..." when a valid range follows a missing one, else null. */
		private static String rangeOrder(Variable variable) {
			boolean seenMissing = false;
			boolean interleaved = false;
			StringBuilder order = new StringBuilder();
			for (ValueRange range : variable.getValueRanges()) {
				interleaved |= seenMissing && !range.isMissing();
				seenMissing |= range.isMissing();
				order.append(order.isEmpty() ? "" : " ").append(range.isMissing() ? "missing" : "valid");
			}
			return interleaved ? order.toString() : null;
		}
	}

	// ------------------------------------------------------------------------------------------------ reading

	/**
	 * Reads a DDI Codebook 2.5 document into a new study (not in any resource).
	 *
	 * @param file the document; not {@code null}
	 * @return the study; never {@code null}
	 * @throws IOException if the file cannot be read, is not well-formed XML, is not DDI Codebook 2.5 (root
	 *                     {@code codeBook} in namespace {@value #NAMESPACE}), or lacks what VoxPop needs (a variable
	 *                     name, a category value, ...); the message names the file and, where there is one, the
	 *                     line and element
	 */
	public static Study read(Path file) throws IOException {
		Objects.requireNonNull(file, "file");
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			return read(in, file.toString());
		}
	}

	/**
	 * Reads a DDI Codebook 2.5 document from a stream, e.g. a file inside a bundle.
	 *
	 * @param in          the document; not {@code null}; not closed here
	 * @param description what the stream is, for messages, e.g. a file name; not {@code null}
	 * @return the study; never {@code null}
	 * @throws IOException as {@link #read(Path)}; the message starts with the description
	 */
	public static Study read(InputStream in, String description) throws IOException {
		Objects.requireNonNull(in, "in");
		Objects.requireNonNull(description, "description");
		Node root = parse(in, description);
		return new Reader(root, description).read();
	}

	/** An element: its DDI children, attributes without namespace, and all text inside it. */
	private static final class Node {
		final String namespace;
		final String name;
		final int line;
		final Map<String, String> attributes = new HashMap<>();
		final List<Node> children = new ArrayList<>();
		final StringBuilder text = new StringBuilder();

		Node(String namespace, String name, int line) {
			this.namespace = namespace == null ? "" : namespace;
			this.name = name;
			this.line = line;
		}

		String attribute(String key) {
			return attributes.get(key);
		}

		Node child(String childName) {
			for (Node child : children) {
				if (child.is(childName)) {
					return child;
				}
			}
			return null;
		}

		List<Node> children(String childName) {
			List<Node> result = new ArrayList<>();
			for (Node child : children) {
				if (child.is(childName)) {
					result.add(child);
				}
			}
			return result;
		}

		boolean is(String elementName) {
			return NAMESPACE.equals(namespace) && name.equals(elementName);
		}
	}

	private static Node parse(InputStream in, String description) throws IOException {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
		Node root = null;
		Deque<Node> open = new ArrayDeque<>();
		XMLStreamReader xml = null;
		try {
			xml = factory.createXMLStreamReader(in);
			while (xml.hasNext()) {
				int event = xml.next();
				switch (event) {
				case XMLStreamConstants.START_ELEMENT -> {
					Node node = new Node(xml.getNamespaceURI(), xml.getLocalName(), xml.getLocation().getLineNumber());
					for (int i = 0; i < xml.getAttributeCount(); i++) {
						String namespace = xml.getAttributeNamespace(i);
						if (namespace == null || namespace.isEmpty()) {
							node.attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
						}
					}
					if (root == null) {
						root = node;
						checkRoot(root, description);
					} else {
						open.peek().children.add(node);
					}
					open.push(node);
				}
				case XMLStreamConstants.END_ELEMENT -> open.pop();
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
					if (!open.isEmpty()) {
						String text = xml.getText();
						for (Node node : open) {
							node.text.append(text);
						}
					}
				}
				default -> {
					// comments, processing instructions
				}
				}
			}
		} catch (XMLStreamException e) {
			int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
			String message = e.getMessage() == null ? e.toString() : e.getMessage();
			int at = message.indexOf("Message: ");
			if (at >= 0) {
				message = message.substring(at + "Message: ".length());
			}
			throw new IOException(description + (line > 0 ? " line " + line : "") + ": not well-formed XML, so not a DDI codebook ("
					+ message.strip() + ")", e);
		} finally {
			if (xml != null) {
				try {
					xml.close();
				} catch (XMLStreamException e) {
					// nothing to release beyond the stream, which the caller closes
				}
			}
		}
		if (root == null) {
			throw new IOException(description + ": empty, not a DDI codebook");
		}
		return root;
	}

	private static void checkRoot(Node root, String description) throws IOException {
		if (root.is("codeBook")) {
			return;
		}
		String found = "<" + root.name + ">" + (root.namespace.isEmpty() ? " without a namespace" : " in namespace " + root.namespace);
		String hint = "codeBook".equals(root.name)
				? " (another DDI Codebook version; VoxPop reads 2.5 only)"
				: "";
		throw new IOException(description + " line " + root.line + ": not a DDI Codebook 2.5 file: the root element is "
				+ found + hint + "; expected <codeBook> in namespace " + NAMESPACE);
	}

	/** Turns a parsed document into a study. */
	private static final class Reader {
		private final Node root;
		private final String description;
		private final boolean exactText;
		private final Study study = CodebookFactory.eINSTANCE.createStudy();
		private final Map<String, Variable> byId = new HashMap<>();
		private final Map<Variable, Node> nodes = new LinkedHashMap<>();

		Reader(Node root, String description) {
			this.root = root;
			this.description = description;
			this.exactText = writtenByVoxPop(root);
		}

		private static boolean writtenByVoxPop(Node root) {
			for (Node docDscr : root.children("docDscr")) {
				Node citation = docDscr.child("citation");
				Node prodStmt = citation == null ? null : citation.child("prodStmt");
				if (prodStmt != null) {
					for (Node software : prodStmt.children("software")) {
						if (SOFTWARE.equals(software.text.toString().strip())) {
							return true;
						}
					}
				}
			}
			return false;
		}

		private IOException error(Node node, String message) {
			return new IOException(description + " line " + node.line + ": " + message);
		}

		private String text(Node node) {
			if (node == null) {
				return null;
			}
			return exactText ? node.text.toString() : node.text.toString().strip();
		}

		private String childText(Node node, String child) {
			return node == null ? null : text(node.child(child));
		}

		private static String type(Node node) {
			String type = node.attribute("type");
			return type == null ? "" : type;
		}

		Study read() throws IOException {
			Node studyDescription = root.child("stdyDscr");
			if (studyDescription != null) {
				studyDescription(studyDescription);
			}
			Node file = root.child("fileDscr");
			if (file != null) {
				fileDescription(file);
			}
			List<Node> dataDescriptions = root.children("dataDscr");
			for (Node data : dataDescriptions) {
				for (Node var : data.children("var")) {
					createVariable(var);
				}
			}
			for (Map.Entry<Variable, Node> entry : nodes.entrySet()) {
				variable(entry.getKey(), entry.getValue());
			}
			for (Node data : dataDescriptions) {
				for (Node group : data.children("varGrp")) {
					group(group);
				}
			}
			weightVariable(dataDescriptions);
			return study;
		}

		private void studyDescription(Node stdyDscr) {
			Node citation = stdyDscr.child("citation");
			Node titlStmt = citation == null ? null : citation.child("titlStmt");
			if (titlStmt != null) {
				study.setTitle(childText(titlStmt, "titl"));
				study.setName(childText(titlStmt, "IDNo"));
			}
			boolean timeSeen = false;
			for (Node stdyInfo : stdyDscr.children("stdyInfo")) {
				for (Node sumDscr : stdyInfo.children("sumDscr")) {
					for (Node timePrd : sumDscr.children("timePrd")) {
						if (!timeSeen) {
							timeSeen = true;
							study.setYear(year(timePrd.attribute("date")));
							study.setWave(timePrd.attribute("cycle"));
						}
					}
					for (Node collDate : sumDscr.children("collDate")) {
						String date = collDate.attribute("date") != null ? collDate.attribute("date") : text(collDate);
						String event = collDate.attribute("event");
						if ("start".equals(event) && study.getFieldworkStart() == null) {
							study.setFieldworkStart(date);
						} else if ("end".equals(event) && study.getFieldworkEnd() == null) {
							study.setFieldworkEnd(date);
						}
					}
					Node nation = sumDscr.child("nation");
					if (nation != null && study.getCountry() == null) {
						study.setCountry(text(nation));
					}
				}
			}
			boolean untitled = false;
			for (Node notes : stdyDscr.children("notes")) {
				String type = type(notes);
				if (type.equals(NOTE_UNTITLED)) {
					untitled = true;
				} else if (!type.startsWith("VoxPop:")) {
					study.getDocuments().add(text(notes));
				}
			}
			if (untitled) {
				study.setTitle(null);
			}
		}

		/** The year of an ISO date such as "2024" or "2024-03-01"; 0 when there is none. */
		private static int year(String date) {
			if (date == null) {
				return 0;
			}
			String value = date.strip();
			if (value.matches("-?[0-9]{1,9}")) {
				return Integer.parseInt(value);
			}
			if (value.matches("[0-9]{4}\\b.*")) {
				return Integer.parseInt(value.substring(0, 4));
			}
			return 0;
		}

		private void fileDescription(Node fileDscr) {
			for (Node fileTxt : fileDscr.children("fileTxt")) {
				Node dimensns = fileTxt.child("dimensns");
				Node caseQnty = dimensns == null ? null : dimensns.child("caseQnty");
				if (caseQnty != null) {
					try {
						study.setCaseCount(Integer.parseInt(caseQnty.text.toString().strip()));
					} catch (NumberFormatException e) {
						// a foreign count such as "about 1,000" says nothing VoxPop can use
					}
				}
				for (Node fileType : fileTxt.children("fileType")) {
					if (fileType.attribute("charset") != null && study.getFileEncoding() == null) {
						study.setFileEncoding(fileType.attribute("charset"));
					}
				}
				return;
			}
		}

		private void createVariable(Node var) throws IOException {
			String name = var.attribute("name");
			if (name == null || name.isBlank()) {
				throw error(var, "<var>" + (var.attribute("ID") == null ? "" : " " + var.attribute("ID"))
						+ " has no name attribute");
			}
			if (study.getVariable(name) != null) {
				throw error(var, "a second <var> named " + name + "; variable names must be unique");
			}
			Variable variable = CodebookFactory.eINSTANCE.createVariable();
			variable.setName(name);
			study.getVariables().add(variable);
			nodes.put(variable, var);
			String id = var.attribute("ID");
			if (id != null) {
				byId.put(id, variable);
			}
		}

		private void variable(Variable variable, Node var) throws IOException {
			String name = variable.getName();
			String nature = var.attribute("nature");
			String interval = var.attribute("intrvl");
			if ("nominal".equals(nature)) {
				variable.setMeasurementLevel(MeasurementLevel.NOMINAL);
			} else if ("ordinal".equals(nature)) {
				variable.setMeasurementLevel(MeasurementLevel.ORDINAL);
			} else if ("interval".equals(nature) || "ratio".equals(nature) || "percent".equals(nature)
					|| nature == null && "contin".equals(interval)) {
				variable.setMeasurementLevel(MeasurementLevel.SCALE);
			}
			for (Node location : var.children("location")) {
				if (location.attribute("width") != null) {
					variable.setWidth(integer(location, "width", name));
					break;
				}
			}
			variable.setLabel(childText(var, "labl"));
			Node qstn = var.child("qstn");
			if (qstn != null) {
				variable.setPreQuestionText(childText(qstn, "preQTxt"));
				variable.setQuestionText(childText(qstn, "qstnLit"));
				variable.setPostQuestionText(childText(qstn, "postQTxt"));
				variable.setInterviewerInstruction(childText(qstn, "ivuInstr"));
				if (qstn.children.isEmpty() && !text(qstn).isEmpty()) {
					variable.setQuestionText(text(qstn));
				}
			}
			valueRanges(variable, var);
			variable.setUniverse(childText(var, "universe"));
			variable.setConcept(childText(var, "concept"));
			Node varFormat = var.child("varFormat");
			if (varFormat != null) {
				variable.setValueType("character".equals(varFormat.attribute("type")) ? ValueType.STRING : ValueType.NUMERIC);
				String format = text(varFormat);
				variable.setFormat(format.isEmpty() ? null : format);
			}
			for (Node catgry : var.children("catgry")) {
				variable.getCategories().add(category(variable, catgry));
			}
			Node derivation = var.child("derivation");
			if (derivation != null) {
				derivation(variable, derivation);
			}
			boolean weight = "wgt".equals(var.attribute("wgt"));
			WeightType weightType = weight ? WeightType.SAMPLING : WeightType.NONE;
			for (Node notes : var.children("notes")) {
				switch (type(notes)) {
				case NOTE_WEIGHT_TYPE -> weightType = literal(notes, WeightType.get(notes.text.toString().strip()), "weight type");
				case NOTE_REFERENCE_CODE -> variable.setReferenceCode(number(notes, notes.text.toString(), name));
				default -> {
					// documentation VoxPop does not keep
				}
				}
			}
			variable.setWeightType(weightType);
		}

		private <T> T literal(Node node, T value, String what) throws IOException {
			if (value == null) {
				throw error(node, "<notes type=\"" + type(node) + "\">: \"" + node.text.toString().strip() + "\" is not a " + what);
			}
			return value;
		}

		private int integer(Node node, String attribute, String variable) throws IOException {
			String value = node.attribute(attribute);
			try {
				return Integer.parseInt(value.strip());
			} catch (NumberFormatException e) {
				throw error(node, "<" + node.name + "> of variable " + variable + ": " + attribute + "=\"" + value
						+ "\" is not a whole number");
			}
		}

		private double number(Node node, String value, String variable) throws IOException {
			try {
				return Double.parseDouble(value.strip());
			} catch (NumberFormatException e) {
				throw error(node, "<" + node.name + "> of variable " + variable + ": \"" + value.strip() + "\" is not a number");
			}
		}

		private void valueRanges(Variable variable, Node var) throws IOException {
			List<ValueRange> valid = new ArrayList<>();
			List<ValueRange> missing = new ArrayList<>();
			for (Node element : var.children) {
				boolean isMissing = element.is("invalrng");
				if (!isMissing && !element.is("valrng")) {
					continue;
				}
				MissingKind kind = isMissing ? MissingKind.OTHER : MissingKind.NONE;
				for (Node notes : element.children("notes")) {
					if (isMissing && type(notes).equals(NOTE_MISSING_KIND)) {
						kind = literal(notes, MissingKind.get(notes.text.toString().strip()), "missing kind");
					}
				}
				for (Node bound : element.children) {
					ValueRange range = CodebookFactory.eINSTANCE.createValueRange();
					if (bound.is("range")) {
						String min = bound.attribute("min");
						String max = bound.attribute("max");
						range.setLow(min == null ? Double.NEGATIVE_INFINITY : number(bound, min, variable.getName()));
						range.setHigh(max == null ? Double.POSITIVE_INFINITY : number(bound, max, variable.getName()));
					} else if (bound.is("item")) {
						String value = bound.attribute("VALUE");
						if (value == null) {
							throw error(bound, "<item> of variable " + variable.getName() + " has no VALUE");
						}
						range.setLow(number(bound, value, variable.getName()));
						range.setHigh(range.getLow());
					} else {
						continue;
					}
					range.setMissingKind(kind);
					(isMissing ? missing : valid).add(range);
				}
			}
			String order = null;
			for (Node notes : var.children("notes")) {
				if (type(notes).equals(NOTE_RANGE_ORDER)) {
					order = notes.text.toString().strip();
				}
			}
			if (order != null) {
				String[] words = order.split("\\s+");
				if (words.length == valid.size() + missing.size()) {
					List<ValueRange> ordered = new ArrayList<>();
					int v = 0;
					int m = 0;
					for (String word : words) {
						if (word.equals("valid") && v < valid.size()) {
							ordered.add(valid.get(v++));
						} else if (word.equals("missing") && m < missing.size()) {
							ordered.add(missing.get(m++));
						}
					}
					if (ordered.size() == words.length) {
						variable.getValueRanges().addAll(ordered);
						return;
					}
				}
			}
			variable.getValueRanges().addAll(valid);
			variable.getValueRanges().addAll(missing);
		}

		private Category category(Variable variable, Node catgry) throws IOException {
			Node catValu = catgry.child("catValu");
			if (catValu == null) {
				throw error(catgry, "<catgry> of variable " + variable.getName() + " has no <catValu>");
			}
			Category category = CodebookFactory.eINSTANCE.createCategory();
			if (variable.getValueType() == ValueType.STRING) {
				String value = catValu.text.toString();
				category.setText(exactText ? value : value.strip());
			} else {
				category.setCode(number(catValu, catValu.text.toString(), variable.getName()));
			}
			category.setLabel(childText(catgry, "labl"));
			if ("Y".equals(catgry.attribute("missing"))) {
				MissingKind kind = catgry.attribute("missType") == null ? null : MissingKind.get(catgry.attribute("missType"));
				category.setMissingKind(kind == null || kind == MissingKind.NONE ? MissingKind.OTHER : kind);
			}
			return category;
		}

		private void derivation(Variable variable, Node derivation) throws IOException {
			Variable source = null;
			String sources = derivation.attribute("var");
			if (sources != null && !sources.isBlank()) {
				String id = sources.strip().split("\\s+")[0];
				source = byId.get(id);
				if (source == null) {
					throw error(derivation, "the <derivation> of variable " + variable.getName() + " refers to " + id
							+ ", which is not a variable");
				}
			}
			for (Node drvcmd : derivation.children("drvcmd")) {
				String command = drvcmd.text.toString().strip();
				if (!"Stata".equalsIgnoreCase(String.valueOf(drvcmd.attribute("syntax")))
						|| !command.matches("recode\\s.*")) {
					continue;
				}
				try {
					Derivation result = StataRecode.parse(command, source, study);
					variable.setDerivation(result);
					return;
				} catch (IllegalArgumentException e) {
					if (!exactText) {
						return; // another tool's recode VoxPop cannot represent: the variable is read as not derived
					}
					throw error(drvcmd, "<drvcmd> of variable " + variable.getName() + ": cannot read the Stata recode \""
							+ command + "\": " + e.getMessage());
				}
			}
		}

		private void group(Node varGrp) throws IOException {
			String type = varGrp.attribute("type");
			boolean multiple = "multipleResp".equals(type);
			if (!multiple && !"grid".equals(type) && !"section".equals(type)) {
				return;
			}
			String name = varGrp.attribute("name") != null ? varGrp.attribute("name") : varGrp.attribute("ID");
			if (name == null) {
				throw error(varGrp, "<varGrp type=\"" + type + "\"> has neither a name nor an ID");
			}
			List<Variable> members = new ArrayList<>();
			String ids = varGrp.attribute("var");
			if (ids != null) {
				for (String id : ids.strip().split("\\s+")) {
					if (id.isEmpty()) {
						continue;
					}
					Variable member = byId.get(id);
					if (member == null) {
						throw error(varGrp, "<varGrp> " + name + " refers to " + id + ", which is not a variable");
					}
					members.add(member);
				}
			}
			if (multiple) {
				MultipleResponseSet set = CodebookFactory.eINSTANCE.createMultipleResponseSet();
				set.setName(name);
				set.setLabel(childText(varGrp, "labl"));
				set.getVariables().addAll(members);
				for (Node notes : varGrp.children("notes")) {
					String value = notes.text.toString();
					switch (type(notes)) {
					case NOTE_MR_TYPE -> set.setType(literal(notes, MultipleResponseType.get(value.strip()), "multiple-response type"));
					case NOTE_COUNTED_VALUE -> set.setCountedValue(exactText ? value : value.strip());
					case NOTE_LABEL_SOURCE -> set.setCategoryLabelSource(Boolean.parseBoolean(value.strip()));
					default -> {
						// other notes
					}
					}
				}
				study.getMultipleResponseSets().add(set);
			} else {
				QuestionSet set = CodebookFactory.eINSTANCE.createQuestionSet();
				set.setName(name);
				set.setLabel(childText(varGrp, "labl"));
				set.setQuestionText(childText(varGrp, "txt"));
				set.getVariables().addAll(members);
				study.getQuestionSets().add(set);
			}
		}

		private void weightVariable(List<Node> dataDescriptions) throws IOException {
			for (Node data : dataDescriptions) {
				for (Node notes : data.children("notes")) {
					if (type(notes).equals(NOTE_WEIGHT_VARIABLE)) {
						String name = text(notes);
						Variable weight = study.getVariable(name);
						if (weight == null) {
							throw error(notes, "the weight variable " + name + " is not a variable of the file");
						}
						study.setWeightVariable(weight);
						return;
					}
				}
			}
			Set<String> named = new LinkedHashSet<>();
			for (Node var : nodes.values()) {
				String ids = var.attribute("wgt-var");
				if (ids != null && !ids.isBlank()) {
					for (String id : ids.strip().split("\\s+")) {
						named.add(id);
					}
				}
			}
			if (named.size() == 1) {
				study.setWeightVariable(byId.get(named.iterator().next()));
			}
		}
	}
}
