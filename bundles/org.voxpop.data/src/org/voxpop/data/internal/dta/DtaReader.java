package org.voxpop.data.internal.dta;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.voxpop.data.DataImportException;
import org.voxpop.data.internal.dta.DtaInput.Truncated;

/**
 * Reads one .dta file of release 117, 118 or 119, section by section in the order the format fixes; sections from
 * {@code <characteristics>} on are found through the {@code <map>}. The data are decoded a block of rows at a time
 * straight from the read buffer into one primitive array per column.
 */
final class DtaReader {

	static final String SUPPORTED = "VoxPop reads releases 117, 118, 119";

	private static final int MAP_ENTRIES = 14;
	private static final int MAP_CHARACTERISTICS = 8;
	private static final int MAP_DATA = 9;
	private static final int MAP_STRLS = 10;
	private static final int MAP_VALUE_LABELS = 11;
	private static final int MAX_ROWS = Integer.MAX_VALUE - 16;
	private static final int MAX_ARRAY = Integer.MAX_VALUE - 16;
	private static final int GSO_BINARY = 129;
	private static final int GSO_TEXT = 130;
	/** Units of work for the data; the sections around them count for little. */
	static final int DATA_WORK = 1000;

	private final DtaInput in;
	private final String fileName;
	private final Charset legacyCharset;
	private final boolean userEncoding;
	private final IProgressMonitor monitor;

	private String section = "the header";
	DtaRelease release;
	Charset charset;
	long observations;
	String datasetLabel;
	private long[] map;
	DtaVariable[] variables;
	/** Per variable: {@code double[]} for numbers, {@code String[]} for texts. */
	Object[] columns;
	/** Per strL variable, the (v,o) references of its rows until {@code <strls>} resolves them. */
	private long[][] strlReferences;
	/** Value-label sets by name. */
	final Map<String, ValueLabelSet> valueLabels = new HashMap<>();

	private final int blockBytes;

	/**
	 * @param legacyCharset the encoding of release 117 texts
	 * @param userEncoding  whether the user chose it (else it is the default, and 117 strLs may be found UTF-8)
	 */
	DtaReader(DtaInput in, int blockBytes, String fileName, Charset legacyCharset, boolean userEncoding,
			IProgressMonitor monitor) {
		this.userEncoding = userEncoding;
		this.in = in;
		this.blockBytes = blockBytes;
		this.fileName = fileName;
		this.legacyCharset = legacyCharset;
		this.monitor = monitor;
	}

	/** Reads the whole file. */
	void read() throws IOException, DataImportException {
		try {
			readHeader();
			readMap();
			readDescriptors();
			skipCharacteristics();
			readData();
			readStrLs();
			readValueLabels();
			section = "the end";
			expect("</stata_dta>");
		} catch (Truncated e) {
			throw error("truncated at byte " + e.offset + " in " + section);
		}
	}

	private void readHeader() throws IOException, Truncated, DataImportException {
		if (!in.at("<stata_dta>")) {
			throw notDta();
		}
		expect("<header>");
		expect("<release>");
		String number = in.peekAscii(3);
		in.skip(3);
		if (!number.chars().allMatch(Character::isDigit) || number.length() < 3) {
			throw error("the <release> tag at byte " + (in.position() - 3) + " holds '" + number
					+ "', not a release number");
		}
		release = DtaRelease.of(Integer.parseInt(number));
		if (release == null) {
			throw unsupported(Integer.parseInt(number));
		}
		charset = release.isUtf8() ? StandardCharsets.UTF_8 : legacyCharset;
		expect("</release>");
		expect("<byteorder>");
		String order = in.peekAscii(3);
		in.skip(3);
		switch (order) {
		case "MSF" -> in.order(ByteOrder.BIG_ENDIAN);
		case "LSF" -> in.order(ByteOrder.LITTLE_ENDIAN);
		default -> throw error("the <byteorder> at byte " + (in.position() - 3) + " is '" + order
				+ "', neither MSF nor LSF");
		}
		expect("</byteorder>");
		expect("<K>");
		long k = in.unsigned(release.kBytes);
		expect("</K>");
		expect("<N>");
		observations = in.unsigned(release.nBytes);
		if (observations < 0 || observations > MAX_ROWS) {
			throw error("the header says " + Long.toUnsignedString(observations)
					+ " observations, more than VoxPop can hold (" + MAX_ROWS + ")");
		}
		expect("</N>");
		expect("<label>");
		datasetLabel = text(in.bytes((int) in.unsigned(release.labelLengthBytes)));
		expect("</label>");
		expect("<timestamp>");
		in.skip(in.u1());
		expect("</timestamp>");
		expect("</header>");
		long descriptorBytes = 2L + 2 * release.nameBytes + release.formatBytes + release.variableLabelBytes;
		if (in.position() + k * descriptorBytes > in.size()) {
			throw error("truncated at byte " + in.size() + " in the variable descriptors (the header says " + k
					+ " variables)");
		}
		variables = new DtaVariable[(int) k];
	}

	private DataImportException notDta() throws IOException {
		in.seek(0);
		String start = in.peekAscii(2);
		if (start.length() == 2) {
			int format = start.charAt(0);
			int byteOrder = start.charAt(1);
			if (format >= 102 && format <= 116 && (byteOrder == 1 || byteOrder == 2)) {
				return unsupported(format);
			}
		}
		return error("not a Stata 117\u2013119 file (no <stata_dta> tag at the start)");
	}

	private DataImportException unsupported(int number) {
		return error("release " + number + " is not supported (" + SUPPORTED
				+ "; re-save with Stata 13 or later, or with `saveold`)");
	}

	private void readMap() throws IOException, Truncated, DataImportException {
		section = "<map>";
		expect("<map>");
		map = new long[MAP_ENTRIES];
		for (int i = 0; i < MAP_ENTRIES; i++) {
			map[i] = in.u8();
		}
		expect("</map>");
	}

	/** The sections from {@code <variable_types>} to {@code <variable_labels>}, which follow one another. */
	private void readDescriptors() throws IOException, Truncated, DataImportException {
		int k = variables.length;
		section = "<variable_types>";
		expect("<variable_types>");
		for (int i = 0; i < k; i++) {
			int type = in.u2();
			if (!DtaVariable.isKnownType(type)) {
				throw error("variable " + (i + 1) + " has the unknown type code " + type + " (byte "
						+ (in.position() - 2) + ")");
			}
			variables[i] = new DtaVariable(type);
		}
		expect("</variable_types>");
		section = "<varnames>";
		expect("<varnames>");
		Set<String> names = new HashSet<>();
		for (int i = 0; i < k; i++) {
			String name = text(in.bytes(release.nameBytes));
			if (name.isEmpty() || !names.add(name)) {
				throw error("variable " + (i + 1) + (name.isEmpty() ? " has no name" : " repeats the name " + name)
						+ " (<varnames> at byte " + (in.position() - release.nameBytes) + ")");
			}
			variables[i].name = name;
		}
		expect("</varnames>");
		section = "<sortlist>";
		expect("<sortlist>");
		in.skip((long) (k + 1) * release.sortEntryBytes);
		expect("</sortlist>");
		section = "<formats>";
		expect("<formats>");
		for (DtaVariable variable : variables) {
			variable.format = text(in.bytes(release.formatBytes));
		}
		expect("</formats>");
		section = "<value_label_names>";
		expect("<value_label_names>");
		for (DtaVariable variable : variables) {
			variable.valueLabelName = text(in.bytes(release.nameBytes));
		}
		expect("</value_label_names>");
		section = "<variable_labels>";
		expect("<variable_labels>");
		for (DtaVariable variable : variables) {
			variable.label = text(in.bytes(release.variableLabelBytes));
		}
		expect("</variable_labels>");
	}

	/** Walks over each {@code <ch>} by its length, as a characteristic may contain any text. */
	private void skipCharacteristics() throws IOException, Truncated, DataImportException {
		openSection(MAP_CHARACTERISTICS, "characteristics");
		while (in.at("<ch>")) {
			in.skip(in.u4());
			expect("</ch>");
		}
		expect("</characteristics>");
	}

	private void readData() throws IOException, Truncated, DataImportException {
		openSection(MAP_DATA, "data");
		int k = variables.length;
		long width = 0;
		int[] offsets = new int[k];
		for (int i = 0; i < k; i++) {
			if (width > MAX_ARRAY) {
				throw error("an observation of " + k + " variables is longer than VoxPop can read");
			}
			offsets[i] = (int) width;
			width += variables[i].width();
		}
		if (width > MAX_ARRAY) {
			throw error("an observation of " + k + " variables is longer than VoxPop can read");
		}
		int rowWidth = (int) width;
		int rows = k == 0 ? 0 : (int) observations;
		long dataStart = in.position();
		long available = in.size() - dataStart;
		long dataEnd = map[MAP_STRLS] - "</data>".length();
		if (rowWidth > 0 && map[MAP_STRLS] <= in.size() && dataEnd >= dataStart
				&& rows > (dataEnd - dataStart) / rowWidth) {
			throw error("the header says " + rows + " observations of " + rowWidth + " bytes, but <data> holds "
					+ (dataEnd - dataStart) + " bytes");
		}
		if (rowWidth > 0 && rows > available / rowWidth) {
			throw error("truncated at byte " + in.size() + " in observation " + (available / rowWidth + 1) + " of "
					+ rows);
		}
		columns = new Object[k];
		strlReferences = new long[k][];
		for (int i = 0; i < k; i++) {
			DtaVariable variable = variables[i];
			if (variable.isNumeric()) {
				columns[i] = new double[rows];
			} else {
				columns[i] = new String[rows];
				if (variable.isStrL()) {
					strlReferences[i] = new long[rows];
				}
			}
		}
		int rowsPerBlock = Math.max(1, blockBytes / Math.max(1, rowWidth));
		int reported = 0;
		for (int row = 0; row < rows; row += rowsPerBlock) {
			int count = Math.min(rowsPerBlock, rows - row);
			section = "observation " + (row + 1) + " of " + rows;
			in.require(count * rowWidth);
			ByteBuffer buffer = in.buffer();
			int base = buffer.position();
			for (int i = 0; i < k; i++) {
				decode(i, buffer, base + offsets[i], rowWidth, row, count);
			}
			buffer.position(base + count * rowWidth);
			int work = (int) ((long) (row + count) * DATA_WORK / rows);
			monitor.worked(work - reported);
			reported = work;
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
		}
		section = "<data>";
		expect("</data>");
	}

	/** One column's values of a block of rows, from the buffer at {@code start}, every {@code stride} bytes. */
	private void decode(int column, ByteBuffer buffer, int start, int stride, int row, int count) {
		DtaVariable variable = variables[column];
		int end = row + count;
		switch (variable.type) {
		case DtaVariable.DOUBLE -> {
			double[] values = (double[]) columns[column];
			for (int r = row, p = start; r < end; r++, p += stride) {
				values[r] = StataNumbers.ofDouble(buffer.getLong(p));
			}
		}
		case DtaVariable.FLOAT -> {
			double[] values = (double[]) columns[column];
			for (int r = row, p = start; r < end; r++, p += stride) {
				values[r] = StataNumbers.ofFloat(buffer.getInt(p));
			}
		}
		case DtaVariable.LONG -> {
			double[] values = (double[]) columns[column];
			for (int r = row, p = start; r < end; r++, p += stride) {
				values[r] = StataNumbers.ofLong(buffer.getInt(p));
			}
		}
		case DtaVariable.INT -> {
			double[] values = (double[]) columns[column];
			for (int r = row, p = start; r < end; r++, p += stride) {
				values[r] = StataNumbers.ofInt(buffer.getShort(p));
			}
		}
		case DtaVariable.BYTE -> {
			double[] values = (double[]) columns[column];
			for (int r = row, p = start; r < end; r++, p += stride) {
				values[r] = StataNumbers.ofByte(buffer.get(p));
			}
		}
		case DtaVariable.STRL -> {
			long[] references = strlReferences[column];
			for (int r = row, p = start; r < end; r++, p += stride) {
				references[r] = buffer.getLong(p);
			}
		}
		default -> {
			String[] values = (String[]) columns[column];
			byte[] bytes = buffer.array();
			int width = variable.type;
			for (int r = row, p = buffer.arrayOffset() + start; r < end; r++, p += stride) {
				values[r] = fixedText(bytes, p, width);
			}
		}
		}
	}

	/** A str# value: its bytes up to the first NUL, or all of them. */
	private String fixedText(byte[] bytes, int start, int width) {
		int end = start;
		int limit = start + width;
		while (end < limit && bytes[end] != 0) {
			end++;
		}
		return end == start ? "" : new String(bytes, start, end - start, charset);
	}

	private void readStrLs() throws IOException, Truncated, DataImportException {
		openSection(MAP_STRLS, "strls");
		Map<Long, String> strings = new HashMap<>();
		while (in.at("GSO")) {
			long at = in.position() - 3;
			long v = in.u4();
			long o = in.unsigned(release.gsoObservationBytes);
			int type = in.u1();
			long length = in.u4();
			if (!isStrLCell(v, o)) {
				throw error("the strL at byte " + at + " is for variable " + v + ", observation " + o
						+ ", which is not a strL value of this file");
			}
			if (type != GSO_BINARY && type != GSO_TEXT) {
				throw error("the strL at byte " + at + " has the unknown type " + type + " (129 or 130 expected)");
			}
			requireLength(length, "the strL at byte " + at);
			byte[] contents = in.bytes((int) length);
			int textLength = contents.length;
			if (type == GSO_TEXT && textLength > 0 && contents[textLength - 1] == 0) {
				textLength--;
			}
			strings.put(cellKey(v, o), strLText(contents, textLength));
		}
		expect("</strls>");
		resolveStrLs(strings);
	}

	/**
	 * A strL's text. In release 117 without an encoding from the user, contents that are valid UTF-8 are read as
	 * UTF-8: pandas and R haven write 117 strLs in UTF-8 whatever the encoding of the rest, and legacy accented text
	 * is almost never valid UTF-8.
	 */
	private String strLText(byte[] contents, int length) {
		if (charset != StandardCharsets.UTF_8 && !userEncoding && !isAscii(contents, length)) {
			try {
				return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
						.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(contents, 0, length))
						.toString();
			} catch (CharacterCodingException e) {
				// not UTF-8: the legacy encoding below
			}
		}
		return new String(contents, 0, length, charset);
	}

	private static boolean isAscii(byte[] bytes, int length) {
		for (int i = 0; i < length; i++) {
			if (bytes[i] < 0) {
				return false;
			}
		}
		return true;
	}

	private boolean isStrLCell(long v, long o) {
		return v >= 1 && v <= variables.length && o >= 1 && o <= observations && variables[(int) v - 1].isStrL();
	}

	private long cellKey(long v, long o) {
		return (o - 1) * variables.length + (v - 1);
	}

	/**
	 * Replaces each (v,o) reference with its string. ReadStat (and so R haven) writes 119's references with 118's
	 * split (2 + 6 bytes instead of 3 + 5); a reference that is undefined in the documented split but defined in
	 * that one is read that way.
	 */
	private void resolveStrLs(Map<Long, String> strings) throws DataImportException {
		boolean msf = in.order() == ByteOrder.BIG_ENDIAN;
		for (int i = 0; i < variables.length; i++) {
			long[] references = strlReferences[i];
			if (references == null) {
				continue;
			}
			String[] values = (String[]) columns[i];
			for (int row = 0; row < references.length; row++) {
				long reference = references[row];
				String value = reference == 0 ? "" : lookUp(strings, reference, release.referenceVariableBytes, msf);
				if (value == null && release == DtaRelease.R119) {
					value = lookUp(strings, reference, DtaRelease.R118.referenceVariableBytes, msf);
				}
				if (value == null) {
					throw error("observation " + (row + 1) + " of variable " + variables[i].name
							+ " refers to a strL that <strls> does not define (reference 0x"
							+ Long.toHexString(reference) + ")");
				}
				values[row] = value;
			}
			strlReferences[i] = null;
		}
	}

	private String lookUp(Map<Long, String> strings, long reference, int variableBytes, boolean msf) {
		int variableBits = variableBytes * 8;
		long v;
		long o;
		if (msf) {
			v = reference >>> (64 - variableBits);
			o = reference & (-1L >>> variableBits);
		} else {
			v = reference & ((1L << variableBits) - 1);
			o = reference >>> variableBits;
		}
		return isStrLCell(v, o) ? strings.get(cellKey(v, o)) : null;
	}

	private void readValueLabels() throws IOException, Truncated, DataImportException {
		openSection(MAP_VALUE_LABELS, "value_labels");
		while (in.at("<lbl>")) {
			long at = in.position() - 5;
			long length = in.u4();
			String name = text(in.bytes(release.nameBytes));
			in.skip(3);
			requireLength(length, "the value label " + name + " at byte " + at);
			ByteBuffer table = ByteBuffer.wrap(in.bytes((int) length)).order(in.order());
			ValueLabelSet set = ValueLabelSet.parse(table, charset);
			if (set == null) {
				throw error("the value label " + name + " at byte " + at + " is malformed");
			}
			valueLabels.put(name, set);
			expect("</lbl>");
		}
		expect("</value_labels>");
	}

	/** Checks that a length read from the file fits in the rest of the file and in an array. */
	private void requireLength(long length, String what) throws Truncated, DataImportException {
		if (length > in.size() - in.position()) {
			throw new Truncated(in.size());
		}
		if (length > MAX_ARRAY) {
			throw error(what + " is " + length + " bytes long, more than VoxPop can read");
		}
	}

	/** Moves to a section by the map and checks its opening tag. */
	private void openSection(int mapIndex, String tag) throws IOException, Truncated, DataImportException {
		section = "<" + tag + ">";
		long at = map[mapIndex];
		if (at < 0 || at > in.size()) {
			throw error("<map> says <" + tag + "> starts at byte " + Long.toUnsignedString(at)
					+ " beyond the end of the file (" + in.size() + " bytes)");
		}
		in.seek(at);
		if (at + tag.length() + 2 > in.size()) {
			throw new Truncated(in.size());
		}
		if (!in.at("<" + tag + ">")) {
			throw error("<map> says <" + tag + "> starts at byte " + at + ", but there is no <" + tag + "> tag there");
		}
	}

	private void expect(String tag) throws IOException, Truncated, DataImportException {
		if (!in.at(tag)) {
			long at = in.position();
			if (at + tag.length() > in.size()) {
				throw new Truncated(in.size());
			}
			throw error("expected " + tag + " at byte " + at + " in " + section + ", found '"
					+ printable(in.peekAscii(tag.length())) + "'");
		}
	}

	private static String printable(String text) {
		StringBuilder result = new StringBuilder();
		for (char c : text.toCharArray()) {
			result.append(c >= ' ' && c < 127 ? String.valueOf(c) : String.format("\\x%02x", (int) c));
		}
		return result.toString();
	}

	/** A text field: its bytes up to the first NUL, in the file's encoding. */
	private String text(byte[] bytes) {
		int end = 0;
		while (end < bytes.length && bytes[end] != 0) {
			end++;
		}
		return new String(bytes, 0, end, charset == null ? StandardCharsets.US_ASCII : charset);
	}

	DataImportException error(String message) {
		return new DataImportException(fileName + ": " + message);
	}
}
