package org.voxpop.data.internal.sav;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.voxpop.data.DataImportException;
import org.voxpop.data.internal.sav.Dictionary.VariableRecord;

/**
 * How the variable records become columns, and where each column's values sit in a case: numeric variables take
 * one 8-byte slot, strings one slot per 8 bytes of width, and a very long string (over 255 bytes) is several
 * string variables ("segments") whose texts are joined.
 */
final class Layout {

	/** The most bytes a segment of a very long string holds. */
	private static final int SEGMENT_BYTES = 255;

	/** One column: its first variable record, its segments, and its name. */
	static final class ColumnLayout {
		final int index;
		final VariableRecord record;
		final String name;
		/** The string width in bytes (the total of a very long string); 0 for numeric. */
		final int width;
		/** Each segment's start in the column's case buffer, and its width. */
		final int[] segmentStarts;
		final int[] segmentWidths;
		/** The bytes of the column's slots in one case. */
		final int slotBytes;

		ColumnLayout(int index, VariableRecord record, String name, int width, int[] starts, int[] widths,
				int slotBytes) {
			this.index = index;
			this.record = record;
			this.name = name;
			this.width = width;
			this.segmentStarts = starts;
			this.segmentWidths = widths;
			this.slotBytes = slotBytes;
		}

		boolean isString() {
			return record.type() > 0;
		}
	}

	final List<ColumnLayout> columns = new ArrayList<>();
	/** The variable records that start a variable or a segment, in order: what record 7/11 counts. */
	final List<VariableRecord> segmentRecords = new ArrayList<>();
	/** For each segment record, the column it belongs to. */
	final List<ColumnLayout> columnOfSegment = new ArrayList<>();
	/** The column a variable record (by dictionary index, 1-based) starts, or null. */
	private final ColumnLayout[] columnOfRecord;
	/** For each 8-byte slot of a case: its column, and its offset in the column's case buffer (-1: numeric). */
	final int[] slotColumn;
	final int[] slotOffset;

	private Layout(int slots) {
		slotColumn = new int[slots];
		slotOffset = new int[slots];
		columnOfRecord = new ColumnLayout[slots + 1];
	}

	int slots() {
		return slotColumn.length;
	}

	/** The column whose first record has this dictionary index, or null (a continuation or later segment). */
	ColumnLayout columnStartingAt(int dictionaryIndex) {
		return dictionaryIndex >= 1 && dictionaryIndex < columnOfRecord.length ? columnOfRecord[dictionaryIndex] : null;
	}

	/**
	 * @param veryLongWidths the widths of very long strings by short name (upper case), from record 7/14
	 * @param longNames      long names by short name (upper case), from record 7/13
	 */
	static Layout of(List<VariableRecord> records, Map<String, Integer> veryLongWidths, Map<String, String> longNames,
			SavInput in) throws DataImportException {
		Layout layout = new Layout(records.size());
		List<VariableRecord> starts = new ArrayList<>();
		for (int i = 0; i < records.size(); i++) {
			VariableRecord record = records.get(i);
			if (record.isContinuation()) {
				throw in.corrupt("the variable record at " + in.at(record.offset())
						+ " continues a string, but no string variable comes before it. The file is corrupt.");
			}
			int slots = record.type() == 0 ? 1 : (record.type() + 7) / 8;
			for (int j = 1; j < slots; j++) {
				if (i + j >= records.size() || !records.get(i + j).isContinuation()) {
					throw in.corrupt("the string variable " + record.shortName() + " at " + in.at(record.offset())
							+ " has width " + record.type() + ", so " + (slots - 1)
							+ " continuation records must follow it, but only " + (j - 1) + " do. The file is corrupt.");
				}
			}
			starts.add(record);
			i += slots - 1;
		}
		Set<String> usedNames = new HashSet<>();
		int slot = 0;
		for (int i = 0; i < starts.size();) {
			VariableRecord first = starts.get(i);
			Integer total = first.type() > 0 ? veryLongWidths.get(first.shortName().toUpperCase(Locale.ROOT)) : null;
			int segments = total == null || total <= SEGMENT_BYTES ? 1 : (total + 251) / 252;
			if (i + segments > starts.size()) {
				segments = starts.size() - i; // a very long string whose record overstates it: keep what is there
			}
			int[] segmentStarts = new int[segments];
			int[] segmentWidths = new int[segments];
			int bytes = 0;
			int width = 0;
			for (int k = 0; k < segments; k++) {
				VariableRecord segment = starts.get(i + k);
				segmentStarts[k] = bytes;
				segmentWidths[k] = segment.type();
				width += segment.type() == 0 ? 0 : Math.min(segment.type(), SEGMENT_BYTES);
				bytes += segment.type() == 0 ? 8 : (segment.type() + 7) / 8 * 8;
			}
			if (total != null && segments > 1) {
				width = Math.min(total, width);
			}
			String name = uniqueName(longNames.getOrDefault(first.shortName().toUpperCase(Locale.ROOT),
					first.shortName()), usedNames);
			ColumnLayout column = new ColumnLayout(layout.columns.size(), first, name, width, segmentStarts,
					segmentWidths, bytes);
			layout.columns.add(column);
			layout.columnOfRecord[first.index()] = column;
			for (int k = 0; k < segments; k++) {
				VariableRecord segment = starts.get(i + k);
				layout.segmentRecords.add(segment);
				layout.columnOfSegment.add(column);
				int segmentSlots = segment.type() == 0 ? 1 : (segment.type() + 7) / 8;
				for (int j = 0; j < segmentSlots; j++) {
					layout.slotColumn[slot] = column.index;
					layout.slotOffset[slot] = column.isString() ? segmentStarts[k] + 8 * j : -1;
					slot++;
				}
			}
			i += segments;
		}
		return layout;
	}

	private static String uniqueName(String name, Set<String> used) {
		String candidate = name.isEmpty() ? "V" + (used.size() + 1) : name;
		for (int n = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); n++) {
			candidate = name + "_" + n;
		}
		return candidate;
	}
}
