package org.voxpop.frequencies;

/**
 * A weighted share with its design-based standard error and confidence interval, in percent (0–100).
 * <p>
 * The standard error is the linearisation (Taylor series) estimate for a design of independent rows with weights
 * only, as R's {@code survey::svymean} computes it on a domain ({@code subset} of the whole design): rows outside the
 * domain count as zeros, and the factor is n/(n−1) with n the rows of the whole dataset (frequency-weighted rows
 * counted as often as their weight). The interval is the logit interval of {@code survey::svyciprop(method =
 * "logit")} (and of Stata's {@code proportion}): logit(p) ± t(df)·se/(p(1−p)), back-transformed, with df the
 * domain's rows minus one; it stays inside 0–100.
 *
 * @param percent the estimate; NaN if the domain is empty
 * @param se      its standard error; NaN if the domain is empty or has one row
 * @param ciLow   lower bound; equal to the estimate (0 or 100) when the estimate is 0 or 100, NaN when undefined
 * @param ciHigh  upper bound, like {@code ciLow}
 */
public record Estimate(double percent, double se, double ciLow, double ciHigh) {
}
