package org.voxpop.data.internal.sav;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.voxpop.codebook.CodebookFactory;
import org.voxpop.codebook.MultipleResponseSet;
import org.voxpop.codebook.MultipleResponseType;
import org.voxpop.codebook.Variable;
import org.voxpop.data.DataImportException;
import org.voxpop.data.internal.sav.Dictionary.Extension;

/**
 * Reads the multiple response sets records (7/7 and 7/19): one set a line, e.g. {@code $a=C 10 my mcgroup a b c}
 * or {@code $d=E 1 2 34 13 third mdgroup k l m}, with counted strings written as a length, a space and the bytes.
 */
final class MultipleResponseSets {

	private final Function<String, Variable> variablesByShortName;
	private final Text text;

	MultipleResponseSets(Function<String, Variable> variablesByShortName, Text text) {
		this.variablesByShortName = variablesByShortName;
		this.text = text;
	}

	List<MultipleResponseSet> read(Extension record, RecordData data) throws DataImportException {
		List<MultipleResponseSet> sets = new ArrayList<>();
		byte[] bytes = record.data();
		int start = 0;
		for (int i = 0; i <= bytes.length; i++) {
			if (i == bytes.length || bytes[i] == '\n') {
				if (i > start) {
					sets.add(parse(new Cursor(bytes, start, i, data)));
				}
				start = i + 1;
			}
		}
		return sets;
	}

	private MultipleResponseSet parse(Cursor line) throws DataImportException {
		MultipleResponseSet set = CodebookFactory.eINSTANCE.createMultipleResponseSet();
		String name = text.decode(line.until('='));
		set.setName(name.startsWith("$") ? name.substring(1) : name);
		char kind = (char) line.next();
		boolean fromVariableLabel = false;
		switch (kind) {
		case 'C' -> {
			set.setType(MultipleResponseType.CATEGORIES);
			line.expect(' ');
		}
		case 'D' -> set.setType(MultipleResponseType.DICHOTOMIES);
		case 'E' -> {
			set.setType(MultipleResponseType.DICHOTOMIES);
			set.setCategoryLabelSource(true);
			line.expect(' ');
			fromVariableLabel = text.decode(line.until(' ')).equals("11");
		}
		default -> throw line.malformed("set " + name + " has the type '" + kind + "', expected C, D or E");
		}
		if (kind != 'C') {
			set.setCountedValue(text.decode(line.counted()));
			line.expect(' ');
		}
		String label = text.decode(line.counted());
		line.expect(' ');
		for (String shortName : text.decode(line.rest()).trim().split(" +")) {
			Variable variable = shortName.isEmpty() ? null : variablesByShortName.apply(shortName);
			if (variable != null) {
				set.getVariables().add(variable);
			}
		}
		if (label.isEmpty() && fromVariableLabel && !set.getVariables().isEmpty()) {
			label = set.getVariables().get(0).getLabel();
		}
		set.setLabel(label == null || label.isEmpty() ? null : label);
		return set;
	}

	/** A position in one line of the record. */
	private static final class Cursor {
		private final byte[] bytes;
		private final int end;
		private final RecordData data;
		private int position;

		Cursor(byte[] bytes, int start, int end, RecordData data) {
			this.bytes = bytes;
			this.position = start;
			this.end = end;
			this.data = data;
		}

		int next() throws DataImportException {
			if (position >= end) {
				throw malformed("a set ends early");
			}
			return bytes[position++];
		}

		void expect(char c) throws DataImportException {
			if (next() != c) {
				throw malformed("expected '" + c + "' at record byte " + (position - 1));
			}
		}

		/** The bytes up to {@code c}, which is skipped. */
		byte[] until(char c) throws DataImportException {
			int from = position;
			while (next() != c) {
				// advance
			}
			return java.util.Arrays.copyOfRange(bytes, from, position - 1);
		}

		/** A counted string: decimal digits, a space, that many bytes. */
		byte[] counted() throws DataImportException {
			String digits = new String(until(' '), java.nio.charset.StandardCharsets.ISO_8859_1);
			int length;
			try {
				length = Integer.parseInt(digits);
			} catch (NumberFormatException e) {
				throw malformed("'" + digits + "' is not a length");
			}
			if (length < 0 || length > end - position) {
				throw malformed("a length of " + length + " runs past the end of the set");
			}
			position += length;
			return java.util.Arrays.copyOfRange(bytes, position - length, position);
		}

		byte[] rest() {
			byte[] rest = java.util.Arrays.copyOfRange(bytes, position, end);
			position = end;
			return rest;
		}

		DataImportException malformed(String detail) {
			return data.malformed(detail);
		}
	}
}
