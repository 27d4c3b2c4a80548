package org.voxpop.frequencies;

import java.util.List;

/**
 * The share of valid answers among the highest or lowest codes of a scale, e.g. "top-2 box: support" (4 or 5 on
 * a 5-point scale).
 *
 * @param name     "top2" or "bottom2"
 * @param label    e.g. "Top-2 box (Somewhat support, Strongly support)"
 * @param codes    the codes in the box, ascending
 * @param estimate the weighted percentage of valid answers in the box
 */
public record BoxScore(String name, String label, List<Double> codes, Estimate estimate) {
}
