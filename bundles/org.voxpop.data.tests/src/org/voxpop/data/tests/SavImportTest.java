package org.voxpop.data.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.voxpop.codebook.Category;
import org.voxpop.codebook.MeasurementLevel;
import org.voxpop.codebook.MissingKind;
import org.voxpop.codebook.MultipleResponseSet;
import org.voxpop.codebook.MultipleResponseType;
import org.voxpop.codebook.Study;
import org.voxpop.codebook.ValueRange;
import org.voxpop.codebook.ValueType;
import org.voxpop.codebook.Variable;
import org.voxpop.codebook.WeightType;
import org.voxpop.data.Column;
import org.voxpop.data.DataImportException;
import org.voxpop.data.Dataset;
import org.voxpop.data.ImportSource;
import org.voxpop.data.Importers;
import org.voxpop.data.NumericColumn;
import org.voxpop.data.StringColumn;
import org.voxpop.data.tests.SavFacts.Fact;

/**
 * SPSS system files written by GNU PSPP, R haven and ReadStat, imported through the registry and compared with what
 * R haven and PSPP read from them (fixtures/sav, see PROVENANCE.md there).
 */
class SavImportTest {

	private static final Map<String, List<Fact>> HAVEN = SavFacts.read("expected_haven.tsv");
	private static final Map<String, List<Fact>> PSPP = SavFacts.read("expected_pspp.tsv");

	@TempDir
	Path folder;

	static Dataset load(Path file) throws DataImportException {
		return Importers.importDataset(ImportSource.of(file), new NullProgressMonitor());
	}

	static Dataset load(String fixture) throws DataImportException {
		return load(SavFacts.fixture(fixture));
	}

	@TestFactory
	Stream<DynamicTest> everyFixtureReadsAsRHavenReadsIt() {
		assertTrue(HAVEN.size() >= 9, "facts for every fixture: " + HAVEN.keySet());
		return HAVEN.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
			Dataset data = load(e.getKey());
			Map<String, List<Fact>> byVariable = new HashMap<>();
			for (Fact fact : e.getValue()) {
				switch (fact.key()) {
				case "rows" -> assertEquals(Integer.parseInt(fact.value()), data.rowCount());
				case "columns" -> assertEquals(List.of(fact.value().split(" ")), data.columnNames());
				case "file_label" -> assertEquals(fact.value(), data.codebook().getTitle());
				default -> byVariable.computeIfAbsent(fact.variable(), v -> new ArrayList<>()).add(fact);
				}
			}
			if (e.getValue().stream().noneMatch(f -> f.key().equals("file_label"))) {
				assertNull(data.codebook().getTitle());
			}
			for (Map.Entry<String, List<Fact>> variable : byVariable.entrySet()) {
				assertVariable(data, variable.getKey(), variable.getValue());
			}
		}));
	}

	private static void assertVariable(Dataset data, String name, List<Fact> facts) {
		Variable variable = data.codebook().getVariable(name);
		Column column = data.column(name);
		assertNotNull(variable, name);
		List<String> values = new ArrayList<>();
		Map<String, String> labels = new HashMap<>();
		List<String> missing = new ArrayList<>();
		List<Fact> ranges = new ArrayList<>();
		String label = null;
		for (Fact fact : facts) {
			switch (fact.key()) {
			case "type" -> assertEquals(fact.value().equals("string") ? ValueType.STRING : ValueType.NUMERIC,
					variable.getValueType(), name);
			case "label" -> label = fact.value();
			case "format" -> assertEquals(fact.value(), variable.getFormat(), name);
			case "value" -> values.add(fact.value());
			case "value_label" -> labels.put(key(variable, fact.value()), fact.values().get(1));
			case "na_value" -> missing.add(key(variable, fact.value()));
			case "na_range" -> ranges.add(fact);
			default -> throw new AssertionError("unknown fact " + fact);
			}
		}
		assertEquals(label, variable.getLabel(), name);
		if (column instanceof NumericColumn numbers) {
			assertArrayEquals(values.stream().mapToDouble(SavFacts::number).toArray(), numbers.values(), name);
		} else {
			assertArrayEquals(values.toArray(), assertInstanceOf(StringColumn.class, column).values(), name);
		}
		Map<String, String> labelled = new HashMap<>();
		List<String> missingCategories = new ArrayList<>();
		for (Category category : variable.getCategories()) {
			String key = variable.getValueType() == ValueType.STRING ? category.getText() : key(variable, Double.toString(category.getCode()));
			if (category.getLabel() != null) {
				labelled.put(key, category.getLabel());
			}
			if (category.isMissing() && !inMissingRange(variable, category.getCode())) {
				missingCategories.add(key);
			}
		}
		assertEquals(labels, labelled, name + ": value labels");
		assertEquals(missing.stream().sorted().toList(), missingCategories.stream().sorted().toList(),
				name + ": discrete missing values");
		assertEquals(ranges.size(), variable.getValueRanges().size(), name + ": missing ranges");
		for (int i = 0; i < ranges.size(); i++) {
			ValueRange range = variable.getValueRanges().get(i);
			assertEquals(SavFacts.number(ranges.get(i).values().get(0)), range.getLow(), name);
			assertEquals(SavFacts.number(ranges.get(i).values().get(1)), range.getHigh(), name);
			assertEquals(MissingKind.OTHER, range.getMissingKind(), name);
		}
		for (Category category : variable.getCategories()) {
			if (variable.getValueType() == ValueType.NUMERIC && inMissingRange(variable, category.getCode())) {
				assertTrue(category.isMissing(), name + ": a labelled code inside a missing range is missing");
			}
		}
	}

	private static boolean inMissingRange(Variable variable, double code) {
		return variable.getValueType() == ValueType.NUMERIC
				&& variable.getValueRanges().stream().anyMatch(r -> r.isMissing() && r.contains(code));
	}

	/** A value as a map key: a number's value, a string without trailing blanks (R keeps PSPP's padding). */
	private static String key(Variable variable, String value) {
		return variable.getValueType() == ValueType.STRING ? value.stripTrailing()
				: Double.toString(SavFacts.number(value));
	}

	@TestFactory
	Stream<DynamicTest> everyFixtureReadsAsPsppReadsIt() {
		assertEquals(HAVEN.keySet(), PSPP.keySet());
		return PSPP.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
			Dataset data = load(e.getKey());
			Study study = data.codebook();
			List<String> documents = new ArrayList<>();
			List<MultipleResponseSet> sets = new ArrayList<>(study.getMultipleResponseSets());
			for (Fact fact : e.getValue()) {
				switch (fact.key()) {
				case "cases" -> {
					assertEquals(Integer.parseInt(fact.value()), study.getCaseCount());
					assertEquals(study.getCaseCount(), data.rowCount());
				}
				case "variables" -> assertEquals(Integer.parseInt(fact.value()), data.columnCount());
				case "encoding" -> assertEquals(Charset.forName(fact.value()), Charset.forName(study.getFileEncoding()));
				case "label" -> assertEquals(fact.value(), study.getTitle());
				case "document" -> documents.add(fact.value());
				case "weight" -> {
					if (fact.value().equals("OFF")) {
						assertNull(study.getWeightVariable());
					} else {
						assertEquals(fact.value(), study.getWeightVariable().getName());
						assertEquals(WeightType.FREQUENCY, study.getWeightVariable().getWeightType());
					}
				}
				case "measure" -> assertEquals(measure(e.getKey(), fact.value()),
						study.getVariable(fact.variable()).getMeasurementLevel(), fact.variable());
				case "mrset" -> {
					MultipleResponseSet set = study.getMultipleResponseSet(fact.value().substring(1));
					assertNotNull(set, fact.value());
					sets.remove(set);
					assertEquals(fact.values().get(1), set.getLabel());
					assertEquals(fact.values().get(2).equals("Categories") ? MultipleResponseType.CATEGORIES
							: MultipleResponseType.DICHOTOMIES, set.getType());
					assertEquals(fact.values().get(3).isEmpty() ? null : fact.values().get(3), set.getCountedValue());
					assertEquals(List.of(fact.values().get(4).split(" ")),
							set.getVariables().stream().map(Variable::getName).toList());
				}
				case "compression", "integer_format" -> {
					// how the file was written, not what it says
				}
				default -> throw new AssertionError("unknown fact " + fact);
				}
			}
			assertEquals(documents, study.getDocuments());
			assertEquals(List.of(), sets, "sets PSPP does not know");
		}));
	}

	/**
	 * The level PSPP reports, except that ReadStat's command line writes 0 ("unknown") for every variable, which PSPP
	 * shows as nominal, while VoxPop keeps the model's default.
	 */
	private static MeasurementLevel measure(String file, String pspp) {
		return file.equals("readstat_csv.sav") ? MeasurementLevel.SCALE : MeasurementLevel.valueOf(pspp.toUpperCase());
	}

	@Test
	void theCountedValuesFlagFollowsTheMrsetsSyntax() throws Exception {
		Study study = load("pspp_full_bytecode.sav").codebook();
		String syntax = Files.readString(SavFacts.fixture("pspp_full.sps"), StandardCharsets.UTF_8);
		Matcher group = Pattern.compile("/M[CD]GROUP NAME=\\$(\\w+)([^/]*)").matcher(syntax.split("MRSETS")[1]);
		int groups = 0;
		while (group.find()) {
			groups++;
			assertEquals(group.group(2).contains("CATEGORYLABELS=COUNTEDVALUES"),
					study.getMultipleResponseSet(group.group(1)).isCategoryLabelSource(), group.group(1));
		}
		assertEquals(3, groups);
	}

	@Test
	void theThreeCompressionsGiveTheSameDataset() throws Exception {
		Dataset plain = load("pspp_full_uncompressed.sav");
		for (String other : List.of("pspp_full_bytecode.sav", "pspp_full.zsav")) {
			SavFacts.assertSameDataset(plain, load(other));
		}
		SavFacts.assertSameDataset(load("haven_none.sav"), load("haven_byte.sav"));
		SavFacts.assertSameDataset(load("haven_none.sav"), load("haven_zsav.zsav"));
	}

	@Test
	void missingCodesGetTheKindTheirLabelsSay() throws Exception {
		Variable satisfaction = load("pspp_full.zsav").codebook().getVariable("satisfaction_overall");
		assertKind(satisfaction, "Not sure", MissingKind.NOT_SURE);
		assertKind(satisfaction, "Refused", MissingKind.NO_RESPONSE);
		assertKind(satisfaction, "Very satisfied", MissingKind.NONE);
		Variable answer = load("haven_byte.sav").codebook().getVariable("answer");
		assertKind(answer, "Don't know", MissingKind.NOT_SURE);
		assertKind(answer, "No answer", MissingKind.NO_RESPONSE);
		Variable region = load("pspp_full.zsav").codebook().getVariable("region");
		assertKind(region, "Unknown region", MissingKind.OTHER);
		Variable q1 = load("pspp_full.zsav").codebook().getVariable("q1");
		List<Category> unlabelled = q1.getCategories().stream().filter(c -> c.getLabel() == null).toList();
		assertEquals(1, unlabelled.size(), "the discrete missing value without a label");
		assertEquals(MissingKind.OTHER, unlabelled.get(0).getMissingKind());
		assertEquals(0, region.getTextCategory("XX").getCode());
	}

	private static void assertKind(Variable variable, String label, MissingKind kind) {
		Category category = variable.getCategories().stream().filter(c -> label.equals(c.getLabel())).findFirst()
				.orElseThrow(() -> new AssertionError("no category labelled " + label + " in " + variable.getName()));
		assertEquals(kind, category.getMissingKind(), label);
	}

	@Test
	void theUsersEncodingOverridesTheFiles() throws Exception {
		Path file = SavFacts.fixture("pspp_full_bytecode.sav");
		Dataset data = Importers.importDataset(new ImportSource(file, null, StandardCharsets.ISO_8859_1),
				new NullProgressMonitor());
		assertEquals("ISO-8859-1", data.codebook().getFileEncoding());
		String utf8Label = load(file).codebook().getVariable("q1").getLabel();
		assertEquals(new String(utf8Label.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1),
				data.codebook().getVariable("q1").getLabel());
	}

	@Test
	void withoutTheEncodingRecordTheCharacterCodeDecides() throws Exception {
		byte[] bytes = Files.readAllBytes(SavFacts.fixture("pspp_legacy_1252.sav"));
		int record = indexOf(bytes, ints(7, 20, 1, 12));
		ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(record + 4, 9999); // an unknown subtype: skipped
		Path file = write("nocharset.sav", bytes);
		Dataset patched = load(file);
		Dataset original = load("pspp_legacy_1252.sav");
		assertEquals("windows-1252", patched.codebook().getFileEncoding());
		SavFacts.assertSameDataset(original, patched);
	}

	@Test
	void anUnknownEncodingIsNamedWithWhatToDo() throws Exception {
		byte[] bytes = Files.readAllBytes(SavFacts.fixture("pspp_legacy_1252.sav"));
		int name = indexOf(bytes, "WINDOWS-1252".getBytes(StandardCharsets.US_ASCII));
		System.arraycopy("NO-SUCH-CODE".getBytes(StandardCharsets.US_ASCII), 0, bytes, name, 12);
		Path file = write("strange.sav", bytes);
		DataImportException error = assertThrows(DataImportException.class, () -> load(file));
		assertEquals("strange.sav: the file declares the character encoding 'NO-SUCH-CODE', which is not known here. "
				+ "Give the encoding to use with --encoding (e.g. --encoding windows-1252).", error.getMessage());
		Dataset data = Importers.importDataset(new ImportSource(file, null, Charset.forName("windows-1252")),
				new NullProgressMonitor());
		SavFacts.assertSameDataset(load("pspp_legacy_1252.sav"), data);
	}

	@Test
	void theRegistryPicksTheImporterForSavAndZsav() throws Exception {
		assertTrue(Importers.all().stream().anyMatch(c -> "sav,zsav".equals(c.attribute("fileExtensions"))));
		Path upper = Files.copy(SavFacts.fixture("haven_zsav.zsav"), folder.resolve("COPY.ZSAV"));
		assertEquals(4, load(upper).rowCount());
	}

	@Test
	void aFileThatIsNotASystemFileIsNamed() throws IOException {
		Path file = write("x.sav", new byte[] { 'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0 });
		DataImportException error = assertThrows(DataImportException.class, () -> load(file));
		assertEquals("x.sav: not an SPSS system file (the first 4 bytes are 'PK..', expected $FL2 or $FL3)",
				error.getMessage());
	}

	@Test
	void aTruncatedFileSaysWhere() throws Exception {
		byte[] whole = Files.readAllBytes(SavFacts.fixture("pspp_full_uncompressed.sav"));
		for (int length : new int[] { 2, 100, 200, 400, 1000, 3000, whole.length - 10 }) {
			Path file = write("cut" + length + ".sav", Arrays.copyOf(whole, length));
			DataImportException error = assertThrows(DataImportException.class, () -> load(file));
			String message = error.getMessage();
			assertTrue(message.startsWith("cut" + length + ".sav: "), message);
			if (length > 4) {
				assertTrue(message.contains("truncated") && message.contains("byte"), message);
			}
		}
		Path file = write("cut.sav", Arrays.copyOf(whole, whole.length - 10));
		DataImportException error = assertThrows(DataImportException.class, () -> load(file));
		assertEquals("cut.sav: truncated at byte " + (whole.length - 10) + " in case 5 of 5. "
				+ "The file is incomplete; copy or download it again.", error.getMessage());
		for (String compressed : List.of("pspp_full_bytecode.sav", "pspp_full.zsav", "haven_zsav.zsav")) {
			byte[] bytes = Files.readAllBytes(SavFacts.fixture(compressed));
			for (int cut : new int[] { bytes.length - 5, bytes.length - 60, bytes.length * 3 / 4 }) {
				Path part = write("part-" + cut + "-" + compressed, Arrays.copyOf(bytes, cut));
				String message = assertThrows(DataImportException.class, () -> load(part)).getMessage();
				assertTrue(message.startsWith(part.getFileName() + ": ") && message.contains("truncated"), message);
			}
		}
	}

	@Test
	void aCorruptCaseCountIsNotBelieved() throws Exception {
		byte[] bytes = Files.readAllBytes(SavFacts.fixture("pspp_full_uncompressed.sav"));
		ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(80, Integer.MAX_VALUE);
		Path file = write("count.sav", bytes);
		String message = assertThrows(DataImportException.class, () -> load(file)).getMessage();
		assertEquals("count.sav: truncated at byte " + bytes.length + " in case 6 of 2147483647. "
				+ "The file is incomplete; copy or download it again.", message);
	}

	@Test
	void aCorruptRecordLengthIsNotBelieved() throws Exception {
		byte[] bytes = Files.readAllBytes(SavFacts.fixture("pspp_full_bytecode.sav"));
		int record = indexOf(bytes, ints(7, 3, 4, 8));
		ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(record + 12, 0x3fffffff);
		Path file = write("huge.sav", bytes);
		String message = assertThrows(DataImportException.class, () -> load(file)).getMessage();
		assertTrue(message.startsWith("huge.sav: the extension record (subtype 3) at byte " + record + " claims 4 x "
				+ 0x3fffffff + " bytes"), message);
	}

	@Test
	void anUnknownCaseCountIsReadToTheEnd() throws Exception {
		for (String name : List.of("pspp_full_uncompressed.sav", "pspp_full_bytecode.sav", "pspp_full.zsav")) {
			byte[] bytes = Files.readAllBytes(SavFacts.fixture(name));
			ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(80, -1);
			SavFacts.assertSameDataset(load(name), load(write("unknown-" + name, bytes)));
		}
	}

	@Test
	void aCancelledImportStops() {
		NullProgressMonitor monitor = new NullProgressMonitor();
		monitor.setCanceled(true);
		assertThrows(OperationCanceledException.class,
				() -> Importers.importDataset(ImportSource.of(SavFacts.fixture("pspp_full.zsav")), monitor));
	}

	@Test
	void aVeryLongStringIsOneColumn() throws Exception {
		Dataset data = load("pspp_full_bytecode.sav");
		Variable essay = data.codebook().getVariable("essay");
		assertEquals(ValueType.STRING, essay.getValueType());
		String longest = Arrays.stream(((StringColumn) data.column("essay")).values())
				.max((a, b) -> Integer.compare(a.length(), b.length())).orElseThrow();
		assertTrue(longest.length() > 255, "joined across segments: " + longest.length());
		assertTrue(essay.getWidth() > 255);
		assertEquals(HAVEN.get("pspp_full_bytecode.sav").stream()
				.filter(f -> f.variable().equals("essay") && f.key().equals("format")).findFirst().orElseThrow()
				.value(), "A" + essay.getWidth(), "the width R reads");
		assertFalse(data.columnNames().stream().anyMatch(n -> !n.equals("essay") && n.toLowerCase().startsWith("essa")),
				"no segment columns: " + data.columnNames());
	}

	private Path write(String name, byte[] bytes) throws IOException {
		return Files.write(folder.resolve(name), bytes);
	}

	static byte[] ints(int... values) {
		ByteBuffer buffer = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
		for (int value : values) {
			buffer.putInt(value);
		}
		return buffer.array();
	}

	static int indexOf(byte[] bytes, byte[] pattern) {
		outer: for (int i = 0; i + pattern.length <= bytes.length; i++) {
			for (int j = 0; j < pattern.length; j++) {
				if (bytes[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		throw new AssertionError("pattern not found");
	}
}
