package org.voxpop.data.internal.dta;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.voxpop.codebook.Category;
import org.voxpop.codebook.CodebookFactory;
import org.voxpop.codebook.MeasurementLevel;
import org.voxpop.codebook.MissingKind;
import org.voxpop.codebook.Study;
import org.voxpop.codebook.ValueRange;
import org.voxpop.codebook.ValueType;
import org.voxpop.codebook.Variable;
import org.voxpop.data.Codes;
import org.voxpop.data.Column;
import org.voxpop.data.DataImportException;
import org.voxpop.data.Dataset;
import org.voxpop.data.DatasetImporter;
import org.voxpop.data.ImportSource;
import org.voxpop.data.NumericColumn;
import org.voxpop.data.StringColumn;
import org.voxpop.data.internal.MissingKindGuess;

/**
 * Imports a Stata dataset of release 117 (Stata 13), 118 (Stata 14–18) or 119 (more than 32,767 variables), as
 * described in Stata's help {@code dta}, {@code dta_117} and {@code dta_119}; older releases are refused with a
 * message saying how to re-save them.
 * <p>
 * The codebook: the dataset label is the study's title and the number of observations its case count; each variable
 * has its variable label, its display format (e.g. {@code %9.0g}, {@code %td}) and, for str# variables, its width.
 * Numbers are read as Stata stores them: {@code .} is NaN, {@code .a} to {@code .z} are the codes of
 * {@link Codes#stataExtendedMissing}, kept distinct; every numeric variable has a missing value range from
 * {@code .a} to {@code .z} (kind OTHER). A value-label set becomes the categories of every variable that names it
 * (each variable gets its own copy); a labelled extended missing value is a missing category whose kind is guessed
 * from a label such as "Don't know" or "Refused" only when the wording is plain, else OTHER. A variable with value
 * labels is taken as nominal, since Stata records no measurement level; the others keep the model's default.
 * <p>
 * Texts are UTF-8 in 118 and 119. In 117 they are in the writer's legacy encoding, which the file does not record:
 * windows-1252 unless {@link ImportSource#encoding()} names another (for 117 only); without such a choice, a 117 strL
 * that is valid UTF-8 is read as UTF-8, as pandas and R haven write them so. The study's file encoding says which
 * encoding was used for the rest. Values of str# variables end at their first NUL, as in Stata; strLs are resolved to strings
 * (binary strLs too, decoded in the same encoding). Characteristics and the sort order are skipped.
 */
public final class DtaImporter implements DatasetImporter {

	/** The encoding of release 117 texts unless the import source gives one. */
	public static final String DEFAULT_LEGACY_ENCODING = "windows-1252";

	private final int bufferSize;

	public DtaImporter() {
		this(DtaInput.DEFAULT_BUFFER_SIZE);
	}

	/** With a given read buffer, which also sets how many rows are decoded at a time; small ones are for tests. */
	DtaImporter(int bufferSize) {
		this.bufferSize = bufferSize;
	}

	@Override
	public Dataset importDataset(ImportSource source, IProgressMonitor monitor) throws DataImportException {
		Path file = source.dataFile();
		String fileName = String.valueOf(file.getFileName());
		Charset legacy = source.encoding() != null ? source.encoding() : Charset.forName(DEFAULT_LEGACY_ENCODING);
		monitor.beginTask("Reading " + fileName, DtaReader.DATA_WORK);
		try (DtaInput input = new DtaInput(file, bufferSize)) {
			DtaReader reader = new DtaReader(input, bufferSize, fileName, legacy, source.encoding() != null,
					monitor);
			reader.read();
			return toDataset(file, fileName, reader);
		} catch (IOException e) {
			throw new DataImportException(fileName + ": cannot be read (" + e.getMessage() + ")", e);
		} finally {
			monitor.done();
		}
	}

	private static Dataset toDataset(Path file, String fileName, DtaReader reader) {
		CodebookFactory factory = CodebookFactory.eINSTANCE;
		Study study = factory.createStudy();
		study.setName(stripExtension(fileName));
		study.setTitle(reader.datasetLabel.isEmpty() ? null : reader.datasetLabel);
		study.setCaseCount((int) reader.observations);
		study.setFileEncoding(reader.charset.name());
		List<Column> columns = new ArrayList<>();
		DtaVariable[] variables = reader.variables;
		for (int i = 0; i < variables.length; i++) {
			DtaVariable described = variables[i];
			Variable variable = factory.createVariable();
			variable.setName(described.name);
			variable.setLabel(described.label.isEmpty() ? null : described.label);
			variable.setFormat(described.format.isEmpty() ? null : described.format);
			if (described.isNumeric()) {
				variable.getValueRanges().add(extendedMissingRange());
				ValueLabelSet labels = reader.valueLabels.get(described.valueLabelName);
				if (labels != null && labels.codes.length > 0) {
					addCategories(variable, labels);
					variable.setMeasurementLevel(MeasurementLevel.NOMINAL);
				}
				columns.add(new NumericColumn(described.name, (double[]) reader.columns[i]));
			} else {
				variable.setValueType(ValueType.STRING);
				variable.setWidth(described.isStrL() ? 0 : described.type);
				columns.add(new StringColumn(described.name, (String[]) reader.columns[i]));
			}
			study.getVariables().add(variable);
		}
		return new Dataset(file, study, columns);
	}

	private static ValueRange extendedMissingRange() {
		ValueRange range = CodebookFactory.eINSTANCE.createValueRange();
		range.setLow(Codes.STATA_MISSING_A);
		range.setHigh(Codes.STATA_MISSING_Z);
		range.setMissingKind(MissingKind.OTHER);
		return range;
	}

	private static void addCategories(Variable variable, ValueLabelSet labels) {
		for (int i = 0; i < labels.codes.length; i++) {
			Category category = CodebookFactory.eINSTANCE.createCategory();
			double code = labels.codes[i];
			category.setCode(code);
			category.setLabel(labels.labels[i]);
			category.setMissingKind(Codes.stataMissingLetter(code) != 0 ? MissingKindGuess.of(labels.labels[i])
					: MissingKind.NONE);
			variable.getCategories().add(category);
		}
	}

	private static String stripExtension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot <= 0 ? fileName : fileName.substring(0, dot);
	}
}
