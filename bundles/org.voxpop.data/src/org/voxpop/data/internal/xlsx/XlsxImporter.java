package org.voxpop.data.internal.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.voxpop.codebook.CodebookFactory;
import org.voxpop.codebook.Study;
import org.voxpop.codebook.ValueType;
import org.voxpop.codebook.Variable;
import org.voxpop.data.Column;
import org.voxpop.data.DataImportException;
import org.voxpop.data.Dataset;
import org.voxpop.data.DatasetImporter;
import org.voxpop.data.ImportSource;
import org.voxpop.data.Importers;
import org.voxpop.data.NumericColumn;
import org.voxpop.data.StringColumn;
import org.voxpop.data.internal.xlsx.SheetReader.ColumnBuilder;

/**
 * Imports the first sheet of an Excel workbook (.xlsx, Office Open XML SpreadsheetML, ECMA-376 / ISO/IEC 29500):
 * the first row with a value holds the variable names, which must be unique and non-empty; each row below it is a
 * case.
 * <ul>
 * <li>A column is numeric when every non-empty cell is a number or a boolean (TRUE = 1, FALSE = 0), else a string
 * column, in which numbers keep their text as Excel's General format shows whole numbers ("7", not "7.0"; other
 * numbers as the shortest decimal that is the same double, e.g. "0.1"), booleans are "TRUE" and "FALSE". A codebook
 * file that declares a variable as string makes its column a string column; one that declares it numeric makes a
 * text cell in it an error naming the cell (as for CSV files).</li>
 * <li>Empty cells, and cells and rows the file leaves out, are system missing: NaN, or "" in a string column. An
 * empty row between cases is a case with every value missing (so case <i>n</i> is always sheet row
 * <i>n</i> + 1 for a header in row 1); the cases end with the last row that has a value.</li>
 * <li>Dates and times stay numbers, as Excel stores them: serial days since 1899-12-30 (1900 date system; the
 * fraction is the time of day); the variable's {@code format} is then the Excel number format code of its first
 * date-formatted cell (e.g. "yyyy-mm-dd", or "mm-dd-yy" for built-in format 14), so that a date can be told from a
 * count. Date formats are the built-in ids 14–22 and 45–47 and custom codes with d, m, y, h or s outside quoted text
 * and escapes. In a string column a date is its serial number's text.</li>
 * <li>Error cells (#N/A, #DIV/0!, ...) are missing; {@link Dataset#notes()} says how many each column has and
 * where the first is. Formulas are read as the values Excel last calculated and saved.</li>
 * <li>The study is named after the file without its extension; its case count is set.</li>
 * </ul>
 * The sheet is streamed (StAX, never a DOM of a sheet); shared strings and the styles' number formats are held in
 * memory. Each part of the ZIP is read with limits against ZIP bombs (4 GiB for a sheet or the shared strings,
 * 64 MiB for the other parts, and at most 200 times its compressed size) and without DTDs or external entities
 * (XXE). A sheet may not span more cells than it plausibly holds (see {@link SheetReader#CELL_BUDGET}).
 * <p>
 * <b>Why not Apache POI.</b> Judged for issue "Excel .xlsx through Apache POI if it fits" on Maven Central's
 * poi-ooxml 5.5.1: it brings 13 jars of 18.8 MiB (poi 3.0 MB, poi-ooxml 2.1 MB, poi-ooxml-lite 6.0 MB, xmlbeans
 * 5.3.0 2.2 MB, commons-compress 1.28.0 1.1 MB, commons-collections4 4.5.0 0.9 MB, commons-lang3 3.18.0 0.7 MB,
 * commons-io 2.21.0 0.6 MB, commons-codec 1.20.0 0.4 MB, log4j-api 2.24.3 0.35 MB, curvesapi 1.08 0.12 MB,
 * SparseBitSet 1.3 0.03 MB, commons-math3 3.6.1 2.2 MB), 16.1 MiB of them new to the target platform (the product
 * is 75 MB). Six have no OSGi manifest (poi, poi-ooxml, poi-ooxml-lite, xmlbeans, curvesapi, SparseBitSet: only an
 * Automatic-Module-Name or nothing), so {@code targets/voxpop.target} would need them wrapped by bnd with
 * instructions of their own (as for batik and rhino), POI's {@code WorkbookFactory} finds its providers through
 * {@code ServiceLoader} (SPI Fly headers), xmlbeans loads its schema type system by class loader, and log4j-api
 * wants a provider. All that for reading cell values, which needs the JDK only (ZIP, StAX): this reader is about
 * 1,300 lines with their comments (five classes in this package).
 */
public final class XlsxImporter implements DatasetImporter {

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	@Override
	public Dataset importDataset(ImportSource source, IProgressMonitor monitor) throws DataImportException {
		return importSheet(source, null, monitor);
	}

	/**
	 * Imports one sheet: the hook for a sheet the user chooses (not offered in the UI yet).
	 *
	 * @param sheetName the name on the sheet's tab, or null for the first sheet
	 */
	public Dataset importSheet(ImportSource source, String sheetName, IProgressMonitor monitor)
			throws DataImportException {
		Path file = source.dataFile();
		String fileName = String.valueOf(file.getFileName());
		try {
			checkNotOle2(file, fileName);
			Study codebook = Importers.codebookOf(source);
			try (XlsxPackage zip = XlsxPackage.open(file, fileName)) {
				Workbook workbook = Workbook.read(zip);
				Workbook.Sheet sheet = choose(workbook, sheetName, fileName);
				long size = zip.size(sheet.part());
				monitor.beginTask("Reading " + fileName + " sheet '" + sheet.name() + "'",
						size > 0 ? (int) Math.min(Integer.MAX_VALUE, size >> 10) : IProgressMonitor.UNKNOWN);
				SheetReader reader = new SheetReader(zip, workbook, sheet, codebook, monitor);
				reader.read();
				Dataset dataset = toDataset(file, fileName, reader);
				dataset.notes().addAll(reader.errorNotes());
				return dataset;
			}
		} catch (OperationCanceledException e) {
			throw e;
		} catch (RuntimeException e) {
			// the contract allows no unchecked exception for bad input, whatever the ZIP or XML layer throws
			throw new DataImportException(fileName + ": cannot be read as an Excel workbook (" + e + ")", e);
		} finally {
			monitor.done();
		}
	}

	private static void checkNotOle2(Path file, String fileName) throws DataImportException {
		byte[] start = new byte[OLE2.length];
		int n;
		try (InputStream in = Files.newInputStream(file)) {
			n = in.readNBytes(start, 0, start.length);
		} catch (IOException e) {
			throw new DataImportException(fileName + ": cannot be read (" + e.getMessage() + ")", e);
		}
		if (n == OLE2.length && java.util.Arrays.equals(start, OLE2)) {
			throw new DataImportException(fileName + ": an Excel 97-2003 workbook (.xls) or a password-protected one, "
					+ "not an .xlsx workbook. Save it in Excel or LibreOffice as Excel Workbook (.xlsx) without a password.");
		}
	}

	private static Workbook.Sheet choose(Workbook workbook, String sheetName, String fileName)
			throws DataImportException {
		if (sheetName == null) {
			return workbook.sheets.get(0);
		}
		List<String> names = new ArrayList<>();
		for (Workbook.Sheet sheet : workbook.sheets) {
			if (sheet.name().equals(sheetName)) {
				return sheet;
			}
			names.add(sheet.name());
		}
		throw new DataImportException(fileName + ": no sheet '" + sheetName + "' (the sheets are " + names + ").");
	}

	/** Plain variables with their value types; {@link org.voxpop.data.Importers} applies the codebook file. */
	private static Dataset toDataset(Path file, String fileName, SheetReader reader) {
		Study study = CodebookFactory.eINSTANCE.createStudy();
		int dot = fileName.lastIndexOf('.');
		study.setName(dot <= 0 ? fileName : fileName.substring(0, dot));
		int cases = reader.cases;
		study.setCaseCount(cases);
		List<Column> result = new ArrayList<>(reader.columns.length);
		for (ColumnBuilder column : reader.columns) {
			Variable variable = CodebookFactory.eINSTANCE.createVariable();
			variable.setName(column.name);
			if (column.isString()) {
				variable.setValueType(ValueType.STRING);
				result.add(new StringColumn(column.name, column.texts(cases)));
			} else {
				variable.setFormat(column.format);
				result.add(new NumericColumn(column.name, column.numbers(cases)));
			}
			column.numbers = null;
			column.texts = null;
			study.getVariables().add(variable);
		}
		return new Dataset(file, study, result);
	}
}
