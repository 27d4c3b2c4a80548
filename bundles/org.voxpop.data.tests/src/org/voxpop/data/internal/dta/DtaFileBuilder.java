package org.voxpop.data.internal.dta;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes small .dta files of release 117, 118 or 119 as Stata's help {@code dta} describes them, for what no tool
 * at hand writes: byte/int/long/float extended missing values, shared value-label sets, binary and cross-linked
 * strLs, characteristics, MSF strLs, and broken files. Cells are given as stored: a number's stored integer or bits,
 * a str#'s text, a strL's {@code long[] {v, o}} (or its raw 8 bytes as a {@code Long}).
 */
final class DtaFileBuilder {

	private record Variable(String name, int type, String format, String valueLabelName, String label) {
	}

	private final int release;
	private final ByteOrder order;
	private final Charset charset;
	private final List<Variable> variables = new ArrayList<>();
	private final List<Object[]> rows = new ArrayList<>();
	private final ByteArrayOutputStream characteristics = new ByteArrayOutputStream();
	private final ByteArrayOutputStream strls = new ByteArrayOutputStream();
	private final ByteArrayOutputStream valueLabels = new ByteArrayOutputStream();
	private String datasetLabel = "";

	DtaFileBuilder(int release, ByteOrder order) {
		this.release = release;
		this.order = order;
		this.charset = release == 117 ? Charset.forName("windows-1252") : StandardCharsets.UTF_8;
	}

	DtaFileBuilder label(String text) {
		datasetLabel = text;
		return this;
	}

	DtaFileBuilder variable(String name, int type, String format, String valueLabelName, String label) {
		variables.add(new Variable(name, type, format, valueLabelName, label));
		return this;
	}

	DtaFileBuilder row(Object... cells) {
		rows.add(cells);
		return this;
	}

	DtaFileBuilder characteristic(String variable, String name, String contents) {
		Sink record = new Sink();
		record.fixed(variable, nameBytes()).fixed(name, nameBytes()).bytes(contents.getBytes(charset)).u1(0);
		byte[] body = record.toByteArray();
		characteristics.writeBytes(new Sink().ascii("<ch>").u4(body.length).bytes(body).ascii("</ch>").toByteArray());
		return this;
	}

	DtaFileBuilder gso(long v, long o, int type, byte[] contents) {
		Sink gso = new Sink().ascii("GSO").u4(v);
		if (release == 117) {
			gso.u4(o);
		} else {
			gso.u8(o);
		}
		strls.writeBytes(gso.u1(type).u4(contents.length).bytes(contents).toByteArray());
		return this;
	}

	DtaFileBuilder valueLabel(String name, int[] values, String[] labels) {
		ByteArrayOutputStream texts = new ByteArrayOutputStream();
		int[] offsets = new int[values.length];
		for (int i = 0; i < values.length; i++) {
			offsets[i] = texts.size();
			texts.writeBytes(labels[i].getBytes(charset));
			texts.write(0);
		}
		Sink table = new Sink().u4(values.length).u4(texts.size());
		for (int offset : offsets) {
			table.u4(offset);
		}
		for (int value : values) {
			table.u4(value & 0xFFFF_FFFFL);
		}
		byte[] body = table.bytes(texts.toByteArray()).toByteArray();
		valueLabels.writeBytes(new Sink().ascii("<lbl>").u4(body.length).fixed(name, nameBytes()).bytes(new byte[3])
				.bytes(body).ascii("</lbl>").toByteArray());
		return this;
	}

	/** The raw 8 bytes of a (v,o) reference as this release and byte order store it. */
	long reference(long v, long o) {
		int variableBits = 8 * (release == 117 ? 4 : release == 118 ? 2 : 3);
		return order == ByteOrder.LITTLE_ENDIAN ? v | (o << variableBits) : (v << (64 - variableBits)) | o;
	}

	byte[] build() {
		Sink file = new Sink();
		long[] map = new long[14];
		file.ascii("<stata_dta><header><release>" + release + "</release><byteorder>"
				+ (order == ByteOrder.BIG_ENDIAN ? "MSF" : "LSF") + "</byteorder><K>");
		file.unsigned(variables.size(), release == 119 ? 4 : 2).ascii("</K><N>");
		file.unsigned(rows.size(), release == 117 ? 4 : 8).ascii("</N><label>");
		byte[] label = datasetLabel.getBytes(charset);
		file.unsigned(label.length, release == 117 ? 1 : 2).bytes(label).ascii("</label><timestamp>");
		file.u1(17).ascii("24 Nov 2026 10:00").ascii("</timestamp></header>");
		map[1] = file.size();
		file.ascii("<map>");
		int mapAt = file.size();
		for (int i = 0; i < 14; i++) {
			file.u8(0);
		}
		file.ascii("</map>");
		map[2] = file.size();
		file.ascii("<variable_types>");
		variables.forEach(v -> file.unsigned(v.type, 2));
		file.ascii("</variable_types>");
		map[3] = file.size();
		file.ascii("<varnames>");
		variables.forEach(v -> file.fixed(v.name, nameBytes()));
		file.ascii("</varnames>");
		map[4] = file.size();
		file.ascii("<sortlist>").bytes(new byte[(variables.size() + 1) * (release == 119 ? 4 : 2)]).ascii("</sortlist>");
		map[5] = file.size();
		file.ascii("<formats>");
		variables.forEach(v -> file.fixed(v.format, release == 117 ? 49 : 57));
		file.ascii("</formats>");
		map[6] = file.size();
		file.ascii("<value_label_names>");
		variables.forEach(v -> file.fixed(v.valueLabelName, nameBytes()));
		file.ascii("</value_label_names>");
		map[7] = file.size();
		file.ascii("<variable_labels>");
		variables.forEach(v -> file.fixed(v.label, release == 117 ? 81 : 321));
		file.ascii("</variable_labels>");
		map[8] = file.size();
		file.ascii("<characteristics>").bytes(characteristics.toByteArray()).ascii("</characteristics>");
		map[9] = file.size();
		file.ascii("<data>");
		for (Object[] row : rows) {
			for (int i = 0; i < variables.size(); i++) {
				cell(file, variables.get(i).type, row[i]);
			}
		}
		file.ascii("</data>");
		map[10] = file.size();
		file.ascii("<strls>").bytes(strls.toByteArray()).ascii("</strls>");
		map[11] = file.size();
		file.ascii("<value_labels>").bytes(valueLabels.toByteArray()).ascii("</value_labels>");
		map[12] = file.size();
		file.ascii("</stata_dta>");
		map[13] = file.size();
		byte[] bytes = file.toByteArray();
		ByteBuffer patch = ByteBuffer.wrap(bytes).order(order);
		for (int i = 0; i < 14; i++) {
			patch.putLong(mapAt + 8 * i, map[i]);
		}
		return bytes;
	}

	private void cell(Sink file, int type, Object value) {
		switch (type) {
		case DtaVariable.DOUBLE -> file.u8(value instanceof Double d ? Double.doubleToRawLongBits(d) : (Long) value);
		case DtaVariable.FLOAT -> file.u4(value instanceof Float f ? Float.floatToRawIntBits(f) : (Integer) value);
		case DtaVariable.LONG -> file.u4(((Number) value).intValue());
		case DtaVariable.INT -> file.unsigned(((Number) value).intValue() & 0xFFFF, 2);
		case DtaVariable.BYTE -> file.u1(((Number) value).intValue());
		case DtaVariable.STRL -> file.u8(value instanceof long[] vo ? reference(vo[0], vo[1]) : (Long) value);
		default -> {
			byte[] text = value instanceof byte[] raw ? raw : ((String) value).getBytes(charset);
			byte[] field = new byte[type];
			System.arraycopy(text, 0, field, 0, Math.min(text.length, type));
			file.bytes(field);
		}
		}
	}

	private int nameBytes() {
		return release == 117 ? 33 : 129;
	}

	/** Bytes in the builder's byte order. */
	private final class Sink extends ByteArrayOutputStream {

		Sink ascii(String text) {
			writeBytes(text.getBytes(StandardCharsets.US_ASCII));
			return this;
		}

		Sink bytes(byte[] bytes) {
			writeBytes(bytes);
			return this;
		}

		Sink fixed(String text, int width) {
			byte[] field = new byte[width];
			byte[] bytes = text.getBytes(charset);
			System.arraycopy(bytes, 0, field, 0, Math.min(bytes.length, width - 1));
			return bytes(field);
		}

		Sink u1(int value) {
			write(value);
			return this;
		}

		Sink u4(long value) {
			return unsigned(value, 4);
		}

		Sink u8(long value) {
			return unsigned(value, 8);
		}

		Sink unsigned(long value, int width) {
			ByteBuffer buffer = ByteBuffer.allocate(8).order(order);
			if (order == ByteOrder.LITTLE_ENDIAN) {
				buffer.putLong(value);
				return bytes(java.util.Arrays.copyOf(buffer.array(), width));
			}
			buffer.putLong(value);
			return bytes(java.util.Arrays.copyOfRange(buffer.array(), 8 - width, 8));
		}
	}
}
