package org.voxpop.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voxpop.codebook.Category;
import org.voxpop.codebook.MeasurementLevel;
import org.voxpop.codebook.MissingKind;
import org.voxpop.codebook.Study;
import org.voxpop.codebook.ValueRange;
import org.voxpop.codebook.ValueType;
import org.voxpop.codebook.Variable;
import org.voxpop.data.Codes;
import org.voxpop.data.DataImportException;
import org.voxpop.data.Dataset;
import org.voxpop.data.ImportSource;
import org.voxpop.data.Importers;
import org.voxpop.data.NumericColumn;
import org.voxpop.data.StringColumn;
import org.voxpop.test.support.Fixtures;
import org.voxpop.test.support.Json;

/**
 * Stata files written by R haven and pandas (fixtures/dta, see PROVENANCE.md there) read through the registry, and
 * compared with what R haven reads from them (fixtures/dta/expected); and broken files.
 */
class DtaImportTest {

	private static final String BUNDLE = "org.voxpop.data.tests";

	private static final List<String> FIXTURES = List.of("haven_117", "haven_118", "haven_119", "pandas_117_lsf",
			"pandas_117_msf", "pandas_118_lsf", "pandas_118_msf", "pandas_119_lsf", "pandas_119_msf");

	@TempDir
	Path folder;

	@Test
	void everyFixtureReadsAsHavenReadsIt() throws Exception {
		for (String name : FIXTURES) {
			compare(name);
		}
	}

	@SuppressWarnings("unchecked")
	private static void compare(String name) throws Exception {
		Map<String, Object> expected = expectation(name);
		Path file = fixture(name + ".dta");
		int release = ((Double) expected.get("release")).intValue();
		Charset encoding = Charset.forName((String) expected.get("encoding"));
		boolean override = release == 117 && !encoding.name().equals("windows-1252");
		Dataset data = Importers.importDataset(new ImportSource(file, null, override ? encoding : null),
				new NullProgressMonitor());
		Study study = data.codebook();
		int rows = ((Double) expected.get("rows")).intValue();
		assertEquals(rows, data.rowCount(), name);
		assertEquals(rows, study.getCaseCount(), name);
		assertEquals(expected.get("label"), study.getTitle(), name);
		assertEquals(encoding.name(), study.getFileEncoding(), name);
		List<Map<String, Object>> variables = (List<Map<String, Object>>) expected.get("variables");
		assertEquals(variables.stream().map(v -> v.get("name")).toList(), data.columnNames(), name);
		for (Map<String, Object> described : variables) {
			String variableName = (String) described.get("name");
			String where = name + " " + variableName;
			Variable variable = study.getVariable(variableName);
			assertEquals(described.get("label"), variable.getLabel(), where);
			assertEquals(described.get("format"), variable.getFormat(), where);
			List<String> values = (List<String>) (List<?>) described.get("values");
			if (readByPandas(name, release, variable)) {
				Map<String, Object> strings = (Map<String, Object>) expectation(name + ".pandas").get("strings");
				values = (List<String>) strings.get(variableName);
			}
			if (described.get("type").equals("string")) {
				assertEquals(ValueType.STRING, variable.getValueType(), where);
				StringColumn column = assertInstanceOf(StringColumn.class, data.column(variableName), where);
				assertEquals(values, Arrays.asList(column.values()), where);
			} else {
				assertEquals(ValueType.NUMERIC, variable.getValueType(), where);
				NumericColumn column = assertInstanceOf(NumericColumn.class, data.column(variableName), where);
				double[] codes = values.stream().mapToDouble(DtaImportTest::code).toArray();
				assertTrue(Arrays.equals(codes, column.values()), where + ": expected " + values + ", read "
						+ Arrays.stream(column.values()).mapToObj(Codes::format).toList());
				assertExtendedMissingRange(variable, where);
			}
			List<Map<String, Object>> categories = (List<Map<String, Object>>) described.get("categories");
			if (categories == null) {
				assertTrue(variable.getCategories().isEmpty(), where);
				assertEquals(MeasurementLevel.SCALE, variable.getMeasurementLevel(), where);
				continue;
			}
			assertEquals(MeasurementLevel.NOMINAL, variable.getMeasurementLevel(), where);
			List<String> expectedCategories = new ArrayList<>();
			for (Map<String, Object> category : categories) {
				expectedCategories.add(Codes.format(code((String) category.get("code"))) + "=" + category.get("label"));
			}
			assertEquals(expectedCategories, variable.getCategories().stream()
					.map(c -> Codes.format(c.getCode()) + "=" + c.getLabel()).toList(), where);
			for (Category category : variable.getCategories()) {
				if (Codes.stataMissingLetter(category.getCode()) == 0) {
					assertEquals(MissingKind.NONE, category.getMissingKind(), where + " " + category.getLabel());
				} else {
					assertTrue(category.isMissing(), where + " " + category.getLabel());
				}
			}
		}
	}

	/**
	 * Whether a string column is expected as pandas rather than haven reads it: the strings of pandas' files are,
	 * since haven (ReadStat) drops the trailing blanks of str# values, which Stata keeps, and reads release 119
	 * strLs with 118's reference layout (finding pandas' documented ones empty); but not pandas' release 117 strLs,
	 * which pandas writes in UTF-8 and reads back as latin-1. See PROVENANCE.md.
	 */
	private static boolean readByPandas(String name, int release, Variable variable) {
		boolean strL = variable.getValueType() == ValueType.STRING && variable.getWidth() == 0;
		return name.startsWith("pandas_") && variable.getValueType() == ValueType.STRING && !(release == 117 && strL);
	}

	private static void assertExtendedMissingRange(Variable variable, String where) {
		assertEquals(1, variable.getValueRanges().size(), where);
		ValueRange range = variable.getValueRanges().get(0);
		assertEquals(Codes.STATA_MISSING_A, range.getLow(), where);
		assertEquals(Codes.STATA_MISSING_Z, range.getHigh(), where);
		assertEquals(MissingKind.OTHER, range.getMissingKind(), where);
	}

	/** A value as the expectations write it: "." system missing, ".a" to ".z", or a number. */
	private static double code(String text) {
		if (text.equals(".")) {
			return Double.NaN;
		}
		if (text.length() == 2 && text.charAt(0) == '.') {
			return Codes.stataExtendedMissing(text.charAt(1));
		}
		return Double.parseDouble(text);
	}

	@Test
	void havenTaggedMissingValuesAreDistinctAndTheirLabelsSayWhy() throws Exception {
		Dataset data = Importers.importDataset(ImportSource.of(fixture("haven_118.dta")), new NullProgressMonitor());
		Variable trust = data.codebook().getVariable("trust");
		Category dontKnow = trust.getCategory(Codes.stataExtendedMissing('a'));
		assertEquals("Don't know", dontKnow.getLabel());
		assertEquals(MissingKind.NOT_SURE, dontKnow.getMissingKind());
		assertEquals(MissingKind.NO_RESPONSE, trust.getCategory(Codes.stataExtendedMissing('z')).getMissingKind());
		assertEquals(MissingKind.NONE, trust.getCategory(1).getMissingKind());
		double[] values = ((NumericColumn) data.column("trust")).values();
		assertEquals(MissingKind.NOT_SURE, trust.missingKindOf(values[2]));
		assertEquals(MissingKind.SYSTEM, trust.missingKindOf(values[4]));
		assertEquals(MissingKind.OTHER, data.codebook().getVariable("age").missingKindOf(Codes.stataExtendedMissing('q')));
	}

	@Test
	void stringWidthsComeFromTheTypes() throws Exception {
		Dataset data = Importers.importDataset(ImportSource.of(fixture("pandas_118_lsf.dta")), new NullProgressMonitor());
		Variable city = data.codebook().getVariable("city");
		assertEquals(maxUtf8Length(((StringColumn) data.column("city")).values()), city.getWidth(),
				"pandas sizes str# to the longest value");
		assertEquals(0, data.codebook().getVariable("note").getWidth(), "a strL has no fixed width");
	}

	private static int maxUtf8Length(String[] values) {
		return Arrays.stream(values).mapToInt(v -> v.getBytes(StandardCharsets.UTF_8).length).max().orElse(0);
	}

	@Test
	void release117TextsAreWindows1252UnlessTheUserSaysOtherwise() throws Exception {
		Path file = fixture("haven_117.dta"); // haven writes UTF-8 bytes into 117 files
		Dataset legacy = Importers.importDataset(ImportSource.of(file), new NullProgressMonitor());
		assertEquals("windows-1252", legacy.codebook().getFileEncoding());
		String utf8Bytes = new String("\u00c4rger".getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
		assertEquals(utf8Bytes, ((StringColumn) legacy.column("city")).values()[1]);
		Dataset utf8 = Importers.importDataset(new ImportSource(file, null, StandardCharsets.UTF_8),
				new NullProgressMonitor());
		assertEquals("\u00c4rger", ((StringColumn) utf8.column("city")).values()[1]);
		assertEquals("UTF-8", utf8.codebook().getFileEncoding());
	}

	@Test
	void theRegistryPicksTheDtaImporter() throws Exception {
		assertTrue(Importers.all().stream().anyMatch(c -> "dta".equals(c.attribute("fileExtensions"))));
		Path upper = folder.resolve("SURVEY.DTA");
		Files.copy(fixture("pandas_118_lsf.dta"), upper);
		assertEquals(5, Importers.importDataset(ImportSource.of(upper), new NullProgressMonitor()).rowCount());
	}

	@Test
	void wrongMagicIsNotAStataFile() throws IOException {
		Path file = write("notes.dta", "Just some text, not Stata at all".getBytes(StandardCharsets.US_ASCII));
		assertMessage(file, "notes.dta: not a Stata 117\u2013119 file (no <stata_dta> tag at the start)");
		assertMessage(write("empty.dta", new byte[0]), "empty.dta: not a Stata 117\u2013119 file");
	}

	@Test
	void olderAndNewerReleasesAreRefusedByNumber() throws IOException {
		byte[] release114 = new byte[200];
		release114[0] = 114;
		release114[1] = 2;
		release114[2] = 1;
		assertMessage(write("old.dta", release114), "old.dta: release 114 is not supported (VoxPop reads releases "
				+ "117, 118, 119; re-save with Stata 13 or later, or with `saveold`)");
		byte[] newer = Files.readAllBytes(fixture("haven_118.dta"));
		int at = new String(newer, StandardCharsets.ISO_8859_1).indexOf("<release>118") + "<release>".length();
		newer[at + 2] = '0';
		newer[at + 1] = '2';
		assertMessage(write("new.dta", newer), "new.dta: release 120 is not supported");
	}

	@Test
	void aFileCutAnywhereIsReportedAsTruncatedWithItsByte() throws IOException {
		byte[] whole = Files.readAllBytes(fixture("haven_118.dta"));
		long[] map = map(whole);
		long dataStart = map[9] + "<data>".length();
		long rowWidth = (map[10] - "</data>".length() - dataStart) / 6;
		int inThirdObservation = (int) (dataStart + 2 * rowWidth + 3);
		Path cut = write("cut.dta", Arrays.copyOf(whole, inThirdObservation));
		assertMessage(cut, "cut.dta: truncated at byte " + inThirdObservation + " in observation 3 of 6");
		for (int length : new int[] { 5, 40, 100, 200, 600, (int) map[8] + 3, (int) dataStart, (int) map[10] + 20,
				(int) map[11] + 30, whole.length - 1 }) {
			Path file = write("cut" + length + ".dta", Arrays.copyOf(whole, length));
			DataImportException error = importFails(file);
			assertTrue(error.getMessage().startsWith("cut" + length + ".dta: "), error.getMessage());
			assertTrue(error.getMessage().contains("truncated at byte " + length)
					|| error.getMessage().contains("beyond the end of the file (" + length + " bytes)")
					|| (length < "<stata_dta>".length() && error.getMessage().contains("not a Stata")),
					error.getMessage());
		}
	}

	@Test
	void aMapOffsetBeyondTheFileIsNamed() throws IOException {
		byte[] bytes = Files.readAllBytes(fixture("pandas_118_msf.dta"));
		int mapAt = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("<map>") + "<map>".length();
		ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN).putLong(mapAt + 9 * 8, 99_999_999L);
		assertMessage(write("map.dta", bytes), "map.dta: <map> says <data> starts at byte 99999999 beyond the end "
				+ "of the file (" + bytes.length + " bytes)");
		ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN).putLong(mapAt + 9 * 8, 100);
		assertMessage(write("map2.dta", bytes), "map2.dta: <map> says <data> starts at byte 100, but there is no "
				+ "<data> tag there");
	}

	private static long[] map(byte[] file) {
		int at = new String(file, StandardCharsets.ISO_8859_1).indexOf("<map>") + "<map>".length();
		ByteBuffer buffer = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
		long[] map = new long[14];
		for (int i = 0; i < 14; i++) {
			map[i] = buffer.getLong(at + 8 * i);
		}
		return map;
	}

	private static void assertMessage(Path file, String start) {
		DataImportException error = importFails(file);
		assertTrue(error.getMessage().startsWith(start), error.getMessage());
	}

	private static DataImportException importFails(Path file) {
		return assertThrows(DataImportException.class,
				() -> Importers.importDataset(ImportSource.of(file), new NullProgressMonitor()));
	}

	private Path write(String name, byte[] bytes) throws IOException {
		Path file = folder.resolve(name);
		Files.write(file, bytes);
		return file;
	}

	private static Path fixture(String name) {
		return Fixtures.file(BUNDLE, "fixtures/dta/" + name);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> expectation(String name) throws IOException {
		Path file = fixture("expected/" + name + ".json");
		Object parsed = Json.parse(Files.readString(file, StandardCharsets.UTF_8));
		assertNotNull(parsed, name);
		return (Map<String, Object>) parsed;
	}

	@Test
	void theJsonReaderReadsWhatTheExpectationsUse() {
		Object parsed = Json.parse("{\"a\": [\"x\\u00e4\\\"\", null, 2.5, true], \"b\": {}}");
		assertEquals(Map.of("a", Arrays.asList("x\u00e4\"", null, 2.5, true), "b", Map.of()), parsed);
		assertNull(Json.parse(" null "));
		assertThrows(IllegalArgumentException.class, () -> Json.parse("[1, 2"));
	}
}
