package org.voxpop.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voxpop.codebook.MeasurementLevel;
import org.voxpop.codebook.MissingKind;
import org.voxpop.codebook.ValueType;
import org.voxpop.codebook.Variable;
import org.voxpop.data.DataImportException;
import org.voxpop.data.Dataset;
import org.voxpop.data.ImportSource;
import org.voxpop.data.Importers;
import org.voxpop.data.NumericColumn;
import org.voxpop.data.StringColumn;
import org.voxpop.test.support.Fixtures;

class CsvImportTest {

	@TempDir
	Path folder;

	@Test
	void theExampleImportsWithItsCodebook() throws Exception {
		Dataset data = Fixtures.exampleDataset();
		assertEquals(2000, data.rowCount());
		Path csv = Fixtures.exampleCsv();
		String header = Files.readAllLines(csv).get(0);
		assertEquals(header.split(",").length, data.columnCount());
		assertEquals(data.columnCount(), data.codebook().getVariables().size(), "a variable for every column");
		Variable threat = data.codebook().getVariable("threat_nk");
		assertEquals(MeasurementLevel.ORDINAL, threat.getMeasurementLevel());
		assertEquals(MissingKind.NOT_SURE, threat.getCategory(8).getMissingKind());
		NumericColumn column = assertInstanceOf(NumericColumn.class, data.column("threat_nk"));
		String secondLine = Files.readAllLines(csv).get(1);
		int index = java.util.Arrays.asList(header.split(",")).indexOf("threat_nk");
		assertEquals(Double.parseDouble(secondLine.split(",")[index]), column.get(0));
	}

	@Test
	void withoutCodebookColumnsGetPlainVariablesAndTypesFromTheData() throws Exception {
		Path file = write("plain.csv", "id;name;score\n1;\"Kim; Min-ji\";3.5\n2;Sato;\n");
		Dataset data = Importers.importDataset(ImportSource.of(file), new NullProgressMonitor());
		assertEquals(2, data.rowCount());
		StringColumn names = assertInstanceOf(StringColumn.class, data.column("name"));
		assertEquals("Kim; Min-ji", names.values()[0]);
		assertEquals(ValueType.STRING, data.codebook().getVariable("name").getValueType());
		NumericColumn score = assertInstanceOf(NumericColumn.class, data.column("score"));
		assertEquals(3.5, score.get(0));
		assertTrue(Double.isNaN(score.get(1)), "an empty field is system missing");
	}

	@Test
	void aRowWithAMissingFieldIsReportedWithItsLine() throws IOException {
		Path file = write("broken.csv", "a,b,c\n1,2,3\n4,5,6\n7,8\n9,10,11\n");
		DataImportException error = assertThrows(DataImportException.class,
				() -> Importers.importDataset(ImportSource.of(file), new NullProgressMonitor()));
		assertTrue(error.getMessage().startsWith("broken.csv line 4: expected 3 fields"), error.getMessage());
	}

	@Test
	void anUnclosedQuoteIsReportedWhereItStarts() throws IOException {
		Path file = write("quote.csv", "a,b\n1,2\n3,\"oops\n5,6\n");
		DataImportException error = assertThrows(DataImportException.class,
				() -> Importers.importDataset(ImportSource.of(file), new NullProgressMonitor()));
		assertTrue(error.getMessage().contains("quote.csv line 3"), error.getMessage());
		assertTrue(error.getMessage().contains("never closed"), error.getMessage());
	}

	@Test
	void textInAVariableTheCodebookCallsNumericNamesLineAndVariable() throws Exception {
		Path file = write("poll.csv", "threat_nk,age\n1,30\nnot sure,40\n");
		DataImportException error = assertThrows(DataImportException.class, () -> Importers.importDataset(
				new ImportSource(file, Fixtures.exampleCodebook(), null), new NullProgressMonitor()));
		assertTrue(error.getMessage().contains("poll.csv line 3: variable threat_nk is numeric"), error.getMessage());
	}

	@Test
	void aMissingFileAndAnUnknownFormatAreNamed() throws IOException {
		DataImportException missing = assertThrows(DataImportException.class, () -> Importers
				.importDataset(ImportSource.of(folder.resolve("nowhere.csv")), new NullProgressMonitor()));
		assertTrue(missing.getMessage().contains("nowhere.csv: no such file"), missing.getMessage());
		Path unknown = write("data.xyz", "a\n1\n");
		DataImportException format = assertThrows(DataImportException.class,
				() -> Importers.importDataset(ImportSource.of(unknown), new NullProgressMonitor()));
		assertTrue(format.getMessage().contains("no importer reads .xyz files"), format.getMessage());
	}

	@Test
	void aFileThatIsNotUtf8IsReadAsWindows1252WithANoteUnlessTheEncodingIsGiven() throws Exception {
		Path file = folder.resolve("latin1.csv");
		Files.write(file, "name\nJos\u00e9 \u20ac\n".getBytes("windows-1252"));
		Dataset detected = Importers.importDataset(ImportSource.of(file), new NullProgressMonitor());
		assertEquals("Jos\u00e9 \u20ac", ((StringColumn) detected.column("name")).values()[0]);
		assertEquals("windows-1252", detected.codebook().getFileEncoding());
		assertEquals(List.of("latin1.csv is not valid UTF-8; it was read as windows-1252. If its texts look wrong, "
				+ "give its encoding (--encoding)."), detected.notes());
		DataImportException error = assertThrows(DataImportException.class,
				() -> Importers.importDataset(new ImportSource(file, null, StandardCharsets.UTF_8), new NullProgressMonitor()));
		assertTrue(error.getMessage().contains("not valid UTF-8"), error.getMessage());
		Dataset data = Importers.importDataset(new ImportSource(file, null, StandardCharsets.ISO_8859_1),
				new NullProgressMonitor());
		assertEquals("Jos\u00e9 \u0080", ((StringColumn) data.column("name")).values()[0]);
	}

	@Test
	void byteOrderMarksAreRecognised() throws Exception {
		Path utf8 = folder.resolve("excel.csv");
		Files.write(utf8, "\uFEFFname,n\n\u00c4rger,1\n".getBytes(StandardCharsets.UTF_8));
		Dataset data = Importers.importDataset(ImportSource.of(utf8), new NullProgressMonitor());
		assertEquals(List.of("name", "n"), data.columnNames());
		Path utf16 = folder.resolve("utf16.csv");
		Files.write(utf16, "\uFEFFname,n\n\u65e5\u672c,1\n".getBytes(StandardCharsets.UTF_16LE));
		data = Importers.importDataset(ImportSource.of(utf16), new NullProgressMonitor());
		assertEquals("\u65e5\u672c", ((StringColumn) data.column("name")).values()[0]);
		assertEquals(List.of("name", "n"), data.columnNames());
	}

	private Path write(String name, String content) throws IOException {
		Path file = folder.resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}
}
