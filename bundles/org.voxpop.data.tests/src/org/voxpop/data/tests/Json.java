package org.voxpop.data.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader for the fixture expectations: objects become {@code Map<String, Object>}, arrays
 * {@code List<Object>}, strings {@code String}, numbers {@code Double}, {@code true}/{@code false} {@code Boolean},
 * {@code null} {@code null}.
 */
final class Json {

	private final String text;
	private int at;

	private Json(String text) {
		this.text = text;
	}

	static Object parse(String text) {
		Json json = new Json(text);
		try {
			Object value = json.value();
			json.space();
			if (json.at != text.length()) {
				throw json.error("text after the value");
			}
			return value;
		} catch (IndexOutOfBoundsException e) {
			throw json.error("end of text");
		}
	}

	private Object value() {
		space();
		if (at >= text.length()) {
			throw error("end of text");
		}
		char c = text.charAt(at);
		switch (c) {
		case '{':
			return object();
		case '[':
			return array();
		case '"':
			return string();
		default:
			if (text.startsWith("null", at)) {
				at += 4;
				return null;
			}
			if (text.startsWith("true", at)) {
				at += 4;
				return Boolean.TRUE;
			}
			if (text.startsWith("false", at)) {
				at += 5;
				return Boolean.FALSE;
			}
			int start = at;
			while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
				at++;
			}
			if (start == at) {
				throw error("unexpected '" + c + "'");
			}
			return Double.valueOf(text.substring(start, at));
		}
	}

	private Map<String, Object> object() {
		Map<String, Object> result = new LinkedHashMap<>();
		at++;
		space();
		if (text.charAt(at) == '}') {
			at++;
			return result;
		}
		while (true) {
			space();
			String key = string();
			space();
			expect(':');
			result.put(key, value());
			space();
			if (text.charAt(at) == ',') {
				at++;
			} else {
				expect('}');
				return result;
			}
		}
	}

	private List<Object> array() {
		List<Object> result = new ArrayList<>();
		at++;
		space();
		if (text.charAt(at) == ']') {
			at++;
			return result;
		}
		while (true) {
			result.add(value());
			space();
			if (text.charAt(at) == ',') {
				at++;
			} else {
				expect(']');
				return result;
			}
		}
	}

	private String string() {
		expect('"');
		StringBuilder result = new StringBuilder();
		while (true) {
			char c = text.charAt(at++);
			if (c == '"') {
				return result.toString();
			}
			if (c != '\\') {
				result.append(c);
				continue;
			}
			char escaped = text.charAt(at++);
			switch (escaped) {
			case 'b' -> result.append('\b');
			case 'f' -> result.append('\f');
			case 'n' -> result.append('\n');
			case 'r' -> result.append('\r');
			case 't' -> result.append('\t');
			case 'u' -> {
				result.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
				at += 4;
			}
			default -> result.append(escaped);
			}
		}
	}

	private void expect(char c) {
		if (at >= text.length() || text.charAt(at) != c) {
			throw error("expected '" + c + "'");
		}
		at++;
	}

	private void space() {
		while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
			at++;
		}
	}

	private IllegalArgumentException error(String what) {
		return new IllegalArgumentException("JSON: " + what + " at character " + at);
	}
}
