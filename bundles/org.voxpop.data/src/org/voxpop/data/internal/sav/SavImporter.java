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
				long caseCount = caseCount(dictionary.header.caseCount(), extensions.caseCount64, layout, data,
						dictionary.header.compression() != 0);
				monitor.beginTask("Reading " + fileName,
						caseCount > 0 ? (int) Math.min(caseCount, Integer.MAX_VALUE) : IProgressMonitor.UNKNOWN);
				if (monitor.isCanceled()) {
					throw new OperationCanceledException();
				}
				CaseReader cases = new CaseReader(data, layout, text, dictionary.header.bias(), sysmisBits, caseCount);
				int[] reported = { 0 };
				cases.read(dictionary.header.compression() != 0, initialRows(layout, data), rows -> {
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
	 * The number of cases the file announces (the header's, or record 7/16's if the header does not know), or -1;
	 * checked against the most cases the data can hold.
	 */
	private static long caseCount(int headerCount, long extendedCount, Layout layout, SavInput data,
			boolean compressed) throws DataImportException {
		long count = headerCount >= 0 ? headerCount : extendedCount;
		if (count < 0 || layout.slots() == 0) {
			return count < 0 ? -1 : 0;
		}
		// uncompressed, a case takes 8 bytes a slot; compressed, at least one command byte a slot
		long most = compressed ? data.remaining() * 8 / layout.slots() : data.remaining() / (8L * layout.slots());
		if (count > most) {
			throw data.corrupt("the header gives " + count + " cases, but the " + data.remaining()
					+ " bytes of data from " + data.at(data.offset()) + " can hold at most " + most
					+ ". The file is truncated or corrupt.");
		}
		return count;
	}

	/** Room for the cases of a file that does not say how many it has: what the uncompressed data could hold. */
	private static long initialRows(Layout layout, SavInput data) {
		return layout.slots() == 0 ? 0 : Math.min(data.remaining() / (8L * layout.slots()) + 1, 1 << 20);
	}

	private static String stem(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot <= 0 ? fileName : fileName.substring(0, dot);
	}
}
