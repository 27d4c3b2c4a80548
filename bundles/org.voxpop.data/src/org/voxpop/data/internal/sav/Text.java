package org.voxpop.data.internal.sav;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

import org.voxpop.data.DataImportException;

/**
 * The file's character encoding and the decoding of its texts. The encoding is, in order: the one the user gives,
 * the character encoding record (7/20), the character code of the machine integer info record (7/3), windows-1252.
 */
final class Text {

	private static final Charset DEFAULT = Charset.forName("windows-1252");

	final Charset charset;

	private Text(Charset charset) {
		this.charset = charset;
	}

	static Text resolve(Charset userEncoding, String declaredName, int characterCode, String fileName)
			throws DataImportException {
		if (userEncoding != null) {
			return new Text(userEncoding);
		}
		if (declaredName != null && !declaredName.isBlank()) {
			try {
				return new Text(Charset.forName(declaredName.trim()));
			} catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
				throw new DataImportException(fileName + ": the file declares the character encoding '"
						+ declaredName.trim() + "', which is not known here. Give the encoding to use with --encoding "
						+ "(e.g. --encoding windows-1252).", e);
			}
		}
		Charset byCode = forCharacterCode(characterCode);
		return new Text(byCode == null ? DEFAULT : byCode);
	}

	/** The charset of a character code from record 7/3 (a Windows code page number), or null if unknown. */
	static Charset forCharacterCode(int code) {
		String name = switch (code) {
		case 2, 3 -> "windows-1252"; // 7-bit and 8-bit "ASCII": old SPSS wrote 2 whatever the encoding was
		case 65001 -> "UTF-8";
		case 20127 -> "US-ASCII";
		case 932 -> "windows-31j";
		case 936 -> "GBK";
		case 949 -> "x-windows-949";
		case 950 -> "Big5";
		default -> code >= 28591 && code <= 28605 ? "ISO-8859-" + (code - 28590)
				: code >= 1250 && code <= 1258 ? "windows-" + code
				: code > 0 ? "cp" + code : null;
		};
		if (name == null) {
			return null;
		}
		try {
			return Charset.forName(name);
		} catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
			return null;
		}
	}

	/** The text of bytes {@code [from, to)} without trailing blanks or NULs. */
	String decode(byte[] bytes, int from, int to) {
		while (to > from && (bytes[to - 1] == ' ' || bytes[to - 1] == 0)) {
			to--;
		}
		return to == from ? "" : new String(bytes, from, to - from, charset);
	}

	String decode(byte[] bytes) {
		return decode(bytes, 0, bytes.length);
	}

	/** The text, or null for a blank one. */
	String decodeOrNull(byte[] bytes) {
		String text = bytes == null ? "" : decode(bytes);
		return text.isEmpty() ? null : text;
	}

	/** Decodes texts of the extension records that carry names and other ASCII-based text. */
	static String ascii(byte[] bytes) {
		return new String(bytes, StandardCharsets.ISO_8859_1);
	}
}
