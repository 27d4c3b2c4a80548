package org.voxpop.app.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.voxpop.codebook.Category;
import org.voxpop.codebook.MultipleResponseSet;
import org.voxpop.codebook.QuestionSet;
import org.voxpop.codebook.Study;
import org.voxpop.codebook.ValueRange;
import org.voxpop.codebook.Variable;
import org.voxpop.codebook.io.CodebookIO;
import org.voxpop.codebook.io.CodebookJson;
import org.voxpop.codebook.io.DdiCodebook;
import org.voxpop.codebook.ops.QuestionSets;
import org.voxpop.core.AtomicFiles;
import org.voxpop.core.Contribution;
import org.voxpop.data.Codes;
import org.voxpop.data.DataImportException;
import org.voxpop.data.Dataset;

/**
 * {@code voxpop codebook}: prints the codebook of a data file as the importers read it (with a codebook file and
 * question sets applied), and exports it as JSON, XMI (VoxPop's own format, to edit and pass back with
 * {@code --codebook}) or DDI Codebook 2.5 XML. {@code --question-sets} lists the installed question sets.
 */
final class CodebookCommand {

	private final PrintStream out;

	CodebookCommand(PrintStream out) {
		this.out = out;
	}

	int run(List<String> args) throws CommandLineException, DataImportException, IOException {
		Arguments a = Arguments.parse("codebook", args, Set.of("data", "codebook", "encoding", "question-set", "json",
				"xmi", "ddi"), Set.of("question-sets"));
		if (a.flag("question-sets")) {
			out.printf(Locale.ROOT, "%-32s %-40s %s%n", "id", "name", "bundle");
			for (Contribution<Object> set : QuestionSets.all()) {
				out.printf(Locale.ROOT, "%-32s %-40s %s%n", set.id(), set.name(), set.contributor());
			}
			return VoxpopCommand.OK;
		}
		Dataset dataset = DataOptions.open("codebook", a, out);
		Study study = dataset.codebook();
		print(study, dataset.rowCount());
		if (a.value("json") != null) {
			Path json = Path.of(a.value("json"));
			String text = CodebookJson.toJson(study);
			AtomicFiles.write(json, temp -> Files.writeString(temp, text, StandardCharsets.UTF_8));
			out.println("Codebook written to " + json.toAbsolutePath());
		}
		if (a.value("xmi") != null) {
			Path xmi = Path.of(a.value("xmi"));
			CodebookIO.save(study, xmi);
			out.println("Codebook written to " + xmi.toAbsolutePath());
		}
		if (a.value("ddi") != null) {
			Path ddi = Path.of(a.value("ddi"));
			DdiCodebook.write(study, ddi);
			out.println("DDI Codebook 2.5 written to " + ddi.toAbsolutePath());
		}
		return VoxpopCommand.OK;
	}

	private void print(Study study, int rows) {
		out.println(study.getTitle() == null ? study.getName() : study.getTitle());
		out.println(rows + " cases, " + study.getVariables().size() + " variables"
				+ (study.getFileEncoding() == null ? "" : ", encoding " + study.getFileEncoding())
				+ (study.getWeightVariable() == null ? "" : ", weighted by " + study.getWeightVariable().getName()));
		for (Variable variable : study.getVariables()) {
			out.println();
			out.printf(Locale.ROOT, "%-16s %-8s %-8s %s%n", variable.getName(), variable.getValueType().getLiteral(),
					variable.getMeasurementLevel().getLiteral(), variable.getLabel() == null ? "" : variable.getLabel());
			if (variable.getQuestionText() != null) {
				out.println("    question: " + variable.getQuestionText());
			}
			if (variable.getUniverse() != null) {
				out.println("    asked of: " + variable.getUniverse());
			}
			if (variable.isDerived()) {
				out.println("    derived from " + variable.getDerivation().getSource().getName() + " ("
						+ variable.getDerivation().getRules().size() + " recode rules)");
			}
			for (Category category : variable.getCategories()) {
				String value = category.getText() != null ? "\"" + category.getText() + "\"" : Codes.format(category.getCode());
				out.printf(Locale.ROOT, "    %8s  %s%s%n", value, category.getLabel() == null ? "" : category.getLabel(),
						category.isMissing() ? "  [missing: " + category.getMissingKind().getLiteral() + "]" : "");
			}
			for (ValueRange range : variable.getValueRanges()) {
				out.printf(Locale.ROOT, "    %s thru %s  [%s]%n", bound(range.getLow(), "lowest"),
						bound(range.getHigh(), "highest"),
						range.isMissing() ? "missing: " + range.getMissingKind().getLiteral() : "valid range");
			}
		}
		for (MultipleResponseSet set : study.getMultipleResponseSets()) {
			out.println();
			out.println("$" + set.getName() + "  " + (set.getLabel() == null ? "" : set.getLabel()) + "  ("
					+ set.getType().getLiteral() + (set.getCountedValue() == null ? "" : ", counted value " + set.getCountedValue())
					+ "): " + String.join(" ", set.getVariables().stream().map(Variable::getName).toList()));
		}
		for (QuestionSet set : study.getQuestionSets()) {
			out.println();
			out.println("question set " + set.getName() + (set.getLabel() == null ? "" : "  " + set.getLabel()) + ": "
					+ String.join(" ", set.getVariables().stream().map(Variable::getName).toList()));
		}
	}

	private static String bound(double value, String infinite) {
		return Double.isInfinite(value) ? infinite : Codes.format(value);
	}
}
