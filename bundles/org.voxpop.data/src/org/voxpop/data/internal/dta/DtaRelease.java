package org.voxpop.data.internal.dta;

/**
 * What differs between the .dta releases VoxPop reads: field widths and the split of a strL's (v,o) reference.
 * Release 117 (Stata 13) has short ASCII-era fields in a legacy encoding; 118 (Stata 14–16) widened them for
 * UTF-8 and made N an 8-byte count; 119 (more than 32,767 variables) made K 4 bytes and the sort list 4-byte.
 */
enum DtaRelease {

	R117(117, 2, 4, 1, 33, 49, 81, 2, 4, 4),
	R118(118, 2, 8, 2, 129, 57, 321, 2, 2, 8),
	R119(119, 4, 8, 2, 129, 57, 321, 4, 3, 8);

	final int number;
	final int kBytes;
	final int nBytes;
	final int labelLengthBytes;
	final int nameBytes;
	final int formatBytes;
	final int variableLabelBytes;
	final int sortEntryBytes;
	/** Bytes of v in a (v,o) reference in the data; o has the rest of the 8. */
	final int referenceVariableBytes;
	/** Bytes of o in a GSO header (v always has 4 there). */
	final int gsoObservationBytes;

	DtaRelease(int number, int kBytes, int nBytes, int labelLengthBytes, int nameBytes, int formatBytes,
			int variableLabelBytes, int sortEntryBytes, int referenceVariableBytes, int gsoObservationBytes) {
		this.number = number;
		this.kBytes = kBytes;
		this.nBytes = nBytes;
		this.labelLengthBytes = labelLengthBytes;
		this.nameBytes = nameBytes;
		this.formatBytes = formatBytes;
		this.variableLabelBytes = variableLabelBytes;
		this.sortEntryBytes = sortEntryBytes;
		this.referenceVariableBytes = referenceVariableBytes;
		this.gsoObservationBytes = gsoObservationBytes;
	}

	/** The release with this number, or {@code null}. */
	static DtaRelease of(int number) {
		for (DtaRelease release : values()) {
			if (release.number == number) {
				return release;
			}
		}
		return null;
	}

	/** Whether its texts are UTF-8 (118, 119) rather than in a legacy single-byte encoding (117). */
	boolean isUtf8() {
		return this != R117;
	}
}
