package org.voxpop.data.internal.sav;

import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.voxpop.data.DataImportException;
import org.voxpop.data.internal.sav.Dictionary.Extension;

/**
 * What the extension records that shape the reading say: machine info (7/3, 7/4), the extended case count (7/16),
 * the encoding (7/20), very long string widths (7/14) and long names (7/13).
 */
final class Extensions {

	/** IEEE -DBL_MAX, SPSS's system-missing value and (since SPSS 21) LOWEST. */
	static final double SYSMIS = -Double.MAX_VALUE;
	/** The LOWEST older files write: the second-largest negative number. */
	static final double OLD_LOWEST = Math.nextUp(-Double.MAX_VALUE);

	int characterCode = -1;
	double sysmis = SYSMIS;
	double highest = Double.MAX_VALUE;
	double lowest = OLD_LOWEST;
	long caseCount64 = -1;
	String encodingName;
	final Map<String, Integer> veryLongWidths = new HashMap<>();
	private byte[] longNames;

	static Extensions read(Dictionary dictionary, boolean littleEndian, String fileName) throws DataImportException {
		Extensions result = new Extensions();
		for (Extension record : dictionary.extensions) {
			RecordData data = new RecordData(record, littleEndian, fileName);
			switch (record.subtype()) {
			case 3 -> {
				if (record.size() == 4 && record.count() >= 8) {
					for (int i = 0; i < 7; i++) {
						data.int32();
					}
					result.characterCode = data.int32();
				}
			}
			case 4 -> {
				if (record.size() == 8 && record.count() == 3) {
					result.sysmis = data.flt64();
					result.highest = data.flt64();
					result.lowest = data.flt64();
				}
			}
			case 13 -> result.longNames = record.data();
			case 14 -> result.readVeryLongStrings(record.data(), data);
			case 16 -> {
				if (record.size() == 8 && record.count() == 2) {
					data.int64();
					result.caseCount64 = data.int64();
				}
			}
			case 20 -> result.encodingName = Text.ascii(record.data());
			default -> {
				// the others are read once the texts can be decoded, or not needed
			}
			}
		}
		return result;
	}

	private void readVeryLongStrings(byte[] bytes, RecordData data) throws DataImportException {
		for (String tuple : Text.ascii(bytes).replace("\0", "").split("\t")) {
			if (tuple.isBlank()) {
				continue;
			}
			int equals = tuple.indexOf('=');
			try {
				veryLongWidths.put(tuple.substring(0, equals).trim().toUpperCase(Locale.ROOT),
						Integer.parseInt(tuple.substring(equals + 1).trim()));
			} catch (RuntimeException e) { // no '=' or not a number
				throw data.malformed("'" + tuple + "' is not NAME=WIDTH");
			}
		}
	}

	/** The long names by short name (upper case). */
	Map<String, String> longNames(Charset charset) {
		Map<String, String> result = new HashMap<>();
		if (longNames != null) {
			for (String pair : new String(longNames, charset).split("\t")) {
				int equals = pair.indexOf('=');
				if (equals > 0 && equals < pair.length() - 1) {
					result.put(pair.substring(0, equals).trim().toUpperCase(Locale.ROOT),
							pair.substring(equals + 1).trim());
				}
			}
		}
		return result;
	}
}
