package org.voxpop.data.internal.sav;

/** SPSS print formats as SPSS writes them: "F8.2", "A20", "DATE11". */
final class Formats {

	private static final String[] NAMES = { null, "A", "AHEX", "COMMA", "DOLLAR", "F", "IB", "PIBHEX", "P", "PIB", "PK",
			"RB", "RBHEX", null, null, "Z", "N", "E", null, null, "DATE", "TIME", "DATETIME", "ADATE", "JDATE", "DTIME",
			"WKDAY", "MONTH", "MOYR", "QYR", "WKYR", "PCT", "DOT", "CCA", "CCB", "CCC", "CCD", "CCE", "EDATE", "SDATE",
			"MTIME", "YMDHMS" };

	private Formats() {
	}

	/**
	 * The format coded in an int32 (type, width, decimals in its three low bytes), or null if the type is unknown.
	 *
	 * @param veryLongWidth the width of a very long string, which replaces the coded width (its first segment's
	 *                      format says 255); 0 for other variables
	 */
	static String toString(int format, int veryLongWidth) {
		int type = (format >> 16) & 0xFF;
		int width = (format >> 8) & 0xFF;
		int decimals = format & 0xFF;
		String name = type < NAMES.length ? NAMES[type] : null;
		if (name == null) {
			return null;
		}
		if (veryLongWidth > 0 && (name.equals("A") || name.equals("AHEX"))) {
			width = name.equals("A") ? veryLongWidth : 2 * veryLongWidth;
		}
		return takesDecimals(type) || decimals > 0 ? name + width + "." + decimals : name + width;
	}

	/** Whether SPSS writes the decimals even when they are 0: the numeric formats (F, COMMA, E, PCT, N, ...). */
	private static boolean takesDecimals(int type) {
		return (type >= 3 && type <= 6) || type == 8 || type == 9 || type == 10 || type == 11 || type == 15
				|| type == 16 || type == 17 || (type >= 31 && type <= 37);
	}
}
