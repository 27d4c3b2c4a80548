package org.voxpop.estimation.result;

/**
 * A term that the design implied but the model left out.
 *
 * @param term   Stata's name of the term, e.g. {@code 3.region}, {@code 2.a#3.b}; never {@code null}
 * @param reason why: {@code collinearity}, {@code empty} (the term identifies no observations), or
 *               {@code predicts success perfectly} / {@code predicts failure perfectly}; never {@code null}
 */
public record Omission(String term, String reason) {
}
