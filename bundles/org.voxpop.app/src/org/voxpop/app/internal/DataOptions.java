package org.voxpop.app.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;

import org.voxpop.codebook.ops.QuestionSets;
import org.voxpop.data.DataImportException;
import org.voxpop.data.Dataset;
import org.voxpop.data.DerivedColumns;
import org.voxpop.data.ImportSource;
import org.voxpop.data.Importers;
import org.voxpop.data.RowCondition;

/**
 * The options that say which data to read, shared by every command that reads data: {@code --data FILE}
 * ({@code .csv}, {@code .sav}, {@code .zsav}, {@code .dta}), {@code --codebook FILE}, {@code --encoding NAME} and
 * repeatable {@code --question-set ID}. The import's notes (names the codebook has and the data lack, ...) are
 * printed.
 */
final class DataOptions {

	private DataOptions() {
	}

	static Dataset open(String command, Arguments a, PrintStream out) throws CommandLineException, DataImportException,
			IOException {
		Path data = Path.of(a.required(command, "data", "poll.sav"));
		String codebook = a.value("codebook");
		Dataset dataset = Importers.importDataset(new ImportSource(data, codebook == null ? null : Path.of(codebook),
				encoding(command, a.value("encoding"))), ConsoleProgress.forTerminal(out));
		if (!a.values("question-set").isEmpty()) {
			for (String id : a.values("question-set")) {
				dataset.notes().addAll(QuestionSets.apply(id, dataset.codebook()));
			}
			dataset = DerivedColumns.compute(dataset);
		}
		for (String note : dataset.notes()) {
			out.println("note: " + note);
		}
		return dataset;
	}

	/** {@code --if EXPR}: a Stata-style condition, or {@code null} if the option is not given. */
	static RowCondition condition(String command, Arguments a) throws CommandLineException {
		String text = a.value("if");
		if (text == null) {
			return null;
		}
		try {
			return RowCondition.parse(text);
		} catch (IllegalArgumentException e) {
			throw new CommandLineException("voxpop " + command + ": --if: " + e.getMessage());
		}
	}

	private static Charset encoding(String command, String name) throws CommandLineException {
		if (name == null) {
			return null;
		}
		try {
			return Charset.forName(name);
		} catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
			throw new CommandLineException("voxpop " + command + ": --encoding " + name
					+ " is not an encoding Java knows; use e.g. UTF-8, windows-1252, ISO-8859-1, EUC-KR, Shift_JIS");
		}
	}
}
