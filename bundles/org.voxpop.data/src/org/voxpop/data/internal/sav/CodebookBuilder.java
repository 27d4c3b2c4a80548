package org.voxpop.data.internal.sav;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.voxpop.codebook.Category;
import org.voxpop.codebook.CodebookFactory;
import org.voxpop.codebook.MeasurementLevel;
import org.voxpop.codebook.MissingKind;
import org.voxpop.codebook.Study;
import org.voxpop.codebook.ValueRange;
import org.voxpop.codebook.ValueType;
import org.voxpop.codebook.Variable;
import org.voxpop.codebook.WeightType;
import org.voxpop.data.DataImportException;
import org.voxpop.data.internal.sav.Dictionary.Extension;
import org.voxpop.data.internal.sav.Dictionary.ValueLabels;
import org.voxpop.data.internal.sav.Dictionary.VariableRecord;
import org.voxpop.data.internal.sav.Layout.ColumnLayout;
import org.voxpop.data.internal.MissingKindGuess;

/**
 * The codebook of a system file: variables with labels, formats, measurement levels, value labels and missing
 * values; the weight, documents and multiple-response sets of the study.
 */
final class CodebookBuilder {

	private static final CodebookFactory FACTORY = CodebookFactory.eINSTANCE;

	private final Dictionary dictionary;
	private final Extensions extensions;
	private final Layout layout;
	private final Text text;
	private final boolean littleEndian;
	private final String fileName;
	private final Variable[] variables;
	/** Each column's categories by code (Double) or text (String), while they are collected. */
	private final List<Map<Object, Category>> categories = new ArrayList<>();

	CodebookBuilder(Dictionary dictionary, Extensions extensions, Layout layout, Text text, boolean littleEndian,
			String fileName) {
		this.dictionary = dictionary;
		this.extensions = extensions;
		this.layout = layout;
		this.text = text;
		this.littleEndian = littleEndian;
		this.fileName = fileName;
		this.variables = new Variable[layout.columns.size()];
	}

	Study build(String studyName, int rows) throws DataImportException {
		Study study = FACTORY.createStudy();
		study.setName(studyName);
		study.setTitle(text.decodeOrNull(dictionary.header.fileLabel()));
		study.setCaseCount(rows);
		study.setFileEncoding(text.charset.name());
		for (byte[] line : dictionary.documentLines) {
			study.getDocuments().add(text.decode(line));
		}
		for (ColumnLayout column : layout.columns) {
			Variable variable = FACTORY.createVariable();
			variable.setName(column.name);
			variable.setLabel(label(column.record.label()));
			variable.setFormat(Formats.toString(column.record.printFormat(),
					column.segmentStarts.length > 1 ? column.width : 0));
			if (column.isString()) {
				variable.setValueType(ValueType.STRING);
				variable.setWidth(column.width);
			}
			variables[column.index] = variable;
			categories.add(new LinkedHashMap<>());
			study.getVariables().add(variable);
		}
		readValueLabels();
		for (Extension record : dictionary.extensions(21)) {
			readLongStringValueLabels(record);
		}
		for (ColumnLayout column : layout.columns) {
			readMissingValues(column);
		}
		for (Extension record : dictionary.extensions(22)) {
			readLongStringMissingValues(record);
		}
		for (ColumnLayout column : layout.columns) {
			List<Category> sorted = new ArrayList<>(categories.get(column.index).values());
			sorted.sort(column.isString() ? Comparator.comparing(Category::getText)
					: Comparator.comparingDouble(Category::getCode));
			variables[column.index].getCategories().addAll(sorted);
		}
		for (Extension record : dictionary.extensions(11)) {
			readMeasurementLevels(record);
		}
		ColumnLayout weight = layout.columnStartingAt(dictionary.header.weightIndex());
		if (weight != null && !weight.isString()) {
			Variable variable = variables[weight.index];
			variable.setWeightType(WeightType.FREQUENCY);
			study.setWeightVariable(variable);
		}
		MultipleResponseSets sets = new MultipleResponseSets(this::variableByShortName, text);
		for (Extension record : dictionary.extensions) {
			if (record.subtype() == 7 || record.subtype() == 19) {
				study.getMultipleResponseSets().addAll(sets.read(record, new RecordData(record, littleEndian, fileName)));
			}
		}
		return study;
	}

	/** A variable label or value label as written (only trailing NULs dropped); null if there is none. */
	private String label(byte[] bytes) {
		if (bytes == null) {
			return null;
		}
		int end = bytes.length;
		while (end > 0 && bytes[end - 1] == 0) {
			end--;
		}
		return new String(bytes, 0, end, text.charset);
	}

	private void readValueLabels() throws DataImportException {
		int records = dictionary.variables.size();
		for (ValueLabels set : dictionary.valueLabels) {
			for (int index : set.variableIndexes()) {
				if (index < 1 || index > records) {
					throw new DataImportException(fileName + ": value label record at byte " + set.offset()
							+ " refers to variable index " + index + " but the dictionary has " + records
							+ " variables. The file is corrupt.");
				}
				if (dictionary.variables.get(index - 1).isContinuation()) {
					throw new DataImportException(fileName + ": value label record at byte " + set.offset()
							+ " refers to variable index " + index
							+ ", which is the continuation of a long string. The file is corrupt.");
				}
				ColumnLayout column = layout.columnStartingAt(index);
				if (column == null) {
					continue; // a later segment of a very long string: its labels mean nothing
				}
				for (int i = 0; i < set.values().length; i++) {
					byte[] value = set.values()[i];
					addLabel(column, column.isString() ? Arrays.copyOf(value, Math.min(8, column.width)) : value,
							label(set.labels()[i]));
				}
			}
		}
	}

	/** Adds a labelled value (8 bytes for a number, the bytes of a string); the first label of a value wins. */
	private void addLabel(ColumnLayout column, byte[] value, String label) {
		Category category = category(column, value);
		if (category.getLabel() == null) {
			category.setLabel(label);
		}
	}

	/** The category of a value, made if it is new. */
	private Category category(ColumnLayout column, byte[] value) {
		Object key = column.isString() ? text.decode(value) : (Object) number(value);
		return categories.get(column.index).computeIfAbsent(key, k -> {
			Category category = FACTORY.createCategory();
			if (k instanceof String string) {
				category.setText(string);
				category.setCode(0);
			} else {
				category.setCode((Double) k);
			}
			return category;
		});
	}

	private double number(byte[] eightBytes) {
		return ByteBuffer.wrap(eightBytes).order(littleEndian ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN)
				.getDouble();
	}

	private void readMissingValues(ColumnLayout column) {
		VariableRecord record = column.record;
		byte[][] values = record.missing();
		if (values.length == 0) {
			return;
		}
		if (column.isString()) {
			if (record.missingCount() > 0) {
				for (byte[] value : values) {
					markMissing(category(column, Arrays.copyOf(value, Math.min(8, column.width))));
				}
			}
			return;
		}
		int discreteFrom = 0;
		if (record.missingCount() < 0) {
			double low = number(values[0]);
			double high = number(values[1]);
			ValueRange range = FACTORY.createValueRange();
			range.setLow(low == extensions.lowest || low == Extensions.SYSMIS || low == Extensions.OLD_LOWEST
					? Double.NEGATIVE_INFINITY : low);
			range.setHigh(high == extensions.highest || high == Double.MAX_VALUE ? Double.POSITIVE_INFINITY : high);
			range.setMissingKind(MissingKind.OTHER);
			variables[column.index].getValueRanges().add(range);
			for (Category category : categories.get(column.index).values()) {
				if (range.contains(category.getCode())) {
					markMissing(category);
				}
			}
			discreteFrom = 2;
		}
		for (int i = discreteFrom; i < values.length; i++) {
			markMissing(category(column, values[i]));
		}
	}

	private static void markMissing(Category category) {
		category.setMissingKind(MissingKindGuess.of(category.getLabel()));
	}

	private void readLongStringValueLabels(Extension record) throws DataImportException {
		RecordData data = new RecordData(record, littleEndian, fileName);
		while (data.hasRemaining()) {
			String name = text.decode(data.counted());
			data.int32(); // the width: some writers round it up, the variable's own width is what counts
			int count = data.int32();
			if (count < 0 || count > data.remaining() / 8) {
				throw data.malformed("variable " + name + " has a label count of " + count);
			}
			ColumnLayout column = columnByName(name);
			for (int i = 0; i < count; i++) {
				byte[] value = data.counted();
				String label = label(data.counted());
				if (column != null && column.isString()) {
					addLabel(column, Arrays.copyOf(value, Math.min(value.length, column.width)), label);
				}
			}
		}
	}

	private void readLongStringMissingValues(Extension record) throws DataImportException {
		RecordData data = new RecordData(record, littleEndian, fileName);
		while (data.hasRemaining()) {
			String name = text.decode(data.counted());
			int count = data.u8();
			ColumnLayout column = columnByName(name);
			for (int i = 0; i < count; i++) {
				byte[] value = data.counted();
				if (column != null && column.isString()) {
					markMissing(category(column, value));
				}
			}
		}
	}

	private void readMeasurementLevels(Extension record) throws DataImportException {
		int segments = layout.segmentRecords.size();
		int columns = layout.columns.size();
		int count = record.count();
		boolean perSegment = count == 2 * segments || count == 3 * segments;
		if (record.size() != 4 || !(perSegment || count == 2 * columns || count == 3 * columns)) {
			return; // a record that does not fit the dictionary says nothing reliable
		}
		int entries = perSegment ? segments : columns;
		int fields = count / entries;
		RecordData data = new RecordData(record, littleEndian, fileName);
		for (int i = 0; i < entries; i++) {
			int measure = data.int32();
			for (int f = 1; f < fields; f++) {
				data.int32();
			}
			ColumnLayout column = perSegment ? layout.columnOfSegment.get(i) : layout.columns.get(i);
			boolean firstSegment = !perSegment || layout.segmentRecords.get(i) == column.record;
			if (firstSegment) {
				MeasurementLevel level = switch (measure) {
				case 1 -> MeasurementLevel.NOMINAL;
				case 2 -> MeasurementLevel.ORDINAL;
				case 3 -> MeasurementLevel.SCALE;
				default -> null; // unknown: the model's default stays
				};
				if (level != null) {
					variables[column.index].setMeasurementLevel(level);
				}
			}
		}
	}

	private Map<String, ColumnLayout> byName;

	/** The column with this long name (or, failing that, short name), case-insensitively; null if none. */
	private ColumnLayout columnByName(String name) {
		if (byName == null) {
			byName = new HashMap<>();
			for (ColumnLayout column : layout.columns) {
				byName.putIfAbsent(column.record.shortName().toLowerCase(Locale.ROOT), column);
			}
			for (ColumnLayout column : layout.columns) {
				byName.put(column.name.toLowerCase(Locale.ROOT), column);
			}
		}
		return byName.get(name.toLowerCase(Locale.ROOT));
	}

	private Variable variableByShortName(String shortName) {
		for (ColumnLayout column : layout.columns) {
			if (column.record.shortName().equalsIgnoreCase(shortName)) {
				return variables[column.index];
			}
		}
		ColumnLayout column = columnByName(shortName);
		return column == null ? null : variables[column.index];
	}
}
