package org.voxpop.codebook.io;

import static org.voxpop.codebook.io.DdiCodebook.*;

import java.io.IOException;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.voxpop.codebook.Category;
import org.voxpop.codebook.CodebookPackage;
import org.voxpop.codebook.Derivation;
import org.voxpop.codebook.MeasurementLevel;
import org.voxpop.codebook.MissingKind;
import org.voxpop.codebook.MultipleResponseSet;
import org.voxpop.codebook.MultipleResponseType;
import org.voxpop.codebook.QuestionSet;
import org.voxpop.codebook.Study;
import org.voxpop.codebook.ValueRange;
import org.voxpop.codebook.ValueType;
import org.voxpop.codebook.Variable;
import org.voxpop.codebook.WeightType;
import org.voxpop.codebook.ops.StataRecode;

/** Writes a study as DDI Codebook 2.5 for {@link DdiCodebook}; see there for the mapping. */
final class DdiWriter {

	private DdiWriter() {
	}

	/** Indenting output: every element on its own line, text content exactly as given. */
	static final class Out {
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
	static final class Writer {
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

}
