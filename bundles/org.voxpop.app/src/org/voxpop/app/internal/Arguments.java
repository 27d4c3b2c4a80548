package org.voxpop.app.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Options of one subcommand: {@code --name value} pairs and {@code --flag}s, each checked against what it accepts. */
final class Arguments {

	private final Map<String, String> values = new LinkedHashMap<>();
	private final Map<String, List<String>> repeated = new LinkedHashMap<>();
	private final List<String> flags = new ArrayList<>();

	static Arguments parse(String command, List<String> args, Set<String> valued, Set<String> flagNames)
			throws CommandLineException {
		Arguments result = new Arguments();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (!arg.startsWith("--")) {
				throw new CommandLineException("voxpop " + command + ": unexpected argument '" + arg + "'");
			}
			String name = arg.substring(2);
			String inlineValue = null;
			int eq = name.indexOf('=');
			if (eq > 0) {
				inlineValue = name.substring(eq + 1);
				name = name.substring(0, eq);
			}
			if (flagNames.contains(name)) {
				result.flags.add(name);
			} else if (valued.contains(name)) {
				String value = inlineValue;
				if (value == null) {
					if (i + 1 >= args.size()) {
						throw new CommandLineException("voxpop " + command + ": --" + name + " needs a value");
					}
					value = args.get(++i);
				}
				if (result.values.containsKey(name) && !REPEATABLE.contains(name)) {
					throw new CommandLineException("voxpop " + command + ": --" + name + " is given twice");
				}
				result.values.put(name, value);
				result.repeated.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
			} else {
				throw new CommandLineException("voxpop " + command + ": unknown option --" + name + " (options: "
						+ String.join(", ", valued.stream().map(v -> "--" + v).toList())
						+ (flagNames.isEmpty() ? "" : ", " + String.join(", ", flagNames.stream().map(v -> "--" + v).toList())) + ")");
			}
		}
		return result;
	}

	/** Options that may be given several times. */
	private static final Set<String> REPEATABLE = Set.of("formula", "question-set", "recode", "top-box", "bottom-box", "reverse", "valid", "missing", "reference");

	/** Every value of an option given several times, in order; empty if absent. */
	List<String> values(String name) {
		return repeated.getOrDefault(name, List.of());
	}

	String value(String name) {
		return values.get(name);
	}

	String required(String command, String name, String example) throws CommandLineException {
		String value = values.get(name);
		if (value == null || value.isBlank()) {
			throw new CommandLineException("voxpop " + command + ": --" + name + " is required, e.g. --" + name + " " + example);
		}
		return value;
	}

	boolean flag(String name) {
		return flags.contains(name);
	}
}
