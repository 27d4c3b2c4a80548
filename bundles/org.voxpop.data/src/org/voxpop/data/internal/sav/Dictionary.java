package org.voxpop.data.internal.sav;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.voxpop.data.DataImportException;

/**
 * The records of a system file before the data, as read: the header, the variable records, value labels, documents
 * and extension records. Texts stay bytes here, because the encoding is only known from a later record.
 */
final class Dictionary {

	/** The file header record. */
	record Header(boolean zlib, int compression, int weightIndex, int caseCount, double bias, byte[] fileLabel) {
	}

	/**
	 * One variable record: {@code type} 0 is numeric, 1..255 a string of that width, -1 the continuation of a
	 * string. {@code missing} holds the missing values' raw 8-byte elements.
	 */
	record VariableRecord(int index, long offset, int type, String shortName, byte[] label, int missingCount,
			byte[][] missing, int printFormat) {

		boolean isContinuation() {
			return type == -1;
		}
	}

	/** A value label record with its value label variables record: raw 8-byte values, labels, dictionary indexes. */
	record ValueLabels(long offset, byte[][] values, byte[][] labels, int[] variableIndexes) {
	}

	/** An extension record (type 7) with its data. */
	record Extension(long offset, int subtype, int size, int count, byte[] data) {
	}

	final Header header;
	final List<VariableRecord> variables = new ArrayList<>();
	final List<ValueLabels> valueLabels = new ArrayList<>();
	final List<byte[]> documentLines = new ArrayList<>();
	final List<Extension> extensions = new ArrayList<>();

	private Dictionary(Header header) {
		this.header = header;
	}

	/** The extension records of one subtype, in file order. */
	List<Extension> extensions(int subtype) {
		return extensions.stream().filter(e -> e.subtype() == subtype).toList();
	}

	/** Reads from the start of the file up to and including the dictionary termination record. */
	static Dictionary read(SavInput in) throws IOException, DataImportException {
		Dictionary dictionary = new Dictionary(readHeader(in));
		while (true) {
			long offset = in.offset();
			int type = in.readInt("the record type at " + in.at(offset));
			switch (type) {
			case 2 -> dictionary.variables.add(readVariable(in, offset, dictionary.variables.size() + 1));
			case 3 -> dictionary.valueLabels.add(readValueLabels(in, offset));
			case 4 -> throw in.corrupt("the value label variables record at " + in.at(offset)
					+ " does not follow a value label record. The file is corrupt.");
			case 6 -> readDocuments(in, offset, dictionary.documentLines);
			case 7 -> dictionary.extensions.add(readExtension(in, offset));
			case 999 -> {
				in.readInt("the dictionary termination record at " + in.at(offset));
				return dictionary;
			}
			default -> throw in.corrupt("unknown record type " + type + " at " + in.at(offset)
					+ " (expected 2, 3, 6, 7 or 999). The file is corrupt or not a system file.");
			}
		}
	}

	private static Header readHeader(SavInput in) throws IOException, DataImportException {
		if (!in.fill(4)) {
			throw in.corrupt("not an SPSS system file (it has fewer than 4 bytes, expected $FL2 or $FL3 at the start)");
		}
		byte[] magic = in.readBytes(4, "the file header");
		String text = new String(magic, StandardCharsets.ISO_8859_1);
		boolean zlib = text.equals("$FL3");
		if (!zlib && !text.equals("$FL2")) {
			if ((magic[0] & 0xFF) == 0x5b && (magic[1] & 0xFF) == 0xc6) {
				throw in.corrupt("an EBCDIC system file, which VoxPop does not read. Save it again with SPSS or PSPP.");
			}
			throw in.corrupt("not an SPSS system file (the first 4 bytes are '" + printable(magic)
					+ "', expected $FL2 or $FL3)");
		}
		String what = "the file header";
		in.readBytes(60, what); // product name
		byte[] layout = in.readBytes(4, what);
		in.littleEndian = true;
		int code = in.intAt(layout, 0);
		if (code != 2 && code != 3) {
			in.littleEndian = false;
			code = in.intAt(layout, 0);
			if (code != 2 && code != 3) {
				throw in.corrupt("the layout code at byte 64 is neither 2 nor 3 in either byte order. The file is corrupt.");
			}
		}
		in.readInt(what); // nominal case size: unreliable, the variable records say
		long compressionOffset = in.offset();
		int compression = in.readInt(what);
		if (compression < 0 || compression > 2 || (compression == 2) != zlib) {
			throw in.corrupt("the compression code " + compression + " at byte " + compressionOffset + " does not fit a "
					+ text + " file (0 or 1 for $FL2, 2 for $FL3). The file is corrupt.");
		}
		int weightIndex = in.readInt(what);
		int caseCount = in.readInt(what);
		double bias = in.readDouble(what);
		in.readBytes(17, what); // creation date and time
		byte[] label = in.readBytes(64, what);
		in.readBytes(3, what);
		return new Header(zlib, compression, weightIndex, caseCount, bias, label);
	}

	private static String printable(byte[] bytes) {
		StringBuilder result = new StringBuilder();
		for (byte b : bytes) {
			result.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
		}
		return result.toString();
	}

	private static VariableRecord readVariable(SavInput in, long offset, int index)
			throws IOException, DataImportException {
		String what = "the variable record at " + in.at(offset);
		int type = in.readInt(what);
		int hasLabel = in.readInt(what);
		long missingOffset = in.offset();
		int missingCount = in.readInt(what);
		int print = in.readInt(what);
		in.readInt(what); // write format
		String shortName = new String(in.readBytes(8, what), StandardCharsets.ISO_8859_1).stripTrailing();
		if (type < -1 || type > 255) {
			throw in.corrupt("the variable record at " + in.at(offset) + " has type " + type
					+ " (expected -1 to 255). The file is corrupt.");
		}
		byte[] label = null;
		if (hasLabel == 1) {
			long lengthOffset = in.offset();
			int length = in.checkCount(in.readInt(what), 1, lengthOffset, "variable label length in " + what);
			label = in.readBytes(length, what);
			in.readBytes((4 - length % 4) % 4, what);
		}
		int elements = Math.abs(missingCount);
		if (missingCount < -3 || missingCount > 3 || missingCount == -1) {
			throw in.corrupt("the variable record at " + in.at(offset) + " gives " + missingCount
					+ " as its number of missing values at byte " + missingOffset
					+ " (expected -3, -2 or 0 to 3). The file is corrupt.");
		}
		byte[][] missing = new byte[elements][];
		for (int i = 0; i < elements; i++) {
			missing[i] = in.readBytes(8, what);
		}
		return new VariableRecord(index, offset, type, shortName, label, missingCount, missing, print);
	}

	private static ValueLabels readValueLabels(SavInput in, long offset) throws IOException, DataImportException {
		String what = "the value label record at " + in.at(offset);
		long countOffset = in.offset();
		int count = in.checkCount(in.readInt(what), 16, countOffset, "label count in " + what);
		byte[][] values = new byte[count][];
		byte[][] labels = new byte[count][];
		for (int i = 0; i < count; i++) {
			values[i] = in.readBytes(8, what);
			int length = in.readBytes(1, what)[0] & 0xFF;
			labels[i] = in.readBytes(length, what);
			in.readBytes((8 - (length + 1) % 8) % 8, what);
		}
		long variablesOffset = in.offset();
		String variablesWhat = "the value label variables record at " + in.at(variablesOffset);
		int type = in.readInt(variablesWhat);
		if (type != 4) {
			throw in.corrupt("the value label record at " + in.at(offset) + " is followed by a record of type " + type
					+ " at " + in.at(variablesOffset) + ", expected 4. The file is corrupt.");
		}
		long variableCountOffset = in.offset();
		int variableCount = in.checkCount(in.readInt(variablesWhat), 4, variableCountOffset,
				"variable count in " + variablesWhat);
		int[] indexes = new int[variableCount];
		for (int i = 0; i < variableCount; i++) {
			indexes[i] = in.readInt(variablesWhat);
		}
		return new ValueLabels(offset, values, labels, indexes);
	}

	private static void readDocuments(SavInput in, long offset, List<byte[]> lines)
			throws IOException, DataImportException {
		String what = "the document record at " + in.at(offset);
		long countOffset = in.offset();
		int count = in.checkCount(in.readInt(what), 80, countOffset, "line count in " + what);
		for (int i = 0; i < count; i++) {
			lines.add(in.readBytes(80, what));
		}
	}

	private static Extension readExtension(SavInput in, long offset) throws IOException, DataImportException {
		String what = "the extension record at " + in.at(offset);
		int subtype = in.readInt(what);
		long sizeOffset = in.offset();
		int size = in.readInt(what);
		int count = in.readInt(what);
		if (size < 0 || count < 0 || (long) size * count > Math.min(in.remaining(), Integer.MAX_VALUE - 16)) {
			throw in.corrupt("the extension record (subtype " + subtype + ") at " + in.at(offset) + " claims " + size
					+ " x " + count + " bytes at " + in.at(sizeOffset) + ", but only " + in.remaining()
					+ " bytes follow. The file is truncated or corrupt.");
		}
		return new Extension(offset, subtype, size, count, in.readBytes(size * count, what));
	}
}
