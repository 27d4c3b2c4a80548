package org.voxpop.estimation;

import java.util.Objects;

/**
 * How the variance of the estimates is computed, as Stata's {@code vce()} option.
 *
 * @param kind            the estimator of the variance; never {@code null}
 * @param clusterVariable the variable whose values identify clusters for {@link Kind#CLUSTER}, else {@code null}
 */
public record Vce(Kind kind, String clusterVariable) {

	/** The variance estimators. */
	public enum Kind {
		/** Inverse of the observed information (the negative Hessian) at the maximum. */
		OIM,
		/**
		 * Huber/White sandwich, H<sup>-1</sup> (sum s<sub>i</sub>s<sub>i</sub>') H<sup>-1</sup> times N/(N-1), as
		 * Stata's {@code vce(robust)}.
		 */
		ROBUST,
		/** Cluster-robust sandwich over cluster sums of scores, times G/(G-1), as Stata's {@code vce(cluster)}. */
		CLUSTER
	}

	public static final Vce OIM = new Vce(Kind.OIM, null);
	public static final Vce ROBUST = new Vce(Kind.ROBUST, null);

	public Vce {
		Objects.requireNonNull(kind, "kind");
		if ((kind == Kind.CLUSTER) != (clusterVariable != null)) {
			throw new IllegalArgumentException("a cluster variable goes with vce cluster, and only with it");
		}
	}

	public static Vce cluster(String variable) {
		return new Vce(Kind.CLUSTER, Objects.requireNonNull(variable, "variable"));
	}

	/** {@code oim}, {@code robust} or {@code cluster}: the JSON contract's {@code vce} value. */
	public String stataName() {
		return kind.name().toLowerCase(java.util.Locale.ROOT);
	}

	@Override
	public String toString() {
		return kind == Kind.CLUSTER ? "cluster " + clusterVariable : stataName();
	}
}
