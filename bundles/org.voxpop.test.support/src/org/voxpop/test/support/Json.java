package org.voxpop.test.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON fixtures (RFC 8259) into maps, lists, doubles, strings, booleans and {@code null}. Numbers are read
 * with {@link Double#parseDouble}, so 17 significant digits written by R's {@code sprintf("%.17g")} come back
 * exactly.
 */
public final class Json {

	private final String text;
	private int at;

	private Json(String text) {
		this.text = text;
	}

	/** Parses a file; fails the test with the file and offset on malformed input. */
	public static Object read(Path file) {
		try {
			return parse(Files.readString(file, StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
		}
	}

	/** Parses a JSON text. */
	public static Object parse(String text) {
		Json json = new Json(text);
		Object value = json.value();
		json.skipBlanks();
		if (json.at != text.length()) {
			throw json.error("text after the value");
		}
		return value;
	}

	/** An object value, as a map. */
	@SuppressWarnings("unchecked")
	public static Map<String, Object> object(Object value) {
		return (Map<String, Object>) value;
	}

	/** An array value, as a list. */
	@SuppressWarnings("unchecked")
	public static List<Object> array(Object value) {
		return (List<Object>) value;
	}

	/** A number member; NaN for {@code null}. */
	public static double number(Map<String, Object> object, String key) {
		Object value = object.get(key);
		return value == null ? Double.NaN : (Double) value;
	}

	private Object value() {
		skipBlanks();
		if (at >= text.length()) {
			throw error("unexpected end");
		}
		char c = text.charAt(at);
		switch (c) {
		case '{':
			return objectValue();
		case '[':
			return arrayValue();
		case '"':
			return string();
		default:
			if (text.startsWith("true", at)) {
				at += 4;
				return Boolean.TRUE;
			}
			if (text.startsWith("false", at)) {
				at += 5;
				return Boolean.FALSE;
			}
			if (text.startsWith("null", at)) {
				at += 4;
				return null;
			}
			int start = at;
			while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
				at++;
			}
			if (start == at) {
				throw error("unexpected '" + c + "'");
			}
			return Double.parseDouble(text.substring(start, at));
		}
	}

	private Map<String, Object> objectValue() {
		Map<String, Object> object = new LinkedHashMap<>();
		at++;
		skipBlanks();
		if (peek() == '}') {
			at++;
			return object;
		}
		while (true) {
			skipBlanks();
			String key = string();
			skipBlanks();
			expect(':');
			object.put(key, value());
			skipBlanks();
			if (peek() == '}') {
				at++;
				return object;
			}
			expect(',');
		}
	}

	private List<Object> arrayValue() {
		List<Object> array = new ArrayList<>();
		at++;
		skipBlanks();
		if (peek() == ']') {
			at++;
			return array;
		}
		while (true) {
			array.add(value());
			skipBlanks();
			if (peek() == ']') {
				at++;
				return array;
			}
			expect(',');
		}
	}

	private String string() {
		expect('"');
		StringBuilder result = new StringBuilder();
		while (peek() != '"') {
			char c = text.charAt(at++);
			if (c == '\\') {
				char escaped = text.charAt(at++);
				switch (escaped) {
				case 'n' -> result.append('\n');
				case 't' -> result.append('\t');
				case 'r' -> result.append('\r');
				case 'b' -> result.append('\b');
				case 'f' -> result.append('\f');
				case 'u' -> {
					result.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
					at += 4;
				}
				default -> result.append(escaped);
				}
			} else {
				result.append(c);
			}
		}
		at++;
		return result.toString();
	}

	private char peek() {
		if (at >= text.length()) {
			throw error("unexpected end");
		}
		return text.charAt(at);
	}

	private void expect(char c) {
		if (at >= text.length() || text.charAt(at) != c) {
			throw error("expected '" + c + "'");
		}
		at++;
	}

	private void skipBlanks() {
		while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
			at++;
		}
	}

	private IllegalArgumentException error(String what) {
		return new IllegalArgumentException("malformed JSON at offset " + at + ": " + what);
	}
}
