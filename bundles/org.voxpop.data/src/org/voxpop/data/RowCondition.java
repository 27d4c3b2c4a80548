package org.voxpop.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A sample restriction as Stata's {@code if} qualifier writes it, e.g. {@code country == 1 & age >= 18} or
 * {@code inlist(region, 1, 3) & !missing(income)}.
 * <p>
 * Grammar: comparisons {@code a == b}, {@code !=} (or {@code ~=}), {@code <}, {@code <=}, {@code >}, {@code >=}
 * between variables, numbers, {@code .} and {@code .a}–{@code .z}, and quoted texts for string variables
 * ({@code ==} and {@code !=} only); the functions {@code missing(x)}, {@code inlist(x, v1, v2, ...)} and
 * {@code inrange(x, low, high)}; {@code !} (or {@code ~}), {@code &}, {@code |} and parentheses. As in Stata,
 * missing values are larger than every number ({@code .} &lt; {@code .a} &lt; … &lt; {@code .z}), so
 * {@code age > 60} holds for a missing age: write {@code age > 60 & !missing(age)}; and {@code missing(x)} is about
 * system and extended missing values only — a code the codebook flags as missing (8 = "Not sure") is a number
 * here, so the condition says what it means.
 */
public final class RowCondition {

	/** Stata's {@code .} as a double: below {@code .a}, above every number. */
	private static final double SYSTEM_MISSING = Codes.STATA_SYSTEM_MISSING;

	private final String text;
	private final Node root;

	private RowCondition(String text, Node root) {
		this.text = text;
		this.root = root;
	}

	/**
	 * Reads a condition.
	 *
	 * @param text the condition; never {@code null}
	 * @throws IllegalArgumentException if it cannot be read; the message shows where
	 */
	public static RowCondition parse(String text) {
		Objects.requireNonNull(text, "text");
		Parser parser = new Parser(text);
		Node root = parser.or();
		parser.skipBlanks();
		if (parser.at < text.length()) {
			throw parser.error("unexpected '" + text.charAt(parser.at) + "'");
		}
		return new RowCondition(text.strip(), root);
	}

	/** The condition as given, e.g. for a table header: "if country == 1". */
	public String text() {
		return text;
	}

	@Override
	public String toString() {
		return "if " + text;
	}

	/**
	 * Which rows of a dataset meet the condition.
	 *
	 * @return one flag per row; never {@code null}
	 * @throws DataImportException if the condition names a variable the dataset lacks, or compares a string
	 *                             variable with a number (the message names it)
	 */
	public boolean[] rows(Dataset data) throws DataImportException {
		return root.evaluate(data);
	}

	/** The variables the condition reads. */
	public List<String> variables() {
		List<String> names = new ArrayList<>();
		root.collect(names);
		return names;
	}

	private interface Node {
		boolean[] evaluate(Dataset data) throws DataImportException;

		void collect(List<String> names);
	}

	/** A value per row: a variable's column or a constant. */
	private record Operand(String variable, double number, String string) {

		boolean isText() {
			return string != null;
		}

		void collect(List<String> names) {
			if (variable != null && !names.contains(variable)) {
				names.add(variable);
			}
		}

		double[] numbers(Dataset data, String context) throws DataImportException {
			if (variable == null) {
				if (isText()) {
					throw new DataImportException("if " + context + ": the text \"" + string + "\" is compared with a number");
				}
				double[] constant = new double[data.rowCount()];
				Arrays.fill(constant, comparable(number));
				return constant;
			}
			Column column = column(data, variable, context);
			if (!(column instanceof NumericColumn numeric)) {
				throw new DataImportException("if " + context + ": " + variable + " is a string variable; compare it with "
						+ "a quoted text, e.g. " + variable + " == \"DE\"");
			}
			double[] values = new double[numeric.size()];
			for (int row = 0; row < values.length; row++) {
				values[row] = comparable(numeric.get(row));
			}
			return values;
		}

		String[] texts(Dataset data, String context) throws DataImportException {
			if (variable == null && !isText()) {
				throw new DataImportException("if " + context + ": a string variable is compared with a number; compare "
						+ "it with a quoted text, e.g. == \"DE\"");
			}
			if (variable == null) {
				String[] constant = new String[data.rowCount()];
				Arrays.fill(constant, string);
				return constant;
			}
			Column column = column(data, variable, context);
			if (!(column instanceof StringColumn strings)) {
				throw new DataImportException("if " + context + ": " + variable + " is numeric; compare it with a number");
			}
			return strings.values();
		}
	}

	private static Column column(Dataset data, String variable, String context) throws DataImportException {
		Column column = data.column(variable);
		if (column == null) {
			throw new DataImportException("if " + context + ": " + data.displayName() + " has no variable '" + variable + "'");
		}
		return column;
	}

	/** NaN as Stata's {@code .}, so that it sorts above numbers and below {@code .a}. */
	private static double comparable(double value) {
		return Double.isNaN(value) ? SYSTEM_MISSING : value;
	}

	private record Comparison(Operand left, String operator, Operand right, String source) implements Node {
		@Override
		public boolean[] evaluate(Dataset data) throws DataImportException {
			boolean[] result = new boolean[data.rowCount()];
			boolean textual = left.isText() || right.isText()
					|| left.variable != null && data.column(left.variable) instanceof StringColumn
					|| right.variable != null && data.column(right.variable) instanceof StringColumn;
			if (textual) {
				if (!operator.equals("==") && !operator.equals("!=")) {
					throw new DataImportException("if " + source + ": texts can only be compared with == and !=");
				}
				for (Operand side : List.of(left, right)) {
					Operand other = side == left ? right : left;
					if (side.variable == null && !side.isText() && other.variable != null) {
						throw new DataImportException("if " + source + ": " + other.variable + " is a string variable; "
								+ "compare it with a quoted text, e.g. " + other.variable + " == \"DE\"");
					}
				}
				String[] a = left.texts(data, source);
				String[] b = right.texts(data, source);
				for (int row = 0; row < result.length; row++) {
					result[row] = a[row].equals(b[row]) == operator.equals("==");
				}
				return result;
			}
			double[] a = left.numbers(data, source);
			double[] b = right.numbers(data, source);
			for (int row = 0; row < result.length; row++) {
				result[row] = switch (operator) {
				case "==" -> a[row] == b[row];
				case "!=" -> a[row] != b[row];
				case "<" -> a[row] < b[row];
				case "<=" -> a[row] <= b[row];
				case ">" -> a[row] > b[row];
				default -> a[row] >= b[row];
				};
			}
			return result;
		}

		@Override
		public void collect(List<String> names) {
			left.collect(names);
			right.collect(names);
		}
	}

	/** missing(x), inlist(x, ...), inrange(x, low, high). */
	private record Function(String name, List<Operand> arguments, String source) implements Node {
		@Override
		public boolean[] evaluate(Dataset data) throws DataImportException {
			boolean[] result = new boolean[data.rowCount()];
			double[] x = arguments.get(0).numbers(data, source);
			List<double[]> rest = new ArrayList<>();
			for (Operand operand : arguments.subList(1, arguments.size())) {
				rest.add(operand.numbers(data, source));
			}
			for (int row = 0; row < result.length; row++) {
				result[row] = holds(x[row], rest, row);
			}
			return result;
		}

		private boolean holds(double v, List<double[]> rest, int row) {
			if (name.equals("missing")) {
				return v >= SYSTEM_MISSING;
			}
			if (name.equals("inrange")) {
				return v >= rest.get(0)[row] && v <= rest.get(1)[row];
			}
			for (double[] candidate : rest) {
				if (v == candidate[row]) {
					return true;
				}
			}
			return false;
		}

		@Override
		public void collect(List<String> names) {
			arguments.forEach(operand -> operand.collect(names));
		}
	}

	private record Logical(char operator, Node left, Node right) implements Node {
		@Override
		public boolean[] evaluate(Dataset data) throws DataImportException {
			boolean[] a = left.evaluate(data);
			if (operator == '!') {
				for (int row = 0; row < a.length; row++) {
					a[row] = !a[row];
				}
				return a;
			}
			boolean[] b = right.evaluate(data);
			for (int row = 0; row < a.length; row++) {
				a[row] = operator == '&' ? a[row] && b[row] : a[row] || b[row];
			}
			return a;
		}

		@Override
		public void collect(List<String> names) {
			left.collect(names);
			if (right != null) {
				right.collect(names);
			}
		}
	}

	private static final class Parser {
		private final String text;
		private int at;

		Parser(String text) {
			this.text = text;
		}

		Node or() {
			Node node = and();
			while (take("|")) {
				node = new Logical('|', node, and());
			}
			return node;
		}

		Node and() {
			Node node = not();
			while (take("&")) {
				node = new Logical('&', node, not());
			}
			return node;
		}

		Node not() {
			skipBlanks();
			if (peek('!') && !text.startsWith("!=", at) || peek('~') && !text.startsWith("~=", at)) {
				at++;
				return new Logical('!', not(), null);
			}
			if (take("(")) {
				Node inner = or();
				if (!take(")")) {
					throw error("a ')' is missing");
				}
				return inner;
			}
			int start = at;
			String word = peekWord();
			if (List.of("missing", "inlist", "inrange").contains(word)) {
				at += word.length();
				if (!take("(")) {
					throw error(word + " takes arguments in parentheses, e.g. " + word + "(x)");
				}
				List<Operand> arguments = new ArrayList<>();
				do {
					arguments.add(operand());
				} while (take(","));
				if (!take(")")) {
					throw error("a ')' is missing after the arguments of " + word);
				}
				int expected = word.equals("missing") ? 1 : word.equals("inrange") ? 3 : -1;
				if (expected > 0 && arguments.size() != expected || expected < 0 && arguments.size() < 2) {
					throw error(word + " takes " + (expected > 0 ? expected : "2 or more") + " arguments");
				}
				return new Function(word, arguments, text.substring(start, at).strip());
			}
			Operand left = operand();
			skipBlanks();
			String operator = null;
			for (String candidate : new String[] { "==", "!=", "~=", "<=", ">=", "<", ">" }) {
				if (text.startsWith(candidate, at)) {
					operator = candidate.equals("~=") ? "!=" : candidate;
					at += candidate.length();
					break;
				}
			}
			if (operator == null) {
				throw error("expected a comparison (==, !=, <, <=, >, >=); note that Stata writes == for equality");
			}
			Operand right = operand();
			return new Comparison(left, operator, right, text.substring(start, at).strip());
		}

		Operand operand() {
			skipBlanks();
			if (peek('"')) {
				int end = text.indexOf('"', at + 1);
				if (end < 0) {
					throw error("a text lacks its closing quote");
				}
				String value = text.substring(at + 1, end);
				at = end + 1;
				return new Operand(null, Double.NaN, value);
			}
			if (peek('.')) {
				if (at + 1 < text.length() && Character.isLowerCase(text.charAt(at + 1))
						&& (at + 2 >= text.length() || !Character.isLetterOrDigit(text.charAt(at + 2)))) {
					double code = Codes.stataExtendedMissing(text.charAt(at + 1));
					at += 2;
					return new Operand(null, code, null);
				}
				if (at + 1 >= text.length() || !Character.isDigit(text.charAt(at + 1))) {
					at++;
					return new Operand(null, Double.NaN, null);
				}
			}
			int start = at;
			if (peek('-') || peek('+')) {
				at++;
			}
			while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || "._".indexOf(text.charAt(at)) >= 0
					|| (text.charAt(at) == '-' || text.charAt(at) == '+') && at > start
							&& Character.toLowerCase(text.charAt(at - 1)) == 'e' && Character.isDigit(text.charAt(start)))) {
				at++;
			}
			String token = text.substring(start, at);
			if (token.isEmpty()) {
				throw error("expected a variable, a number, . or a quoted text");
			}
			if (Character.isDigit(token.charAt(0)) || token.charAt(0) == '-' || token.charAt(0) == '+' || token.charAt(0) == '.') {
				try {
					return new Operand(null, Double.parseDouble(token), null);
				} catch (NumberFormatException e) {
					throw error("'" + token + "' is not a number");
				}
			}
			return new Operand(token, Double.NaN, null);
		}

		String peekWord() {
			int end = at;
			while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
				end++;
			}
			int after = end;
			while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
				after++;
			}
			return after < text.length() && text.charAt(after) == '(' ? text.substring(at, end) : "";
		}

		boolean peek(char c) {
			return at < text.length() && text.charAt(at) == c;
		}

		boolean take(String token) {
			skipBlanks();
			if (text.startsWith(token, at)) {
				at += token.length();
				return true;
			}
			return false;
		}

		void skipBlanks() {
			while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
				at++;
			}
		}

		IllegalArgumentException error(String what) {
			return new IllegalArgumentException("cannot read the condition \"" + text + "\" at column " + (at + 1) + ": "
					+ what);
		}
	}
}
