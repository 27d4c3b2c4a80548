package org.voxpop.codebook.io;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.voxpop.codebook.Category;
import org.voxpop.codebook.Derivation;
import org.voxpop.codebook.MissingKind;
import org.voxpop.codebook.Study;
import org.voxpop.codebook.Variable;
import org.voxpop.core.AtomicFiles;
import org.voxpop.core.NumberText;

/**
 * Writes and reads a codebook as a <a href="https://ddialliance.org/Specification/DDI-Codebook/2.5/">DDI Codebook
 * 2.5</a> XML document (namespace {@value #NAMESPACE}), valid against the official 2.5.1 schema.
 *
 * <h2>Mapping</h2>
 * <ul>
 * <li><b>Study</b>: {@code name} is {@code stdyDscr/citation/titlStmt/IDNo}; {@code title} is {@code titl} of both
 * the document and the study citation (the name stands in when the study has no title; a
 * {@code VoxPop:untitled} note then records that); {@code country} is {@code sumDscr/nation}; {@code year} and
 * {@code wave} are {@code sumDscr/timePrd} {@code @date} and {@code @cycle}; {@code fieldworkStart} and
 * {@code fieldworkEnd} are {@code collDate} with {@code @event} start and end; {@code caseCount} is
 * {@code fileDscr/fileTxt/dimensns/caseQnty} (next to {@code varQnty}); {@code fileEncoding} is
 * {@code fileTxt/fileType/@charset}; each of {@code documents} is one untyped {@code stdyDscr/notes}, in order.
 * The weight variable has {@code @wgt="wgt"}, every variable that is not a weight points at it with
 * {@code @wgt-var}, and a {@code dataDscr/notes} of type {@code VoxPop:weightVariable} names it.</li>
 * <li><b>Variable</b> ({@code var}, ID {@code V1}, {@code V2}, ... in order): {@code name} is {@code @name};
 * {@code label} {@code labl}; the question text parts are {@code qstn/preQTxt}, {@code qstnLit}, {@code postQTxt}
 * and {@code ivuInstr}; {@code universe} and {@code concept} the elements of that name; the measurement level, if
 * it is set, is {@code @nature} (nominal, ordinal, or interval for scale) and {@code @intrvl} (contin for scale,
 * else discrete); {@code valueType} is {@code varFormat/@type} (numeric or character) and {@code format} its text
 * with {@code @schema} SPSS (e.g. F8.2, A20), other with {@code @otherSchema="Stata"} (e.g. %9.0g) or other;
 * {@code width}, unless 0, is {@code location/@width}; a weight ({@code weightType} not NONE, or the study's weight
 * variable) has {@code @wgt="wgt"} and a {@code VoxPop:weightType} note; a set {@code referenceCode} is a
 * {@code VoxPop:referenceCode} note.</li>
 * <li><b>Category</b> ({@code catgry}): {@code catValu} is the code as {@link #formatCode(double)} writes it, or for
 * a string variable the text; {@code labl} the label; a missing kind other than NONE is {@code @missing="Y"} with
 * {@code @missType} = the {@link MissingKind} literal (e.g. notSure).</li>
 * <li><b>Value range</b>: each is its own {@code valrng} (missing kind NONE) or {@code invalrng} holding one
 * {@code range} whose {@code @min} and {@code @max} are omitted for -Infinity and +Infinity; an {@code invalrng}
 * carries its missing kind as a {@code notes} of type {@code VoxPop:missingKind} inside it. The schema puts every
 * valrng before every invalrng, so when the variable lists a valid range after a missing one, a
 * {@code VoxPop:valueRangeOrder} note ("missing valid ...") records the order.</li>
 * <li><b>Derivation</b>: {@code var/derivation/@var} is the source's ID; {@code drvdesc} describes the rules in
 * words; {@code drvcmd @syntax="Stata"} is a Stata command that is read back exactly, e.g.
 * {@code recode q7 (4/5 = 1) (1/3 = 0) (. = 9) (else = .), generate(q7_top2)}: {@code min} and {@code max} stand for
 * -Infinity and +Infinity, {@code .} for NaN (system missing), {@code (else = .)} ends the rules when
 * {@code otherwise} is SYSTEM_MISSING (Stata copies unmatched values by default, which is COPY).</li>
 * <li><b>Multiple-response set</b>: {@code varGrp @type="multipleResp"} with {@code @name}, {@code labl},
 * {@code @var} = the member IDs, a {@code defntn} in words, and notes {@code VoxPop:multipleResponseType},
 * {@code VoxPop:countedValue} (if any) and {@code VoxPop:categoryLabelSource}.</li>
 * <li><b>Question set</b>: {@code varGrp @type="grid"} (a battery asked with one stem is what DDI calls a grid;
 * "section" is a part of a questionnaire) with {@code @name}, {@code labl}, {@code txt} = the question text and
 * {@code @var}.</li>
 * </ul>
 * Facts DDI has no place for are {@code notes} elements whose {@code @type} starts with {@code VoxPop:}; their text
 * is an EMF literal or a number as {@link #formatCode(double)} writes it.
 *
 * <h2>Numbers</h2> Codes, bounds and recode values are written exactly: whole numbers without ".0", other numbers
 * with {@link Double#toString(double)}, which {@link Double#parseDouble(String)} reads back to the same double.
 * Stata's extended missing codes .a to .z are very large doubles (about 8.99E307) and are written as such, e.g.
 * {@code 8.98846567431158E307}; a foreign reader sees them as ordinary (huge) codes.
 *
 * <h2>Reading other DDI files</h2> Elements and attributes VoxPop does not map (summary statistics, XHTML markup,
 * other groups, further study description, ...) are skipped; text content is the concatenated text of the element.
 * In files VoxPop did not write (their {@code docDscr} does not name VoxPop as the software), surrounding white space
 * of texts is stripped; a {@code qstn} without parts is the question text; a weight without a VoxPop weight type is
 * a SAMPLING weight; a missing category or {@code invalrng} without a known missing kind is OTHER; groups of type
 * grid and section become question sets; a multiple-response group without VoxPop notes is a dichotomy set whose
 * counted value is unknown ({@code null}); derivations whose command is not a Stata {@code recode} VoxPop can
 * represent (number lists and ranges with min, max and ., and {@code (else = .)}) are ignored, while in a file
 * VoxPop wrote such a command is an error.
 * When not every variable that names a weight ({@code @wgt-var}) names the same one, the study has no weight
 * variable.
 */
public final class DdiCodebook {

	/** The XML namespace of DDI Codebook 2.5 (and 2.5.1). */
	public static final String NAMESPACE = "ddi:codebook:2_5";

	static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
	static final String SCHEMA_LOCATION = NAMESPACE
			+ " http://www.ddialliance.org/Specification/DDI-Codebook/2.5/XMLSchema/codebook.xsd";
	static final String SOFTWARE = "VoxPop";
	static final String FILE_ID = "F1";

	static final String NOTE_UNTITLED = "VoxPop:untitled";
	static final String NOTE_WEIGHT_VARIABLE = "VoxPop:weightVariable";
	static final String NOTE_WEIGHT_TYPE = "VoxPop:weightType";
	static final String NOTE_REFERENCE_CODE = "VoxPop:referenceCode";
	static final String NOTE_MISSING_KIND = "VoxPop:missingKind";
	static final String NOTE_RANGE_ORDER = "VoxPop:valueRangeOrder";
	static final String NOTE_MR_TYPE = "VoxPop:multipleResponseType";
	static final String NOTE_COUNTED_VALUE = "VoxPop:countedValue";
	static final String NOTE_LABEL_SOURCE = "VoxPop:categoryLabelSource";

	static final Pattern SPSS_FORMAT = Pattern.compile("[A-Za-z]+[0-9]+(\\.[0-9]+)?");

	private DdiCodebook() {
	}

	// ------------------------------------------------------------------------------------------------ numbers

	/**
	 * A code, range bound or recode value as DDI text: whole numbers without a fraction ("4", "-9"), negative zero as
	 * "-0", anything else as {@link Double#toString(double)} ("0.5", "8.98846567431158E307", "NaN", "Infinity").
	 * {@link Double#parseDouble(String)} gives back exactly the same double.
	 *
	 * @param code any double
	 * @return the text; never {@code null}
	 */
	public static String formatCode(double code) {
		if (Double.doubleToRawLongBits(code) == Double.doubleToRawLongBits(-0.0)) {
			return "-0";
		}
		return NumberText.plain(code);
	}

	// ------------------------------------------------------------------------------------------------ writing

	/**
	 * Writes a study as DDI Codebook 2.5, atomically: the document goes to a temporary file next to the target that
	 * then replaces it, so a failed export leaves the previous file as it was.
	 *
	 * @param study the study; not {@code null}; it is not changed
	 * @param file  the target file; not {@code null}; its folder must exist
	 * @throws IOException if the study cannot be written (a variable without a name, a reference to a variable
	 *                     outside the study, text XML cannot hold) or writing fails; the message names the file
	 */
	public static void write(Study study, Path file) throws IOException {
		Objects.requireNonNull(study, "study");
		Objects.requireNonNull(file, "file");
		AtomicFiles.write(file, temp -> {
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
				write(study, out, file.toString());
			}
		});
	}

	/**
	 * Writes a study as a DDI Codebook 2.5 document in UTF-8.
	 *
	 * @param study the study; not {@code null}; it is not changed
	 * @param out   where to write; not {@code null}; flushed but not closed
	 * @throws IOException if the study cannot be written (see {@link #write(Study, Path)}) or the stream fails
	 */
	public static void write(Study study, OutputStream out) throws IOException {
		Objects.requireNonNull(study, "study");
		Objects.requireNonNull(out, "out");
		write(study, out, "DDI export of study " + study.getName());
	}

	private static void write(Study study, OutputStream out, String description) throws IOException {
		try {
			XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
			new DdiWriter.Writer(study, new DdiWriter.Out(xml), description).write();
			xml.flush();
			xml.close();
			out.write('\n');
			out.flush();
		} catch (XMLStreamException e) {
			throw new IOException(description + ": " + e.getMessage(), e);
		}
	}

	/**
	 * Reads a DDI Codebook 2.5 document into a new study (not in any resource).
	 *
	 * @param file the document; not {@code null}
	 * @return the study; never {@code null}
	 * @throws IOException if the file cannot be read, is not well-formed XML, is not DDI Codebook 2.5 (root
	 *                     {@code codeBook} in namespace {@value #NAMESPACE}), or lacks what VoxPop needs (a variable
	 *                     name, a category value, ...); the message names the file and, where there is one, the
	 *                     line and element
	 */
	public static Study read(Path file) throws IOException {
		Objects.requireNonNull(file, "file");
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			return read(in, file.toString());
		}
	}

	/**
	 * Reads a DDI Codebook 2.5 document from a stream, e.g. a file inside a bundle.
	 *
	 * @param in          the document; not {@code null}; not closed here
	 * @param description what the stream is, for messages, e.g. a file name; not {@code null}
	 * @return the study; never {@code null}
	 * @throws IOException as {@link #read(Path)}; the message starts with the description
	 */
	public static Study read(InputStream in, String description) throws IOException {
		Objects.requireNonNull(in, "in");
		Objects.requireNonNull(description, "description");
		return new DdiReader.Reader(DdiReader.parse(in, description), description).read();
	}
}
