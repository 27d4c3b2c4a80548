package org.voxpop.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.voxpop.codebook.Study;

/**
 * An imported survey dataset: columns of equal length in file order, and the codebook that says what they mean.
 * <p>
 * The codebook has one variable for every column (importers add plain variables for columns that a codebook file
 * does not describe). Values are stored as read: missing codes are not replaced, so an analysis can decide that
 * "Not sure" is a category of a predictor but missing in an outcome.
 */
public final class Dataset {

	private final Path source;
	private final Study codebook;
	private final Map<String, Column> columns;
	private final int rowCount;
	private final List<String> notes = new ArrayList<>();

	/**
	 * @param source   the file the data came from, for messages; may be {@code null} for data built in memory
	 * @param codebook the codebook; never {@code null}
	 * @param columns  the columns, all of the same size and with unique names
	 * @throws IllegalArgumentException if sizes differ or a name repeats
	 */
	public Dataset(Path source, Study codebook, List<? extends Column> columns) {
		this.source = source;
		this.codebook = Objects.requireNonNull(codebook, "codebook");
		Map<String, Column> byName = new LinkedHashMap<>();
		int rows = columns.isEmpty() ? 0 : columns.get(0).size();
		for (Column column : columns) {
			if (column.size() != rows) {
				throw new IllegalArgumentException("column " + column.name() + " has " + column.size()
						+ " rows, expected " + rows);
			}
			if (byName.put(column.name(), column) != null) {
				throw new IllegalArgumentException("column name " + column.name() + " appears twice");
			}
		}
		this.columns = Collections.unmodifiableMap(byName);
		this.rowCount = rows;
	}

	/**
	 * What the user should know about how the data were read, e.g. "q7 is not in the data; its description was not
	 * applied" or "the file declares encoding X; read as Y". Importers and the codebook merge add to this list;
	 * commands print it. Never {@code null}; modifiable.
	 */
	public List<String> notes() {
		return notes;
	}

	/** The file this dataset was read from; {@code null} if it was built in memory. */
	public Path source() {
		return source;
	}

	/** A name for messages: the file name, or "dataset" if there is no file. */
	public String displayName() {
		return source == null ? "dataset" : String.valueOf(source.getFileName());
	}

	/** The codebook; never {@code null}. */
	public Study codebook() {
		return codebook;
	}

	public int rowCount() {
		return rowCount;
	}

	public int columnCount() {
		return columns.size();
	}

	/** Column names in file order. */
	public List<String> columnNames() {
		return new ArrayList<>(columns.keySet());
	}

	/** The column with this exact name, or {@code null} if there is none. */
	public Column column(String name) {
		return columns.get(name);
	}
}
