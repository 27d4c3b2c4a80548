package org.voxpop.data.internal.sav;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.voxpop.data.DataImportException;
import org.voxpop.data.internal.sav.Dictionary.Extension;

/** Reads the data of one extension record, and names the record when it is malformed. */
final class RecordData {

	private final ByteBuffer data;
	private final Extension record;
	private final String fileName;

	RecordData(Extension record, boolean littleEndian, String fileName) {
		this.record = record;
		this.fileName = fileName;
		this.data = ByteBuffer.wrap(record.data())
				.order(littleEndian ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
	}

	boolean hasRemaining() {
		return data.hasRemaining();
	}

	int remaining() {
		return data.remaining();
	}

	int int32() throws DataImportException {
		need(4);
		return data.getInt();
	}

	long int64() throws DataImportException {
		need(8);
		return data.getLong();
	}

	double flt64() throws DataImportException {
		need(8);
		return data.getDouble();
	}

	int u8() throws DataImportException {
		need(1);
		return data.get() & 0xFF;
	}

	/** {@code count} bytes; a count beyond the record's end is reported as malformed. */
	byte[] bytes(int count) throws DataImportException {
		if (count < 0) {
			throw malformed("a length of " + count + " at record byte " + data.position());
		}
		need(count);
		byte[] bytes = new byte[count];
		data.get(bytes);
		return bytes;
	}

	/** A length-prefixed byte string: an int32 length, then the bytes. */
	byte[] counted() throws DataImportException {
		return bytes(int32());
	}

	private void need(int count) throws DataImportException {
		if (data.remaining() < count) {
			throw malformed("it ends after " + data.position() + " of its " + record.data().length
					+ " bytes in the middle of an item");
		}
	}

	DataImportException malformed(String detail) {
		return new DataImportException(fileName + ": the " + name(record.subtype()) + " record (7/"
				+ record.subtype() + ") at byte " + record.offset() + " is malformed: " + detail
				+ ". The file is corrupt.");
	}

	private static String name(int subtype) {
		return switch (subtype) {
		case 3 -> "machine integer info";
		case 4 -> "machine floating-point info";
		case 7, 19 -> "multiple response sets";
		case 11 -> "variable display parameter";
		case 13 -> "long variable names";
		case 14 -> "very long string";
		case 16 -> "extended number of cases";
		case 20 -> "character encoding";
		case 21 -> "long string value labels";
		case 22 -> "long string missing values";
		default -> "extension";
		};
	}
}
