package org.voxpop.data;

import java.util.ArrayList;
import java.util.List;

import org.voxpop.codebook.Derivation;
import org.voxpop.codebook.Variable;

/**
 * Computes the columns of derived variables (recodes declared in the codebook) from their sources. The data as
 * read are never changed: a derived variable gets a new column.
 */
public final class DerivedColumns {

	private DerivedColumns() {
	}

	/**
	 * A dataset with a column for every derived variable of its codebook that has none yet, computed in codebook
	 * order (so a derived variable may be derived from one defined before it).
	 *
	 * @param dataset the dataset; never {@code null}
	 * @return {@code dataset} itself if nothing is to be computed, else a new dataset sharing its columns and
	 *         codebook
	 * @throws DataImportException if a derivation's source has no column or is a string column; the message names
	 *                             both variables and the file
	 */
	public static Dataset compute(Dataset dataset) throws DataImportException {
		List<Column> columns = new ArrayList<>();
		for (String name : dataset.columnNames()) {
			columns.add(dataset.column(name));
		}
		List<Column> computed = new ArrayList<>();
		for (Variable variable : dataset.codebook().getVariables()) {
			if (!variable.isDerived() || dataset.column(variable.getName()) != null) {
				continue;
			}
			Derivation derivation = variable.getDerivation();
			String sourceName = derivation.getSource() == null ? null : derivation.getSource().getName();
			Column source = dataset.column(sourceName);
			for (Column done : computed) {
				if (done.name().equals(sourceName)) {
					source = done;
				}
			}
			if (!(source instanceof NumericColumn numeric)) {
				throw new DataImportException(dataset.displayName() + ": the codebook derives " + variable.getName()
						+ " from " + sourceName + ", which " + (source == null ? "is not in the data"
								: "is a string variable") + ". Fix the derivation in the codebook.");
			}
			double[] values = new double[numeric.size()];
			for (int row = 0; row < values.length; row++) {
				values[row] = derivation.apply(numeric.values()[row]);
			}
			computed.add(new NumericColumn(variable.getName(), values));
		}
		if (computed.isEmpty()) {
			return dataset;
		}
		columns.addAll(computed);
		Dataset result = new Dataset(dataset.source(), dataset.codebook(), columns);
		result.notes().addAll(dataset.notes());
		return result;
	}
}
