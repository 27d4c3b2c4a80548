package org.voxpop.app.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

import org.voxpop.codebook.Category;
import org.voxpop.codebook.MissingKind;
import org.voxpop.codebook.MultipleResponseSet;
import org.voxpop.codebook.QuestionSet;
import org.voxpop.codebook.Study;
import org.voxpop.codebook.ValueRange;
import org.voxpop.codebook.Variable;
import org.voxpop.codebook.io.CodebookIO;
import org.voxpop.codebook.io.CodebookJson;
import org.voxpop.codebook.io.DdiCodebook;
import org.voxpop.codebook.ops.QuestionSets;
import org.voxpop.codebook.ops.Recodes;
import org.voxpop.codebook.ops.StataRecode;
import org.voxpop.core.AtomicFiles;
import org.voxpop.core.Contribution;
import org.voxpop.data.Codes;
import org.voxpop.data.DataImportException;
import org.voxpop.data.Dataset;
import org.voxpop.data.DerivedColumns;

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
				"xmi", "ddi", "recode", "top-box", "bottom-box", "reverse", "valid", "missing", "reference"),
				Set.of("question-sets"));
		if (a.flag("question-sets")) {
			out.printf(Locale.ROOT, "%-32s %-40s %s%n", "id", "name", "bundle");
			for (Contribution<Object> set : QuestionSets.all()) {
				out.printf(Locale.ROOT, "%-32s %-40s %s%n", set.id(), set.name(), set.contributor());
			}
			return VoxpopCommand.OK;
		}
		Dataset dataset = DataOptions.open("codebook", a, out);
		Study study = dataset.codebook();
		if (recode(a, study)) {
			dataset = DerivedColumns.compute(dataset);
		}
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

	/**
	 * The recode options, each repeatable: {@code --recode "recode VAR (4/5 = 1 \"Support\") (1/3 = 0), generate(NEW)"}
	 * (Stata's syntax, see {@link StataRecode}), {@code --top-box NEW=VAR[:K]}, {@code --bottom-box NEW=VAR[:K]} (K = 2 by
	 * default), {@code --reverse NEW=VAR}, {@code --valid NEW=VAR:CODES} and {@code --missing NEW=VAR:CODES} (the
	 * codes, comma-separated, become valid or missing in the new variable), {@code --reference VAR=CODE}.
	 *
	 * @return whether a derived variable was added
	 */
	private static boolean recode(Arguments a, Study study) throws CommandLineException {
		boolean derived = false;
		try {
			for (String command : a.values("recode")) {
				StataRecode.apply(study, command);
				derived = true;
			}
			for (String spec : a.values("top-box")) {
				Recode r = Recode.parse("top-box", spec, study, "2");
				Recodes.topBox(r.source, r.name, r.count());
				derived = true;
			}
			for (String spec : a.values("bottom-box")) {
				Recode r = Recode.parse("bottom-box", spec, study, "2");
				Recodes.bottomBox(r.source, r.name, r.count());
				derived = true;
			}
			for (String spec : a.values("reverse")) {
				Recode r = Recode.parse("reverse", spec, study, null);
				Recodes.reverse(r.source, r.name);
				derived = true;
			}
			for (String option : List.of("valid", "missing")) {
				for (String spec : a.values(option)) {
					Recode r = Recode.parse(option, spec, study, null);
					Map<Double, MissingKind> kinds = new LinkedHashMap<>();
					for (double code : r.codes()) {
						Category category = r.source.getCategory(code);
						kinds.put(code, option.equals("valid") ? MissingKind.NONE
								: category != null && category.isMissing() ? category.getMissingKind() : MissingKind.OTHER);
					}
					Recodes.withMissingKinds(r.source, r.name, kinds);
					derived = true;
				}
			}
		} catch (IllegalArgumentException e) {
			throw new CommandLineException("voxpop codebook: " + e.getMessage());
		}
		for (String spec : a.values("reference")) {
			int eq = spec.indexOf('=');
			Variable variable = eq < 0 ? null : study.getVariable(spec.substring(0, eq));
			if (variable == null) {
				throw new CommandLineException("voxpop codebook: --reference takes VAR=CODE with a variable of the data, not '"
						+ spec + "'");
			}
			variable.setReferenceCode(Recode.number("reference", spec.substring(eq + 1)));
		}
		return derived;
	}

	/** NEW=VAR[:ARGUMENT] of a recode option. */
	private record Recode(String option, String name, Variable source, String argument) {

		static final Map<String, String> USAGE = Map.of("top-box", "NEW=VAR[:K]", "bottom-box", "NEW=VAR[:K]", "reverse",
				"NEW=VAR", "valid", "NEW=VAR:CODES", "missing", "NEW=VAR:CODES");

		static Recode parse(String option, String spec, Study study, String defaultArgument) throws CommandLineException {
			int eq = spec.indexOf('=');
			if (eq <= 0) {
				throw new CommandLineException("voxpop codebook: --" + option + " takes " + USAGE.get(option) + ", not '" + spec
						+ "'");
			}
			String rest = spec.substring(eq + 1);
			int colon = rest.indexOf(':');
			String sourceName = colon < 0 ? rest : rest.substring(0, colon);
			Variable source = study.getVariable(sourceName);
			if (source == null) {
				throw new CommandLineException("voxpop codebook: --" + option + " " + spec + ": the data have no variable '"
						+ sourceName + "'");
			}
			String argument = colon < 0 ? defaultArgument : rest.substring(colon + 1);
			return new Recode(option, spec.substring(0, eq), source, argument);
		}

		int count() throws CommandLineException {
			double k = number(option, argument);
			if (k < 1 || k != Math.rint(k)) {
				throw new CommandLineException("voxpop codebook: --" + option + " takes a box of 1 or more codes, not " + argument);
			}
			return (int) k;
		}

		List<Double> codes() throws CommandLineException {
			if (argument == null) {
				throw new CommandLineException("voxpop codebook: --" + option + " takes NEW=VAR:CODES, e.g. q1ns=q1:8");
			}
			List<Double> codes = new ArrayList<>();
			for (String code : argument.split(",")) {
				codes.add(number(option, code.trim()));
			}
			return codes;
		}

		static double number(String option, String text) throws CommandLineException {
			try {
				return Double.parseDouble(text);
			} catch (NumberFormatException | NullPointerException e) {
				throw new CommandLineException("voxpop codebook: --" + option + ": '" + text + "' is not a number");
			}
		}
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
