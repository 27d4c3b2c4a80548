package org.voxpop.codebook.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
import org.voxpop.codebook.io.CodebookIO;
import org.voxpop.codebook.io.DdiCodebook;
import org.voxpop.test.support.Fixtures;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

class DdiCodebookTest {

	private static final String BUNDLE = "org.voxpop.codebook.tests";
	private static final CodebookFactory F = CodebookFactory.eINSTANCE;
	/** Stata's .a: the first extended missing code, a huge double. */
	private static final double STATA_A = Double.longBitsToDouble(0x7fe0010000000000L);
	private static final double STATA_Z = Double.longBitsToDouble(0x7fe01a0000000000L);

	private static Schema schema;

	@TempDir
	Path folder;

	/**
	 * Compiles the vendored DDI Codebook 2.5.1 schema once (a Schema is thread-safe). Only local files may be read.
	 * Since JDK 22 the JDK's built-in catalog maps any schema whose name ends in "xhtml11.xsd" to W3C's own XHTML 1.1
	 * schema, which would replace DDI's ddi-xhtml11.xsd and break the compilation; resolving every include against
	 * the including file ourselves keeps the vendored files.
	 */
	@BeforeAll
	static void compileSchema() throws SAXException {
		Path xsd = Fixtures.file(BUNDLE, "ddi-2.5.1").resolve("schemas/codebook.xsd");
		SchemaFactory factory = SchemaFactory.newDefaultInstance();
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "file");
		factory.setResourceResolver(RELATIVE_FILES);
		Collected errors = new Collected();
		factory.setErrorHandler(errors);
		schema = factory.newSchema(xsd.toFile());
		assertEquals(List.of(), errors.messages, "the vendored schema compiles without errors");
	}

	// ---------------------------------------------------------------------------------------------- round trips

	@Test
	void aStudyUsingEveryFeatureRoundTrips() throws IOException {
		Study study = everyFeature();
		Path file = folder.resolve("study.ddi.xml");
		DdiCodebook.write(study, file);
		Study read = DdiCodebook.read(file);

		assertTrue(EcoreUtil.equals(study, read), () -> "the study read back equals the one written:\n" + diff(study, read));
		assertEquals("w", read.getWeightVariable().getName());
		assertEquals(STATA_A, read.getVariable("threat").getCategories().get(5).getCode());
		assertEquals(read.getVariable("threat"), read.getVariable("threat_top2").getDerivation().getSource());
		try (var files = Files.list(folder)) {
			assertEquals(1, files.count(), "no temporary file is left");
		}
	}

	@Test
	void theRoundTripStudySetsEveryFeatureOfTheModel() {
		Study study = everyFeature();
		List<EObject> objects = new ArrayList<>();
		objects.add(study);
		study.eAllContents().forEachRemaining(objects::add);
		for (EClassifier classifier : CodebookPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass type) {
				for (EStructuralFeature feature : type.getEAllStructuralFeatures()) {
					assertTrue(objects.stream().anyMatch(o -> o.eClass() == type && o.eIsSet(feature)),
							() -> type.getName() + "." + feature.getName() + " is set somewhere, so the round trip covers it");
				}
			}
		}
	}

	@Test
	void writingToAStreamGivesTheSameDocumentAsWritingToAFile() throws IOException {
		Study study = everyFeature();
		Path file = folder.resolve("study.xml");
		DdiCodebook.write(study, file);
		assertArrayEquals(Files.readAllBytes(file), bytes(study));
	}

	@Test
	void aStudyWithoutTitleOrWeightsRoundTrips() throws IOException {
		Study study = F.createStudy();
		study.setName("bare");
		Variable v = F.createVariable();
		v.setName("x");
		study.getVariables().add(v);
		Study read = DdiCodebook.read(new ByteArrayInputStream(bytes(study)), "bare");
		assertTrue(EcoreUtil.equals(study, read), () -> diff(study, read));
		assertNull(read.getTitle());
		assertEquals(-1, read.getCaseCount());
		validate(bytes(study));

		Study empty = F.createStudy();
		Study emptyRead = DdiCodebook.read(new ByteArrayInputStream(bytes(empty)), "empty");
		assertTrue(EcoreUtil.equals(empty, emptyRead), () -> diff(empty, emptyRead));
		validate(bytes(empty));
	}

	@Test
	void theExampleCodebookExportsValidAndRoundTrips() throws IOException {
		Study example = CodebookIO.load(Fixtures.exampleCodebook());
		Path file = folder.resolve("poll2024.ddi.xml");
		DdiCodebook.write(example, file);
		validate(Files.readAllBytes(file));
		Study read = DdiCodebook.read(file);
		assertTrue(EcoreUtil.equals(example, read), () -> diff(example, read));
	}

	// ---------------------------------------------------------------------------------------------- the schema

	@Test
	void theWrittenDocumentIsValidAgainstTheDdiCodebookSchema() throws IOException {
		validate(bytes(everyFeature()));
	}

	@Test
	void theValidatorCatchesAReferenceToAMissingVariable() throws IOException {
		String xml = new String(bytes(everyFeature()), StandardCharsets.UTF_8).replaceFirst("var=\"V1 ", "var=\"V99 ");
		List<String> errors = errors(xml.getBytes(StandardCharsets.UTF_8));
		assertTrue(errors.stream().anyMatch(e -> e.contains("V99")), errors.toString());
	}

	@Test
	void theForeignFixtureIsValidDdi() throws IOException {
		validate(Files.readAllBytes(Fixtures.file(BUNDLE, "fixtures/foreign-nesstar.xml")));
	}

	// ---------------------------------------------------------------------------------------------- the XML

	@Test
	void theDocumentUsesTheDdiElementsAndAStataRecode() throws IOException {
		String xml = new String(bytes(everyFeature()), StandardCharsets.UTF_8);
		assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<codeBook xmlns=\"ddi:codebook:2_5\""), xml);
		assertTrue(xml.contains("<timePrd date=\"2024\" cycle=\"W3\">2024</timePrd>"), xml);
		assertTrue(xml.contains("<collDate event=\"start\" date=\"2024-03-01\">2024-03-01</collDate>"), xml);
		assertTrue(xml.contains("<caseQnty>1200</caseQnty>"), xml);
		assertTrue(xml.contains("<fileType charset=\"windows-1252\"/>"), xml);
		assertTrue(xml.contains("<drvcmd syntax=\"Stata\">recode threat (min/2 = 0) (3/max = 1) (. = 9) (8 = .)"
				+ " (0.25/1.5 = -0.125) (else = .), generate(threat_top2)</drvcmd>"), xml);
		assertTrue(xml.contains("<drvcmd syntax=\"Stata\">recode threat (1 = 4) (4 = 1), generate(threat_rev)</drvcmd>"),
				xml);
		assertTrue(xml.contains("<catValu>" + Double.toString(STATA_A) + "</catValu>"), xml);
		assertTrue(xml.contains("<catValu>0.5</catValu>"), xml);
		assertTrue(xml.contains("<catValu>-9</catValu>"), xml);
		assertTrue(xml.contains("missing=\"Y\" missType=\"notSure\""), xml);
		assertTrue(xml.contains("<range min=\"90\"/>"), xml);
		assertTrue(xml.contains("<varFormat type=\"character\" schema=\"SPSS\">A20</varFormat>"), xml);
		assertTrue(xml.contains("schema=\"other\" otherSchema=\"Stata\">%9.0g</varFormat>"), xml);
		assertTrue(xml.contains("<varGrp ID=\"VG1\" type=\"multipleResp\" var=\""), xml);
		assertTrue(xml.contains("type=\"grid\""), xml);
		assertTrue(xml.contains("wgt=\"wgt\""), xml);
		assertTrue(xml.contains("wgt-var=\"V"), xml);
	}

	@Test
	void codesAreFormattedExactly() {
		assertEquals("4", DdiCodebook.formatCode(4.0));
		assertEquals("-9", DdiCodebook.formatCode(-9.0));
		assertEquals("-0", DdiCodebook.formatCode(-0.0));
		assertEquals("0.1", DdiCodebook.formatCode(0.1));
		assertEquals("8.98846567431158E307", DdiCodebook.formatCode(Double.longBitsToDouble(0x7fe0000000000000L)));
		for (double code : new double[] { 1.0 / 3, 1e15, 123456789012345.0, -1e-300, STATA_A, STATA_Z, -0.0 }) {
			assertEquals(Double.doubleToLongBits(code), Double.doubleToLongBits(Double.parseDouble(DdiCodebook.formatCode(code))));
		}
	}

	// ---------------------------------------------------------------------------------------------- foreign files

	@Test
	void aDdiFileFromAnotherToolIsRead() throws IOException {
		Study study = DdiCodebook.read(Fixtures.file(BUNDLE, "fixtures/foreign-nesstar.xml"));

		assertEquals("ess2022", study.getName());
		assertEquals("Example Social Survey 2022", study.getTitle(), "texts are stripped in foreign files");
		assertEquals("Germany", study.getCountry());
		assertEquals(2022, study.getYear());
		assertEquals("Round 3", study.getWave());
		assertEquals("2022-09-05", study.getFieldworkStart());
		assertEquals("2022-10-28", study.getFieldworkEnd());
		assertEquals(2345, study.getCaseCount());
		assertEquals("windows-1252", study.getFileEncoding());
		assertEquals(List.of("Weights were computed by the archive."), study.getDocuments());
		assertEquals(List.of("age", "sex", "trust_parl", "media_tv", "media_web", "trust_parl3", "wgt", "region"),
				study.getVariables().stream().map(Variable::getName).toList());

		Variable age = study.getVariable("age");
		assertEquals("Age of respondent", age.getLabel());
		assertEquals("How old are you?", age.getQuestionText(), "a qstn without parts is the question text");
		assertEquals(MeasurementLevel.SCALE, age.getMeasurementLevel());
		assertEquals("All respondents", age.getUniverse());
		assertEquals("AGE", age.getConcept());
		assertEquals("F3.0", age.getFormat());
		assertEquals(3, age.getWidth());
		assertEquals(MissingKind.OTHER, age.getCategory(-9).getMissingKind(), "missType refused is no VoxPop kind");
		assertEquals(MissingKind.OTHER, age.getCategory(-8).getMissingKind());
		assertEquals(3, age.getValueRanges().size());
		assertFalse(age.getValueRanges().get(0).isMissing());
		assertEquals(15, age.getValueRanges().get(0).getLow());
		assertEquals(-9, age.getValueRanges().get(1).getLow());
		assertTrue(age.isMissingCode(-8));

		Variable sex = study.getVariable("sex");
		assertEquals(MeasurementLevel.NOMINAL, sex.getMeasurementLevel());
		assertEquals("Do not ask.", sex.getInterviewerInstruction());
		assertEquals("Female", sex.getCategory(2).getLabel());

		Variable trust = study.getVariable("trust_parl");
		assertEquals("Using this card ...", trust.getPreQuestionText());
		assertEquals(MissingKind.NOT_SURE, trust.getCategory(8).getMissingKind());

		assertNull(study.getVariable("media_web").getDerivation(), "an SPSS derivation is not read");
		Derivation grouped = study.getVariable("trust_parl3").getDerivation();
		assertEquals(trust, grouped.getSource());
		assertEquals(4, grouped.getRules().size(), "(1 2 = 1) is two rules");
		assertEquals(1, grouped.apply(2));
		assertEquals(3, grouped.apply(4));
		assertEquals(0, grouped.apply(0), "values no rule matches are copied");
		assertEquals(3, grouped.apply(7), "max is +Infinity");

		Variable weight = study.getVariable("wgt");
		assertEquals(weight, study.getWeightVariable(), "every wgt-var names it");
		assertEquals(WeightType.SAMPLING, weight.getWeightType());

		Variable region = study.getVariable("region");
		assertEquals(ValueType.STRING, region.getValueType());
		assertEquals("Hamburg", region.getTextCategory("HH").getLabel());

		assertEquals(1, study.getMultipleResponseSets().size(), "the subject group is skipped");
		MultipleResponseSet media = study.getMultipleResponseSet("media");
		assertEquals(List.of(study.getVariable("media_tv"), study.getVariable("media_web")), media.getVariables());
		assertEquals(MultipleResponseType.DICHOTOMIES, media.getType());
		QuestionSet section = study.getQuestionSet("G3");
		assertNotNull(section, "a section without a name is named by its ID");
		assertEquals("Trust", section.getLabel());
		assertEquals("How much do you trust ...", section.getQuestionText());
	}

	// ---------------------------------------------------------------------------------------------- bad input

	@Test
	void aFileThatIsNotXmlIsReportedWithItsName() throws IOException {
		IOException error = readError("not-xml.xml", "this is not XML");
		assertTrue(error.getMessage().startsWith(folder.resolve("not-xml.xml") + " line 1: not well-formed XML"),
				error.getMessage());
	}

	@Test
	void anEmptyFileIsReported() throws IOException {
		IOException error = readError("empty.xml", "");
		assertTrue(error.getMessage().contains("empty.xml"), error.getMessage());
	}

	@Test
	void aFileWithAnotherRootIsNotDdi() throws IOException {
		IOException error = readError("xmi.xml", "<?xml version=\"1.0\"?>\n<codebook:Study xmlns:codebook=\"http://voxpop.org/codebook/1.0\"/>");
		assertTrue(error.getMessage().contains("xmi.xml line 2: not a DDI Codebook 2.5 file: the root element is <Study>"
				+ " in namespace http://voxpop.org/codebook/1.0"), error.getMessage());
	}

	@Test
	void ddiCodebook21IsNotRead() throws IOException {
		IOException error = readError("ddi21.xml", "<codeBook xmlns=\"http://www.icpsr.umich.edu/DDI\" version=\"2.1\"/>");
		assertTrue(error.getMessage().contains("ddi21.xml line 1: not a DDI Codebook 2.5 file"), error.getMessage());
		assertTrue(error.getMessage().contains("another DDI Codebook version"), error.getMessage());
	}

	@Test
	void aVariableWithoutNameIsReportedWithItsLine() throws IOException {
		IOException error = readError("noname.xml", ddi("<var ID=\"V1\"><labl>Age</labl></var>"));
		assertTrue(error.getMessage().contains("noname.xml line 5: <var> V1 has no name attribute"), error.getMessage());
	}

	@Test
	void aCategoryWithoutValueIsReportedWithItsVariable() throws IOException {
		IOException error = readError("nocatvalu.xml",
				ddi("<var ID=\"V1\" name=\"q1\">\n<catgry><labl>Yes</labl></catgry></var>"));
		assertTrue(error.getMessage().contains("nocatvalu.xml line 6: <catgry> of variable q1 has no <catValu>"),
				error.getMessage());
	}

	@Test
	void aCodeThatIsNotANumberIsReported() throws IOException {
		IOException error = readError("nan.xml",
				ddi("<var ID=\"V1\" name=\"q1\"><catgry><catValu>yes</catValu></catgry></var>"));
		assertTrue(error.getMessage().contains("nan.xml line 5: <catValu> of variable q1: \"yes\" is not a number"),
				error.getMessage());
	}

	@Test
	void aGroupOfAMissingVariableIsReported() throws IOException {
		IOException error = readError("group.xml",
				ddi("<varGrp type=\"grid\" name=\"g\" var=\"V1 V2\"/>\n<var ID=\"V1\" name=\"q1\"/>"));
		assertTrue(error.getMessage().contains("group.xml line 5: <varGrp> g refers to V2, which is not a variable"),
				error.getMessage());
	}

	@Test
	void aStataRecodeVoxPopCannotRepresentIsSkippedInAForeignFile() throws IOException {
		Path file = folder.resolve("foreign-recode.xml");
		Files.writeString(file, ddi("<var ID=\"V1\" name=\"q1\"/>\n<var ID=\"V2\" name=\"q2\"><derivation var=\"V1\">"
				+ "<drvcmd syntax=\"Stata\">recode q1 (missing = 9), gen(q2)</drvcmd></derivation></var>"));
		Study study = DdiCodebook.read(file);
		assertNull(study.getVariable("q2").getDerivation());
	}

	@Test
	void aBrokenStataRecodeInAVoxPopFileIsReported() throws IOException {
		IOException error = readError("recode.xml", ddi("<var ID=\"V1\" name=\"q1\"/>\n<var ID=\"V2\" name=\"q2\">"
				+ "<derivation var=\"V1\"><drvcmd syntax=\"Stata\">recode q1 (1 = 2</drvcmd></derivation></var>", "VoxPop"));
		assertTrue(error.getMessage().contains("recode.xml line 6: <drvcmd> of variable q2: cannot read the Stata recode"),
				error.getMessage());
	}

	@Test
	void aVariableWithoutNameCannotBeWritten() {
		Study study = F.createStudy();
		study.getVariables().add(F.createVariable());
		Path file = folder.resolve("out.xml");
		IOException error = assertThrows(IOException.class, () -> DdiCodebook.write(study, file));
		assertTrue(error.getMessage().contains("out.xml: variable 1 has no name"), error.getMessage());
		assertFalse(Files.exists(file));
	}

	@Test
	void textXmlCannotHoldIsReported() {
		Study study = F.createStudy();
		Variable v = F.createVariable();
		v.setName("q1");
		v.setLabel("bell \u0007");
		study.getVariables().add(v);
		IOException error = assertThrows(IOException.class, () -> DdiCodebook.write(study, folder.resolve("out.xml")));
		assertTrue(error.getMessage().contains("variable q1: \"bell \u0007\" holds the character U+0007"),
				error.getMessage());
	}

	// ---------------------------------------------------------------------------------------------- helpers

	/** A study that sets every attribute and reference of the codebook model. */
	static Study everyFeature() {
		Study study = F.createStudy();
		study.setName("kj2024");
		study.setTitle("Korea–Japan poll «2024» & <more>");
		study.setCountry("Korea");
		study.setYear(2024);
		study.setWave("W3");
		study.setFieldworkStart("2024-03-01");
		study.setFieldworkEnd("2024-03-31");
		study.setCaseCount(1200);
		study.setFileEncoding("windows-1252");
		study.getDocuments().add("First document line\r\nsecond line\n");
		study.getDocuments().add("  indented, with \"quotes\" and ]]> ");
		study.getDocuments().add("");

		Variable threat = variable(study, "threat", MeasurementLevel.ORDINAL);
		threat.setLabel("Threat perception: North Korea");
		threat.setPreQuestionText("Now some questions about neighbours.");
		threat.setQuestionText("How much of a threat is North Korea to our country?");
		threat.setPostQuestionText("Thank you.");
		threat.setInterviewerInstruction("Do not read out 'not sure'.");
		threat.setUniverse("Respondents who voted (q3 = 1)");
		threat.setConcept("Threat perception");
		threat.setFormat("F1.0");
		threat.setReferenceCode(4);
		category(threat, 1, "Not at all", MissingKind.NONE);
		category(threat, 4, "Very much", MissingKind.NONE);
		category(threat, 0.5, "Half", MissingKind.NONE);
		category(threat, 8, "Not sure", MissingKind.NOT_SURE);
		category(threat, -9, "No response", MissingKind.NO_RESPONSE);
		category(threat, STATA_A, "Not asked (.a)", MissingKind.NOT_ASKED);
		category(threat, 7, null, MissingKind.OTHER);
		category(threat, 6, "", MissingKind.SYSTEM);
		range(threat, 1, 4, MissingKind.NONE);
		range(threat, 90, Double.POSITIVE_INFINITY, MissingKind.NO_RESPONSE);
		range(threat, Double.NEGATIVE_INFINITY, -90, MissingKind.OTHER);
		range(threat, 0.5, 0.75, MissingKind.NONE);
		range(threat, STATA_A, STATA_Z, MissingKind.NOT_ASKED);

		Variable top2 = variable(study, "threat_top2", MeasurementLevel.NOMINAL);
		top2.setLabel("Threat: top-2 box");
		Derivation derivation = F.createDerivation();
		derivation.setSource(threat);
		rule(derivation, Double.NEGATIVE_INFINITY, 2, 0);
		rule(derivation, 3, Double.POSITIVE_INFINITY, 1);
		rule(derivation, Double.NaN, Double.NaN, 9);
		rule(derivation, 8, 8, Double.NaN);
		rule(derivation, 0.25, 1.5, -0.125);
		derivation.setOtherwise(Otherwise.SYSTEM_MISSING);
		top2.setDerivation(derivation);

		Variable reversed = variable(study, "threat_rev", MeasurementLevel.ORDINAL);
		Derivation reverse = F.createDerivation();
		reverse.setSource(threat);
		rule(reverse, 1, 1, 4);
		rule(reverse, 4, 4, 1);
		reversed.setDerivation(reverse);

		Variable country = variable(study, "country_code", MeasurementLevel.NOMINAL);
		country.setValueType(ValueType.STRING);
		country.setWidth(20);
		country.setFormat("A20");
		Category kr = category(country, 0, "Korea", MissingKind.NONE);
		kr.setText("KR");
		Category unknown = category(country, 0, "Unknown", MissingKind.NO_RESPONSE);
		unknown.setText("??  x");

		Variable age = variable(study, "age", MeasurementLevel.SCALE);
		age.setFormat("%9.0g");
		Variable income = variable(study, "income", null);
		income.setFormat("dollar-ish");
		income.setLabel("Income\twith a tab");

		Variable weight = variable(study, "w", null);
		weight.setWeightType(WeightType.POST_STRATIFICATION);
		study.setWeightVariable(weight);
		Variable frequency = variable(study, "fw", null);
		frequency.setWeightType(WeightType.FREQUENCY);

		Variable tv = variable(study, "media_tv", MeasurementLevel.NOMINAL);
		Variable web = variable(study, "media_web", MeasurementLevel.NOMINAL);
		category(tv, 1, "Selected", MissingKind.NONE);
		MultipleResponseSet dichotomies = F.createMultipleResponseSet();
		dichotomies.setName("media");
		dichotomies.setLabel("Media used");
		dichotomies.setType(MultipleResponseType.DICHOTOMIES);
		dichotomies.setCountedValue("1");
		dichotomies.setCategoryLabelSource(true);
		dichotomies.getVariables().addAll(List.of(tv, web));
		study.getMultipleResponseSets().add(dichotomies);
		MultipleResponseSet categories = F.createMultipleResponseSet();
		categories.setName("partners");
		categories.setType(MultipleResponseType.CATEGORIES);
		categories.getVariables().addAll(List.of(web, tv));
		study.getMultipleResponseSets().add(categories);
		MultipleResponseSet emptySet = F.createMultipleResponseSet();
		emptySet.setName("none yet");
		study.getMultipleResponseSets().add(emptySet);

		QuestionSet battery = F.createQuestionSet();
		battery.setName("threat-battery");
		battery.setLabel("Threat battery");
		battery.setQuestionText("How much of a threat is each of these countries?");
		battery.getVariables().addAll(List.of(threat, reversed));
		study.getQuestionSets().add(battery);
		QuestionSet bare = F.createQuestionSet();
		bare.setName("bare");
		study.getQuestionSets().add(bare);
		return study;
	}

	private static Variable variable(Study study, String name, MeasurementLevel level) {
		Variable variable = F.createVariable();
		variable.setName(name);
		if (level != null) {
			variable.setMeasurementLevel(level);
		}
		study.getVariables().add(variable);
		return variable;
	}

	private static Category category(Variable variable, double code, String label, MissingKind kind) {
		Category category = F.createCategory();
		category.setCode(code);
		category.setLabel(label);
		category.setMissingKind(kind);
		variable.getCategories().add(category);
		return category;
	}

	private static void range(Variable variable, double low, double high, MissingKind kind) {
		ValueRange range = F.createValueRange();
		range.setLow(low);
		range.setHigh(high);
		range.setMissingKind(kind);
		variable.getValueRanges().add(range);
	}

	private static void rule(Derivation derivation, double low, double high, double value) {
		RecodeRule rule = F.createRecodeRule();
		rule.setLow(low);
		rule.setHigh(high);
		rule.setValue(value);
		derivation.getRules().add(rule);
	}

	private static byte[] bytes(Study study) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		DdiCodebook.write(study, out);
		return out.toByteArray();
	}

	/** A small DDI document from another tool, its dataDscr content starting on line 5. */
	private static String ddi(String dataDscr) {
		return ddi(dataDscr, "Nesstar");
	}

	private static String ddi(String dataDscr, String software) {
		return "<?xml version=\"1.0\"?>\n<codeBook xmlns=\"ddi:codebook:2_5\" version=\"2.5\"><docDscr><citation><titlStmt>"
				+ "<titl>t</titl></titlStmt><prodStmt><software>" + software + "</software></prodStmt></citation></docDscr>\n"
				+ "<stdyDscr><citation><titlStmt><titl>t</titl></titlStmt></citation></stdyDscr>\n<dataDscr>\n" + dataDscr
				+ "\n</dataDscr></codeBook>\n";
	}

	private IOException readError(String name, String content) throws IOException {
		Path file = folder.resolve(name);
		Files.writeString(file, content);
		return assertThrows(IOException.class, () -> DdiCodebook.read(file));
	}

	private static void validate(byte[] xml) throws IOException {
		assertEquals(List.of(), errors(xml), () -> "valid DDI Codebook 2.5:\n" + new String(xml, StandardCharsets.UTF_8));
	}

	private static List<String> errors(byte[] xml) throws IOException {
		Validator validator = schema.newValidator();
		Collected errors = new Collected();
		validator.setErrorHandler(errors);
		try {
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
		} catch (SAXException e) {
			errors.messages.add(e.getMessage());
		}
		return errors.messages;
	}

	private static String diff(Study expected, Study actual) {
		ByteArrayOutputStream a = new ByteArrayOutputStream();
		ByteArrayOutputStream b = new ByteArrayOutputStream();
		try {
			DdiCodebook.write(expected, a);
			DdiCodebook.write(actual, b);
		} catch (IOException e) {
			return e.toString();
		}
		String[] left = a.toString(StandardCharsets.UTF_8).split("\n");
		String[] right = b.toString(StandardCharsets.UTF_8).split("\n");
		for (int i = 0; i < Math.max(left.length, right.length); i++) {
			String l = i < left.length ? left[i] : "";
			String r = i < right.length ? right[i] : "";
			if (!l.equals(r)) {
				return "first difference at line " + (i + 1) + ":\n written: " + l + "\n read:    " + r;
			}
		}
		return "(the DDI of both is the same; they differ in something DDI does not show)";
	}

	/** Collects every error and warning instead of stopping at the first. */
	private static final class Collected implements ErrorHandler {
		final List<String> messages = new ArrayList<>();

		@Override
		public void warning(SAXParseException e) {
			messages.add("warning line " + e.getLineNumber() + ": " + e.getMessage());
		}

		@Override
		public void error(SAXParseException e) {
			messages.add("line " + e.getLineNumber() + ": " + e.getMessage());
		}

		@Override
		public void fatalError(SAXParseException e) {
			messages.add("fatal line " + e.getLineNumber() + ": " + e.getMessage());
		}
	}

	/** Resolves includes, imports and DTD entities against the including file, and only to local files. */
	private static final LSResourceResolver RELATIVE_FILES = (type, namespace, publicId, systemId, baseUri) -> {
		if (systemId == null || baseUri == null) {
			return null;
		}
		URI resolved;
		try {
			resolved = new URI(baseUri).resolve(new URI(systemId));
		} catch (URISyntaxException e) {
			return null;
		}
		if (!"file".equals(resolved.getScheme())) {
			return null;
		}
		return new Input(publicId, resolved.toString(), baseUri);
	};

	/** An input given by its system ID only; the parser opens it. */
	private record Input(String publicId, String systemId, String baseUri) implements LSInput {
		@Override
		public java.io.Reader getCharacterStream() {
			return null;
		}

		@Override
		public void setCharacterStream(java.io.Reader characterStream) {
		}

		@Override
		public java.io.InputStream getByteStream() {
			return null;
		}

		@Override
		public void setByteStream(java.io.InputStream byteStream) {
		}

		@Override
		public String getStringData() {
			return null;
		}

		@Override
		public void setStringData(String stringData) {
		}

		@Override
		public String getSystemId() {
			return systemId;
		}

		@Override
		public void setSystemId(String systemId) {
		}

		@Override
		public String getPublicId() {
			return publicId;
		}

		@Override
		public void setPublicId(String publicId) {
		}

		@Override
		public String getBaseURI() {
			return baseUri;
		}

		@Override
		public void setBaseURI(String baseURI) {
		}

		@Override
		public String getEncoding() {
			return null;
		}

		@Override
		public void setEncoding(String encoding) {
		}

		@Override
		public boolean getCertifiedText() {
			return false;
		}

		@Override
		public void setCertifiedText(boolean certifiedText) {
		}
	}
}
