package org.voxpop.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.voxpop.codebook.CodebookFactory;
import org.voxpop.codebook.Study;
import org.voxpop.codebook.ValueType;
import org.voxpop.codebook.Variable;
import org.voxpop.codebook.io.CodebookIO;
import org.voxpop.core.Contribution;
import org.voxpop.data.Column;
import org.voxpop.data.DataImportException;
import org.voxpop.data.Dataset;
import org.voxpop.data.DatasetImporter;
import org.voxpop.data.ImportSource;
import org.voxpop.data.Importers;
import org.voxpop.data.NumericColumn;
import org.voxpop.data.StringColumn;
import org.voxpop.data.internal.xlsx.XlsxImporter;
import org.voxpop.test.support.Fixtures;
import org.voxpop.test.support.Json;

/**
 * The .xlsx importer against what openpyxl reads from workbooks that openpyxl wrote and that were written part by
 * part (fixtures/xlsx, expected.json; see PROVENANCE.md there), and on broken and hostile files.
 */
class XlsxImportTest {

	private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	@TempDir
	Path folder;

	private static Path fixture(String name) {
		return Fixtures.file("org.voxpop.data.tests", "fixtures/xlsx/" + name);
	}

	private static Dataset read(Path file) throws DataImportException {
		return Importers.importDataset(ImportSource.of(file), new NullProgressMonitor());
	}

	@ParameterizedTest
	@ValueSource(strings = { "survey.xlsx", "handmade.xlsx" })
	void valuesTypesAndFormatsAreAsOpenpyxlReadsThem(String name) throws Exception {
		Map<String, Object> expected = Json.object(Json.object(Json.read(fixture("expected.json"))).get(name));
		Dataset data = read(fixture(name));
		int cases = (int) Json.number(expected, "cases");
		assertEquals(cases, data.rowCount());
		assertEquals(cases, data.codebook().getCaseCount());
		assertEquals(name.substring(0, name.indexOf('.')), data.codebook().getName());
		List<Object> columns = Json.array(expected.get("columns"));
		assertEquals(columns.stream().map(c -> Json.object(c).get("name")).toList(), data.columnNames());
		for (Object c : columns) {
			Map<String, Object> column = Json.object(c);
			String columnName = (String) column.get("name");
			Variable variable = data.codebook().getVariable(columnName);
			List<Object> values = Json.array(column.get("values"));
			if (column.get("type").equals("numeric")) {
				NumericColumn numbers = assertInstanceOf(NumericColumn.class, data.column(columnName), columnName);
				assertEquals(column.get("format"), variable.getFormat(), columnName + " format");
				for (int i = 0; i < cases; i++) {
					double want = values.get(i) == null ? Double.NaN : (Double) values.get(i);
					assertEquals(want, numbers.get(i), 0, columnName + " case " + (i + 1));
				}
			} else {
				StringColumn texts = assertInstanceOf(StringColumn.class, data.column(columnName), columnName);
				assertEquals(ValueType.STRING, variable.getValueType());
				for (int i = 0; i < cases; i++) {
					// openpyxl 3.0.9 leaves the _xHHHH_ escapes of shared strings as they are; Excel decodes them
					String want = ((String) values.get(i)).replace("_x000D_", "\r");
					assertEquals(want, texts.values()[i], columnName + " case " + (i + 1));
				}
			}
		}
		assertEquals((int) Json.number(expected, "errorNotes"), data.notes().size(), data.notes().toString());
	}

	@Test
	void anErrorCellIsMissingWithANote() throws Exception {
		Dataset data = read(fixture("survey.xlsx"));
		assertEquals(List.of("survey.xlsx sheet 'Data': 1 error cell in column err (the first: #N/A in G4) read as missing."),
				data.notes());
	}

	@Test
	void theRegistryPicksTheXlsxImporter() {
		List<Contribution<DatasetImporter>> xlsx = Importers.all().stream()
				.filter(c -> List.of(c.attribute("fileExtensions").split(",")).contains("xlsx")).toList();
		assertEquals(1, xlsx.size());
		assertInstanceOf(XlsxImporter.class, xlsx.get(0).instance());
	}

	@Test
	void anotherSheetCanBeChosenByName() throws Exception {
		Dataset data = new XlsxImporter().importSheet(ImportSource.of(fixture("survey.xlsx")), "Other",
				new NullProgressMonitor());
		assertEquals(List.of("x", "y"), data.columnNames());
		assertEquals(20, ((NumericColumn) data.column("x")).get(1));
		assertEquals("twenty", ((StringColumn) data.column("y")).values()[1]);
		DataImportException error = assertThrows(DataImportException.class, () -> new XlsxImporter()
				.importSheet(ImportSource.of(fixture("survey.xlsx")), "Nope", new NullProgressMonitor()));
		assertEquals("survey.xlsx: no sheet 'Nope' (the sheets are [Data, Other]).", error.getMessage());
	}

	@Test
	void theCodebookDecidesStringOrNumeric() throws Exception {
		Study codebook = CodebookFactory.eINSTANCE.createStudy();
		codebook.setName("survey");
		Variable id = CodebookFactory.eINSTANCE.createVariable();
		id.setName("id");
		id.setValueType(ValueType.STRING);
		codebook.getVariables().add(id);
		Path codebookFile = folder.resolve("survey.voxpop");
		CodebookIO.save(codebook, codebookFile);
		Dataset data = Importers.importDataset(new ImportSource(fixture("survey.xlsx"), codebookFile, null),
				new NullProgressMonitor());
		assertEquals("", assertInstanceOf(StringColumn.class, data.column("id")).values()[5], "an empty row is \"\"");
		assertEquals("1", ((StringColumn) data.column("id")).values()[0]);

		Variable mixed = CodebookFactory.eINSTANCE.createVariable();
		mixed.setName("mixed");
		mixed.setValueType(ValueType.NUMERIC);
		codebook.getVariables().add(mixed);
		CodebookIO.save(codebook, codebookFile);
		DataImportException error = assertThrows(DataImportException.class, () -> Importers
				.importDataset(new ImportSource(fixture("survey.xlsx"), codebookFile, null), new NullProgressMonitor()));
		assertEquals("survey.xlsx sheet 'Data' cell H2: variable mixed is numeric in the codebook, but has the value 'a'."
				+ " Fix the value or declare the variable as string in the codebook.", error.getMessage());
	}

	@Test
	void notAZipFile() throws IOException {
		Path file = Files.writeString(folder.resolve("text.xlsx"), "id,name\n1,x\n");
		DataImportException error = assertThrows(DataImportException.class, () -> read(file));
		assertTrue(error.getMessage().startsWith("text.xlsx: not an Excel .xlsx workbook (not a readable ZIP file: "),
				error.getMessage());
		assertTrue(error.getMessage().endsWith(
				"). Open it in Excel or LibreOffice and save it as Excel Workbook (.xlsx)."), error.getMessage());
	}

	@Test
	void anOldXlsFile() throws IOException {
		byte[] ole2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0 };
		Path file = Files.write(folder.resolve("old.xlsx"), ole2);
		DataImportException error = assertThrows(DataImportException.class, () -> read(file));
		assertEquals("old.xlsx: an Excel 97-2003 workbook (.xls) or a password-protected one, not an .xlsx workbook."
				+ " Save it in Excel or LibreOffice as Excel Workbook (.xlsx) without a password.", error.getMessage());
	}

	@Test
	void aZipThatIsNotAWorkbook() throws IOException {
		Path file = folder.resolve("letter.xlsx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
		}
		DataImportException error = assertThrows(DataImportException.class, () -> read(file));
		assertEquals("letter.xlsx: not an Excel workbook: the ZIP file has no part xl/workbook.xml."
				+ " Only Excel .xlsx workbooks can be read with this extension.", error.getMessage());
	}

	@Test
	void aMissingSheetPart() throws IOException {
		Path file = withSheet("nosheet.xlsx", null);
		DataImportException error = assertThrows(DataImportException.class, () -> read(file));
		assertEquals("nosheet.xlsx: not a complete Excel workbook: the part of sheet 'Hand made' is missing"
				+ " (xl/workbook.xml names relationship rId1). Open it in Excel or LibreOffice and save it again.",
				error.getMessage());
	}

	@Test
	void malformedXmlIsReportedWithThePartAndPlace() throws IOException {
		Path file = withSheet("broken.xlsx", "<worksheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></sheetData>");
		DataImportException error = assertThrows(DataImportException.class, () -> read(file));
		assertTrue(error.getMessage().startsWith("broken.xlsx: the part xl/worksheets/data.xml is not well-formed XML at line 1, column "),
				error.getMessage());
		assertTrue(error.getMessage().endsWith("The file is damaged."), error.getMessage());
	}

	@Test
	void aRepeatedColumnNameNamesBothCells() throws IOException {
		Path file = withSheet("twice.xlsx", sheet("<row r=\"1\">" + inline("A1", "q1") + inline("B1", "x") + inline("C1", "q1")
				+ "</row><row r=\"2\"><c r=\"A2\"><v>1</v></c></row>"));
		DataImportException error = assertThrows(DataImportException.class, () -> read(file));
		assertEquals("twice.xlsx sheet 'Hand made' cell C1: the column name 'q1' appears twice (also in A1). Rename one of them.",
				error.getMessage());
	}

	@Test
	void aColumnWithoutANameIsAnError() throws IOException {
		Path file = withSheet("gap.xlsx", sheet("<row r=\"1\">" + inline("A1", "a") + inline("C1", "c") + "</row>"));
		DataImportException error = assertThrows(DataImportException.class, () -> read(file));
		assertEquals("gap.xlsx sheet 'Hand made' cell B1: the column has no name. Every column needs a name in the first row.",
				error.getMessage());
		Path outside = withSheet("outside.xlsx", sheet("<row r=\"1\">" + inline("A1", "a") + "</row><row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"D2\"><v>2</v></c></row>"));
		error = assertThrows(DataImportException.class, () -> read(outside));
		assertEquals("outside.xlsx sheet 'Hand made' cell D2: the cell has a value, but its column D has no name in row 1."
				+ " Give the column a name or delete the cell.", error.getMessage());
	}

	@Test
	void anEmptySheet() throws IOException {
		Path file = withSheet("empty.xlsx", sheet(""));
		DataImportException error = assertThrows(DataImportException.class, () -> read(file));
		assertEquals("empty.xlsx sheet 'Hand made': the sheet is empty. Its first row must hold the variable names,"
				+ " the rows below the cases.", error.getMessage());
	}

	@Test
	void externalEntitiesAreNotRead() throws IOException {
		Path secret = Files.writeString(folder.resolve("secret.txt"), "TOP-SECRET");
		Path file = withSheet("xxe.xlsx", "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"" + secret.toUri()
				+ "\">]><worksheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&x;</t></is></c>"
				+ "</row></sheetData></worksheet>");
		DataImportException error = assertThrows(DataImportException.class, () -> read(file));
		assertTrue(error.getMessage().startsWith("xxe.xlsx: the part xl/worksheets/data.xml is not well-formed XML"),
				error.getMessage());
		assertFalse(error.getMessage().contains("TOP-SECRET"), error.getMessage());
	}

	@Test
	void aZipBombIsStopped() throws IOException {
		Path file = withSheet("bomb.xlsx", sheet("<row r=\"1\">" + inline("A1", "a") + "</row>" + " ".repeat(8 << 20)));
		DataImportException error = assertThrows(DataImportException.class, () -> read(file));
		assertTrue(error.getMessage().startsWith("bomb.xlsx: the part xl/worksheets/data.xml expands to more than 200 times"
				+ " its compressed size ("), error.getMessage());
		assertTrue(error.getMessage().endsWith("; it was not read (it may be a ZIP bomb)."), error.getMessage());
	}

	@Test
	void aCellFarDownInAWideSheetIsNotAllocated() throws IOException {
		StringBuilder header = new StringBuilder("<row r=\"1\">");
		for (int c = 0; c < 100; c++) {
			header.append("<c t=\"inlineStr\"><is><t>v").append(c).append("</t></is></c>");
		}
		Path file = withSheet("far.xlsx", sheet(header + "</row><row r=\"1048576\"><c r=\"A1048576\"><v>1</v></c></row>"));
		DataImportException error = assertThrows(DataImportException.class, () -> read(file));
		assertEquals("far.xlsx sheet 'Hand made' cell A1048576: the sheet would span 1048575 rows of 100 columns but holds"
				+ " far fewer values. The file is damaged.", error.getMessage());
	}

	@Test
	void cancellationStopsTheImport() throws Exception {
		StringBuilder rows = new StringBuilder("<row r=\"1\">" + inline("A1", "n") + "</row>");
		for (int r = 2; r < 10_000; r++) {
			rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>").append(r).append("</v></c></row>");
		}
		Path file = withSheet("long.xlsx", sheet(rows.toString()));
		NullProgressMonitor monitor = new NullProgressMonitor();
		monitor.setCanceled(true);
		assertThrows(OperationCanceledException.class,
				() -> Importers.importDataset(ImportSource.of(file), monitor));
		Dataset data = read(file);
		assertEquals(9998, data.rowCount());
		Column n = data.column("n");
		assertEquals(9999, ((NumericColumn) n).get(9997));
	}

	private static String sheet(String rows) {
		return "<worksheet xmlns=\"" + MAIN + "\"><sheetData>" + rows + "</sheetData></worksheet>";
	}

	private static String inline(String reference, String text) {
		return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
	}

	/** handmade.xlsx with its sheet part replaced (or left out, for null). */
	private Path withSheet(String name, String sheetXml) throws IOException {
		Path file = folder.resolve(name);
		try (InputStream in = Files.newInputStream(fixture("handmade.xlsx"));
				ZipInputStream source = new ZipInputStream(in);
				OutputStream out = Files.newOutputStream(file);
				ZipOutputStream target = new ZipOutputStream(out)) {
			for (ZipEntry entry; (entry = source.getNextEntry()) != null;) {
				boolean isSheet = entry.getName().equals("xl/worksheets/data.xml");
				if (isSheet && sheetXml == null) {
					continue;
				}
				target.putNextEntry(new ZipEntry(entry.getName()));
				target.write(isSheet ? sheetXml.getBytes(StandardCharsets.UTF_8) : source.readAllBytes());
				target.closeEntry();
			}
		}
		return file;
	}
}
