package org.voxpop.data.internal.dta;

/** One variable's descriptors, as the sections before {@code <data>} give them. */
final class DtaVariable {

	static final int STRL = 32768;
	static final int DOUBLE = 65526;
	static final int FLOAT = 65527;
	static final int LONG = 65528;
	static final int INT = 65529;
	static final int BYTE = 65530;
	static final int MAX_STRF = 2045;

	/** The type code: 1 to 2045 for str1 to str2045, or one of the constants. */
	final int type;
	String name;
	String format;
	String valueLabelName;
	String label;

	DtaVariable(int type) {
		this.type = type;
	}

	static boolean isKnownType(int type) {
		return (type >= 1 && type <= MAX_STRF) || type == STRL || (type >= DOUBLE && type <= BYTE);
	}

	/** Bytes per value in {@code <data>}. */
	int width() {
		return switch (type) {
		case STRL, DOUBLE -> 8;
		case FLOAT, LONG -> 4;
		case INT -> 2;
		case BYTE -> 1;
		default -> type;
		};
	}

	boolean isNumeric() {
		return type >= DOUBLE;
	}

	boolean isStrL() {
		return type == STRL;
	}
}
