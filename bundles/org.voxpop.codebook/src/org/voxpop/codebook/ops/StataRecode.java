package org.voxpop.codebook.ops;

import java.util.LinkedHashMap;
import java.util.Map;

import org.voxpop.codebook.Category;
import org.voxpop.codebook.CodebookFactory;
import org.voxpop.codebook.Derivation;
import org.voxpop.codebook.Otherwise;
import org.voxpop.codebook.RecodeRule;
import org.voxpop.codebook.Study;
import org.voxpop.codebook.Variable;
import org.voxpop.core.NumberText;

/**
 * Derivations as Stata {@code recode} commands, and back: the form analysts write and read, and the form the DDI
 * export stores ({@code drvcmd syntax="Stata"}).
 * <p>
 * The supported subset: {@code recode SOURCE (rule) (rule) ... [, generate(NEW)]}, each rule
 * {@code (LEFT ... = VALUE ["label"])} with LEFT a code, a range {@code low/high}, {@code min} or {@code max} as
 * bounds, {@code .} for system missing, several LEFTs in one rule, and {@code (else = .)} last. Values no rule
 * matches are copied, as in Stata. Labels become the derived variable's categories.
 */
public final class StataRecode {

	private StataRecode() {
	}

	/**
	 * The derivation as a command, e.g. {@code recode q7 (4/5 = 1) (1/3 = 0) (else = .), generate(q7_top2)}.
	 *
	 * @param derivation a derivation with a source; never {@code null}
	 * @param target     the derived variable's name, for {@code generate()}
	 */
	public static String command(Derivation derivation, String target) {
		StringBuilder command = new StringBuilder("recode ").append(derivation.getSource().getName());
		for (RecodeRule rule : derivation.getRules()) {
			command.append(" (").append(bound(rule.getLow()));
			if (Double.compare(rule.getLow(), rule.getHigh()) != 0) {
				command.append('/').append(bound(rule.getHigh()));
			}
			command.append(" = ").append(value(rule.getValue())).append(')');
		}
		if (derivation.getOtherwise() == Otherwise.SYSTEM_MISSING) {
			command.append(" (else = .)");
		}
		return command.append(", generate(").append(target).append(')').toString();
	}

	/** The derivation in words, e.g. "Recoded from q7: 4 to 5 becomes 1; any other value is copied." */
	public static String describe(Derivation derivation) {
		StringBuilder text = new StringBuilder("Recoded from ").append(derivation.getSource().getName()).append(':');
		String separator = " ";
		for (RecodeRule rule : derivation.getRules()) {
			text.append(separator).append(words(rule.getLow()));
			if (Double.compare(rule.getLow(), rule.getHigh()) != 0) {
				text.append(" to ").append(words(rule.getHigh()));
			}
			text.append(" becomes ").append(words(rule.getValue()));
			separator = "; ";
		}
		text.append(separator).append(derivation.getOtherwise() == Otherwise.SYSTEM_MISSING
				? "any other value becomes system missing." : "any other value is copied.");
		return text.toString();
	}

	/**
	 * Reads a command into a derivation (labels and {@code generate()} are read but not kept: see {@link #apply}).
	 *
	 * @param command the command
	 * @param source  the source the command must recode, or {@code null} to look it up in {@code study} by name
	 * @param study   where to find the source by name; may be {@code null} if {@code source} is given
	 * @throws IllegalArgumentException if the command is not a recode of this subset; the message says where
	 */
	public static Derivation parse(String command, Variable source, Study study) {
		return read(command, source, study).derivation;
	}

	/**
	 * Adds the variable a command generates to the study: a derived variable named by {@code generate()}, with the
	 * source's label and question texts, the source's categories for the codes it copies (missing codes among
	 * them) and a category for each labelled rule value.
	 *
	 * @param study   the study; never {@code null}
	 * @param command e.g. {@code recode q1 (4/5 = 1 "Support") (1/3 = 0 "Other"), generate(q1_support)}
	 * @return the new variable, already in the study
	 * @throws IllegalArgumentException if the command cannot be read, has no {@code generate()}, names a source the
	 *                                  study lacks or a new name it already has
	 */
	public static Variable apply(Study study, String command) {
		Parsed parsed = read(command, null, study);
		if (parsed.target == null) {
			throw new IllegalArgumentException("give the new variable's name with generate(NEW): VoxPop never changes "
					+ "the data's own variables");
		}
		Variable derived = Recodes.derive(parsed.derivation.getSource(), parsed.target);
		Derivation derivation = derived.getDerivation();
		derivation.getRules().addAll(parsed.derivation.getRules());
		derivation.setOtherwise(parsed.derivation.getOtherwise());
		derived.getCategories().removeIf(category -> !copied(derivation, category.getCode()));
		int at = 0;
		for (Map.Entry<Double, String> label : parsed.labels.entrySet()) {
			Category category = derived.getCategory(label.getKey());
			if (category == null) {
				category = CodebookFactory.eINSTANCE.createCategory();
				category.setCode(label.getKey());
				derived.getCategories().add(at++, category);
			}
			category.setLabel(label.getValue());
		}
		derived.unsetReferenceCode();
		return derived;
	}

	/** Whether a source code reaches the derived variable unchanged. */
	private static boolean copied(Derivation derivation, double code) {
		for (RecodeRule rule : derivation.getRules()) {
			if (rule.matches(code)) {
				return false;
			}
		}
		return derivation.getOtherwise() == Otherwise.COPY;
	}

	private record Parsed(Derivation derivation, Map<Double, String> labels, String target) {
	}

	private static Parsed read(String command, Variable source, Study study) {
		String text = command.strip();
		if (!text.startsWith("recode")) {
			throw new IllegalArgumentException("a recode command starts with \"recode\": " + command);
		}
		String rest = text.substring("recode".length()).strip();
		int end = 0;
		while (end < rest.length() && !Character.isWhitespace(rest.charAt(end)) && rest.charAt(end) != '(') {
			end++;
		}
		String name = rest.substring(0, end);
		if (source == null) {
			source = study == null ? null : study.getVariable(name);
			if (source == null) {
				throw new IllegalArgumentException("the source " + name + " is not a variable of the data");
			}
		} else if (!source.getName().equals(name)) {
			throw new IllegalArgumentException("it recodes " + name + ", but the derivation names " + source.getName());
		}
		rest = rest.substring(end);
		Derivation derivation = CodebookFactory.eINSTANCE.createDerivation();
		derivation.setSource(source);
		Map<Double, String> labels = new LinkedHashMap<>();
		boolean elseSeen = false;
		while (true) {
			rest = rest.strip();
			if (rest.isEmpty() || rest.startsWith(",")) {
				break;
			}
			if (!rest.startsWith("(")) {
				throw new IllegalArgumentException("expected a rule in parentheses at \"" + rest + "\"");
			}
			int close = closingParenthesis(rest);
			String rule = rest.substring(1, close);
			rest = rest.substring(close + 1);
			int equals = rule.indexOf('=');
			if (equals < 0) {
				throw new IllegalArgumentException("the rule (" + rule + ") has no \"=\"");
			}
			if (elseSeen) {
				throw new IllegalArgumentException("a rule follows (else = .)");
			}
			String right = rule.substring(equals + 1).strip();
			String label = null;
			int labelStart = right.indexOf('"');
			if (labelStart > 0) {
				int labelEnd = right.lastIndexOf('"');
				if (labelEnd <= labelStart) {
					throw new IllegalArgumentException("the label in (" + rule + ") lacks its closing quote");
				}
				label = right.substring(labelStart + 1, labelEnd);
				right = right.substring(0, labelStart).strip();
			}
			double value = number(right);
			if (label != null && !Double.isNaN(value)) {
				labels.put(value, label);
			}
			for (String left : rule.substring(0, equals).strip().split("\\s+")) {
				if (left.equals("else") || left.equals("*")) {
					if (!Double.isNaN(value)) {
						throw new IllegalArgumentException("only (else = .) is supported");
					}
					derivation.setOtherwise(Otherwise.SYSTEM_MISSING);
					elseSeen = true;
					continue;
				}
				RecodeRule recodeRule = CodebookFactory.eINSTANCE.createRecodeRule();
				int slash = left.indexOf('/');
				recodeRule.setLow(bound(slash < 0 ? left : left.substring(0, slash)));
				recodeRule.setHigh(slash < 0 ? recodeRule.getLow() : bound(left.substring(slash + 1)));
				recodeRule.setValue(value);
				derivation.getRules().add(recodeRule);
			}
		}
		return new Parsed(derivation, labels, generateOption(rest));
	}

	/** The closing parenthesis of the rule that starts the text, skipping parentheses inside a quoted label. */
	private static int closingParenthesis(String text) {
		boolean quoted = false;
		for (int i = 1; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			} else if (c == ')' && !quoted) {
				return i;
			}
		}
		throw new IllegalArgumentException("a rule lacks its closing parenthesis");
	}

	/** NEW of {@code , generate(NEW)} (also {@code gen()} and {@code g()}), or {@code null}; other options ignored. */
	private static String generateOption(String options) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\bgen(?:erate|erat|era|er|e)?\\s*\\(\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\)|\\bg\\s*\\(\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\)")
				.matcher(options);
		if (!m.find()) {
			return null;
		}
		return m.group(1) != null ? m.group(1) : m.group(2);
	}

	private static String bound(double bound) {
		if (bound == Double.NEGATIVE_INFINITY) {
			return "min";
		}
		if (bound == Double.POSITIVE_INFINITY) {
			return "max";
		}
		return value(bound);
	}

	private static String value(double value) {
		return Double.isNaN(value) ? "." : NumberText.plain(value);
	}

	private static String words(double value) {
		if (Double.isNaN(value)) {
			return "system missing";
		}
		if (value == Double.NEGATIVE_INFINITY) {
			return "the lowest value";
		}
		if (value == Double.POSITIVE_INFINITY) {
			return "the highest value";
		}
		return NumberText.plain(value);
	}

	private static double bound(String token) {
		return switch (token) {
		case "min" -> Double.NEGATIVE_INFINITY;
		case "max" -> Double.POSITIVE_INFINITY;
		default -> number(token);
		};
	}

	private static double number(String token) {
		if (token.equals(".")) {
			return Double.NaN;
		}
		try {
			return Double.parseDouble(token);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("\"" + token + "\" is not a number, min, max or .");
		}
	}
}
