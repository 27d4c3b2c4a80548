package org.voxpop.data.internal.sav;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.voxpop.codebook.Study;
import org.voxpop.data.Column;
import org.voxpop.data.DataImportException;
import org.voxpop.data.Dataset;
import org.voxpop.data.DatasetImporter;
import org.voxpop.data.ImportSource;
import org.voxpop.data.NumericColumn;
import org.voxpop.data.StringColumn;
import org.voxpop.data.internal.sav.Layout.ColumnLayout;

/**
 * Imports an SPSS system file: {@code .sav} (uncompressed or bytecode-compressed, {@code $FL2}) and {@code .zsav}
 * (ZLIB-compressed, {@code $FL3}), in either byte order. Written after the description of the format in the GNU PSPP
 * developers' guide, appendix "System File Format".
 * <p>
 * The dictionary is read first (as bytes: the encoding comes late, in record 7/20), then the cases are decoded
 * straight into one array per column, sized from the case count in the header (grown when the count is unknown),
 * then the codebook is built. An encoding given in the {@link ImportSource} overrides the file's own.
 */
public final class SavImporter implements DatasetImporter {

	private static final int DEFAULT_BUFFER_SIZE = 1 << 20;

	private final int bufferSize;

	public SavImporter() {
		this(DEFAULT_BUFFER_SIZE);
	}

	/** With a given read buffer; small ones let tests exercise values across buffer boundaries. */
	SavImporter(int bufferSize) {
		this.bufferSize = bufferSize;
	}

	@Override
	public Dataset importDataset(ImportSource source, IProgressMonitor monitor) throws DataImportException {
		Path file = source.dataFile();
		String fileName = String.valueOf(file.getFileName());
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			long fileSize = channel.size();
			SavInput in = new SavInput(ByteSource.of(channel), fileName, 0, fileSize, bufferSize, false);
			Dictionary dictionary = Dictionary.read(in);
			Extensions extensions = Extensions.read(dictionary, in.littleEndian, fileName);
			Text text = Text.resolve(source.encoding(), extensions.encodingName, extensions.characterCode, fileName);
			Layout layout = Layout.of(dictionary.variables, extensions.veryLongWidths,
					extensions.longNames(text.charset), in);
			long sysmisBits = Double.doubleToRawLongBits(extensions.sysmis);

			SavInput data = in;
			ZlibSource zlib = null;
			if (dictionary.header.compression() == 2) {
				zlib = ZlibSource.open(channel, in, fileSize);
				data = new SavInput(zlib, fileName, zlib.start, zlib.decompressedEnd, bufferSize, true);
				data.littleEndian = in.littleEndian;
			}
			try {
				long caseCount = dictionary.header.caseCount() >= 0 ? dictionary.header.caseCount()
						: extensions.caseCount64;
				monitor.beginTask("Reading " + fileName,
						caseCount > 0 ? (int) Math.min(caseCount, Integer.MAX_VALUE) : IProgressMonitor.UNKNOWN);
				if (monitor.isCanceled()) {
					throw new OperationCanceledException();
				}
				boolean compressed = dictionary.header.compression() != 0;
				CaseReader cases = new CaseReader(data, layout, text, dictionary.header.bias(), sysmisBits,
						caseCount < 0 ? -1 : caseCount);
				int[] reported = { 0 };
				cases.read(compressed, initialRows(caseCount, layout, data, fileSize, compressed), rows -> {
					monitor.worked(rows - reported[0]);
					reported[0] = rows;
					if (monitor.isCanceled()) {
						throw new OperationCanceledException();
					}
				});
				Study study = new CodebookBuilder(dictionary, extensions, layout, text, in.littleEndian, fileName)
						.build(stem(fileName), cases.rows);
				List<Column> columns = new ArrayList<>();
				for (ColumnLayout column : layout.columns) {
					columns.add(column.isString() ? new StringColumn(column.name, cases.texts[column.index])
							: new NumericColumn(column.name, cases.numbers[column.index]));
				}
				return new Dataset(file, study, columns);
			} finally {
				if (zlib != null) {
					zlib.close();
				}
			}
		} catch (NoSuchFileException e) {
			throw new DataImportException(fileName + ": no such file. Check the path.", e);
		} catch (IOException e) {
			throw new DataImportException(fileName + ": cannot be read (" + e.getMessage() + ")", e);
		} finally {
			monitor.done();
		}
	}

	/**
	 * How many rows to make room for at first: the cases announced, but no more than the data can hold (one 8-byte
	 * slot a value uncompressed, at least one command byte compressed) and, for .zsav, than one command byte a value
	 * of the file would give; so a corrupt count never allocates more than the file justifies. More room is made
	 * as rows come.
	 */
	private static long initialRows(long announced, Layout layout, SavInput data, long fileSize, boolean compressed) {
		int slots = Math.max(1, layout.slots());
		long most = compressed ? data.remaining() / slots : data.remaining() / (8L * slots);
		long limit = Math.min(most, fileSize / slots) + 1;
		return announced < 0 ? Math.min(limit, 1 << 20) : Math.min(announced, limit);
	}

	private static String stem(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot <= 0 ? fileName : fileName.substring(0, dot);
	}
}
