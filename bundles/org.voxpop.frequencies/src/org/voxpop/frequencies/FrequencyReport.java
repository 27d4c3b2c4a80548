package org.voxpop.frequencies;

import java.util.List;
import java.util.Objects;

/**
 * Everything one {@code voxpop freq} run computed: the result model that the JSON writer and the report templates
 * read.
 *
 * @param dataFile          the data file's name, for titles; may be {@code null}
 * @param weight            the weight, or {@code null} for none
 * @param frequencies       frequency tables, in the order asked for (per variable, then per group); never {@code null}
 * @param crossTables       cross-tabs by the grouping variable; never {@code null}
 * @param multipleResponses multiple-response tables; never {@code null}
 */
public record FrequencyReport(String dataFile, SurveyWeight weight, List<FrequencyTable> frequencies,
		List<CrossTable> crossTables, List<MultipleResponseTable> multipleResponses) {

	public FrequencyReport {
		frequencies = List.copyOf(Objects.requireNonNull(frequencies, "frequencies"));
		crossTables = List.copyOf(Objects.requireNonNull(crossTables, "crossTables"));
		multipleResponses = List.copyOf(Objects.requireNonNull(multipleResponses, "multipleResponses"));
	}
}
