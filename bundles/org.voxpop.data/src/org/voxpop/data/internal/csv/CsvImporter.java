package org.voxpop.data.internal.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.voxpop.codebook.CodebookFactory;
import org.voxpop.codebook.Study;
import org.voxpop.codebook.ValueType;
import org.voxpop.codebook.Variable;
import org.voxpop.codebook.io.CodebookIO;
import org.voxpop.data.Column;
import org.voxpop.data.DataImportException;
import org.voxpop.data.Dataset;
import org.voxpop.data.DatasetImporter;
import org.voxpop.data.ImportSource;
import org.voxpop.data.NumericColumn;
import org.voxpop.data.StringColumn;

/**
 * Imports a delimited text file with a header line. The delimiter (comma, semicolon or tab) is taken from the
 * header; fields may be quoted with {@code "} (RFC 4180). An empty field, {@code NA} or {@code .} in a numeric
 * column is system missing. A column is numeric unless the codebook says string or a non-empty value does not
 * parse as a number.
 */
public final class CsvImporter implements DatasetImporter {

	private static final int ROWS_PER_PROGRESS_CHECK = 8192;

	@Override
	public Dataset importDataset(ImportSource source, IProgressMonitor monitor) throws DataImportException {
		Path file = source.dataFile();
		String fileName = String.valueOf(file.getFileName());
		monitor.beginTask("Reading " + fileName, IProgressMonitor.UNKNOWN);
		Study codebook = readCodebook(source.codebookFile());
		List<List<String>> columns = new ArrayList<>();
		List<String> header;
		Charset charset = source.encoding() == null ? StandardCharsets.UTF_8 : source.encoding();
		try (BufferedReader reader = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file),
				charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
						.onUnmappableCharacter(CodingErrorAction.REPORT)))) {
			CsvTokenizer tokenizer = new CsvTokenizer(reader, fileName);
			header = tokenizer.readHeader();
			checkHeader(header, fileName);
			for (int i = 0; i < header.size(); i++) {
				columns.add(new ArrayList<>());
			}
			List<String> record;
			while ((record = tokenizer.nextRecord()) != null) {
				if (record.size() == 1 && record.get(0).isEmpty() && header.size() > 1) {
					continue; // a blank line
				}
				if (record.size() != header.size()) {
					throw new DataImportException(fileName + " line " + tokenizer.recordStartLine() + ": expected "
							+ header.size() + " fields as in the header, found " + record.size()
							+ ". Check for an unquoted '" + tokenizer.delimiter() + "' or a missing field.");
				}
				for (int i = 0; i < record.size(); i++) {
					columns.get(i).add(record.get(i));
				}
				if (columns.get(0).size() % ROWS_PER_PROGRESS_CHECK == 0 && monitor.isCanceled()) {
					throw new OperationCanceledException();
				}
			}
		} catch (CharacterCodingException e) {
			throw new DataImportException(fileName + ": not valid " + charset.name()
					+ " text. Give the file's encoding (e.g. windows-1252) or re-save it as UTF-8.", e);
		} catch (IOException e) {
			throw new DataImportException(fileName + ": cannot be read (" + e.getMessage() + ")", e);
		} finally {
			monitor.done();
		}
		return toDataset(file, fileName, codebook, header, columns);
	}

	private static Study readCodebook(Path codebookFile) throws DataImportException {
		if (codebookFile == null) {
			return null;
		}
		try {
			return CodebookIO.load(codebookFile);
		} catch (IOException e) {
			throw new DataImportException(e.getMessage(), e);
		}
	}

	private static void checkHeader(List<String> header, String fileName) throws DataImportException {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < header.size(); i++) {
			String name = header.get(i);
			if (name.isEmpty()) {
				throw new DataImportException(fileName + " line 1: column " + (i + 1)
						+ " has no name. Every column needs a name in the header line.");
			}
			if (!seen.add(name)) {
				throw new DataImportException(fileName + " line 1: the column name '" + name
						+ "' appears twice. Rename one of them.");
			}
		}
	}

	private static Dataset toDataset(Path file, String fileName, Study codebook, List<String> header,
			List<List<String>> columns) throws DataImportException {
		Study study = CodebookFactory.eINSTANCE.createStudy();
		if (codebook != null) {
			study.setName(codebook.getName());
			study.setTitle(codebook.getTitle());
			study.setCountry(codebook.getCountry());
			study.setYear(codebook.getYear());
		} else {
			study.setName(stripExtension(fileName));
		}
		List<Column> result = new ArrayList<>(header.size());
		for (int i = 0; i < header.size(); i++) {
			String name = header.get(i);
			Variable described = codebook == null ? null : codebook.getVariable(name);
			Variable variable = described == null ? CodebookFactory.eINSTANCE.createVariable()
					: org.eclipse.emf.ecore.util.EcoreUtil.copy(described);
			variable.setName(name);
			List<String> texts = columns.get(i);
			boolean wantsString = described != null && described.getValueType() == ValueType.STRING;
			double[] numbers = wantsString ? null : new double[texts.size()];
			int badRow = wantsString ? 0 : parseNumbers(texts, numbers);
			if (badRow >= 0) {
				if (described != null && !wantsString) {
					throw new DataImportException(fileName + " line " + (badRow + 2) + ": variable " + name
							+ " is numeric in the codebook, but has the value '" + texts.get(badRow)
							+ "'. Fix the value or declare the variable as string in the codebook.");
				}
				variable.setValueType(ValueType.STRING);
				result.add(new StringColumn(name, texts.toArray(String[]::new)));
			} else {
				result.add(new NumericColumn(name, numbers));
			}
			study.getVariables().add(variable);
		}
		return new Dataset(file, study, result);
	}

	/**
	 * Parses the values into {@code values}; returns the index of the first value that is not a number, or -1 if
	 * all are numbers or system missing.
	 */
	private static int parseNumbers(List<String> texts, double[] values) {
		for (int row = 0; row < values.length; row++) {
			String text = texts.get(row).trim();
			if (isSystemMissing(text)) {
				values[row] = Double.NaN;
				continue;
			}
			try {
				values[row] = Double.parseDouble(text);
			} catch (NumberFormatException e) {
				return row;
			}
			if (Double.isNaN(values[row]) || Double.isInfinite(values[row])) {
				return row;
			}
		}
		return -1;
	}

	private static boolean isSystemMissing(String text) {
		return text.isEmpty() || text.equals("NA") || text.equals(".");
	}

	private static String stripExtension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot <= 0 ? fileName : fileName.substring(0, dot);
	}
}
