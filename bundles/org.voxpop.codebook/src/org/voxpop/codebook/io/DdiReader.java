package org.voxpop.codebook.io;

import static org.voxpop.codebook.io.DdiCodebook.*;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.voxpop.codebook.Category;
import org.voxpop.codebook.CodebookFactory;
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

/** Reads DDI Codebook 2.5 into a study for {@link DdiCodebook}; see there for the mapping. */
final class DdiReader {

	private DdiReader() {
	}

	/** An element: its DDI children, attributes without namespace, and all text inside it. */
	static final class Node {
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

	static Node parse(InputStream in, String description) throws IOException {
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
	static final class Reader {
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
