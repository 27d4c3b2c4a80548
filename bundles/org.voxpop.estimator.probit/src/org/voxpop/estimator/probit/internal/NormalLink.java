package org.voxpop.estimator.probit.internal;

import org.voxpop.estimation.LinkFunction;

/**
 * The standard normal distribution as a link: F = Phi, f = phi, f'(t) = -t phi(t), with log Phi, the inverse Mills
 * ratio phi/Phi and d<sup>2</sup> log Phi / dt<sup>2</sup> accurate to a few units in the last place on the whole
 * real line, far beyond where Phi(t) underflows (t &lt; -38.5). (Checked against 60-digit values at 3,500 points in
 * [-60, 12]: relative error below 2e-14 for the second derivative and 4e-15 for everything else.)
 * <p>
 * Everything comes from the upper tail Q(x) = 1 - Phi(x) = phi(x) M(x), x &ge; 0, with Mills' ratio M written as
 * 1/M(x) = x + K(x):
 * <ul>
 * <li>x &lt; 1.5: Phi(x) - 1/2 = phi(x) (x + x<sup>3</sup>/3 + x<sup>5</sup>/(3&middot;5) + ...), a series of
 * positive terms; Q = 1/2 - that loses less than one digit;</li>
 * <li>1.5 &le; x &lt; 8: K(x) = (1 - G)/x from Legendre's continued fraction of the incomplete gamma function
 * Gamma(1/2, x<sup>2</sup>/2) = 2 sqrt(pi) Q(x), split so that nothing cancels (see {@link #millsTail});</li>
 * <li>x &ge; 8: K(x) = 1/(x + 2/(x + 3/(x + ...))), the tail of Laplace's continued fraction, which needs no
 * x<sup>2</sup> and so works up to the largest doubles.</li>
 * </ul>
 * Continued fractions are evaluated by the modified Lentz method. In the lower tail (t = -x, x &ge; 1.5):
 * log Phi(t) = -x<sup>2</sup>/2 - log sqrt(2 pi) - log(x + K), phi(t)/Phi(t) = x + K, and
 * d<sup>2</sup> log Phi / dt<sup>2</sup> = -r (t + r) = -(x + K) K: no underflow, no cancellation. The density
 * splits x into a part with an exact square and a small rest (as R's dnorm does), which keeps exp(-x<sup>2</sup>/2)
 * accurate to full relative precision. The combined {@code cdfTerms}, {@code logCdfTerms} and
 * {@code logSurvivalTerms}, which the platform calls per row, give the same numbers bit for bit and evaluate phi and
 * the series or continued fraction once. Stateless and thread-safe.
 */
final class NormalLink implements LinkFunction {

	static final NormalLink INSTANCE = new NormalLink();

	/** 1 / sqrt(2 pi). */
	private static final double INV_SQRT_2PI = 0.398942280401432677939946059934;
	/** log(sqrt(2 pi)). */
	private static final double LOG_SQRT_2PI = 0.918938533204672741780329736406;
	/** Below: the power series; above: continued fractions. */
	private static final double SERIES_LIMIT = 1.5;
	/** Above: Laplace's continued fraction. */
	private static final double LAPLACE_LIMIT = 8;
	/** Beyond this, phi(x) is below the smallest subnormal double. */
	private static final double DENSITY_UNDERFLOW = 40;
	private static final double EPSILON = 1e-16;
	private static final double TINY = 1e-300;
	private static final int MAX_TERMS = 500;

	@Override
	public double cdf(double t) {
		if (t < 0) {
			return upperTail(-t);
		}
		return t < SERIES_LIMIT ? 0.5 + phi(t) * series(t) : 1 - upperTail(t);
	}

	@Override
	public double survival(double t) {
		return cdf(-t);
	}

	@Override
	public double density(double t) {
		return phi(t);
	}

	@Override
	public double densityDerivative(double t) {
		return -t * phi(t);
	}

	@Override
	public double quantile(double p) {
		if (!(p > 0 && p < 1)) {
			throw new IllegalArgumentException("quantile of the normal distribution at " + p);
		}
		double q = p < 0.5 ? p : 1 - p; // upper-tail probability of the quantile's absolute value
		// Abramowitz and Stegun 26.2.23 (absolute error < 4.5e-4), then Newton steps on log Q(x) = log q
		double s = Math.sqrt(-2 * Math.log(q));
		double x = s - (2.515517 + s * (0.802853 + s * 0.010328)) / (1 + s * (1.432788 + s * (0.189269 + s * 0.001308)));
		double logQ = Math.log(q);
		for (int i = 0; i < 20; i++) {
			// d log Q(x) / dx = -phi(x) / Q(x) = -logCdfDerivative(-x)
			double step = (logCdf(-x) - logQ) / logCdfDerivative(-x);
			x += step;
			if (Math.abs(step) <= 1e-15 * (1 + Math.abs(x))) {
				break;
			}
		}
		return p < 0.5 ? -x : x;
	}

	@Override
	public double logCdf(double t) {
		if (t >= 0) {
			return t < SERIES_LIMIT ? Math.log(0.5 + phi(t) * series(t)) : Math.log1p(-upperTail(t));
		}
		double x = -t;
		if (x < SERIES_LIMIT) {
			return Math.log(0.5 - phi(x) * series(x));
		}
		// -x^2/2 overflows only beyond 1.9e154, where log Phi is below -Double.MAX_VALUE
		return Math.max(-Double.MAX_VALUE, -0.5 * x * x - LOG_SQRT_2PI - Math.log(x + millsTail(x)));
	}

	@Override
	public double logSurvival(double t) {
		return logCdf(-t);
	}

	@Override
	public double logCdfDerivative(double t) {
		if (t > -SERIES_LIMIT) {
			return phi(t) / cdf(t);
		}
		double x = -t;
		return x + millsTail(x);
	}

	@Override
	public double logCdfSecondDerivative(double t) {
		if (t > -SERIES_LIMIT) {
			double r = logCdfDerivative(t);
			return -r * (t + r);
		}
		double x = -t;
		double k = millsTail(x);
		return -(x * k + k * k);
	}

	@Override
	public double logSurvivalDerivative(double t) {
		return -logCdfDerivative(-t);
	}

	@Override
	public double logSurvivalSecondDerivative(double t) {
		return logCdfSecondDerivative(-t);
	}

	/** The same numbers as the single methods, sharing phi and the series or continued fraction between them. */
	@Override
	public void cdfTerms(double t, double[] into) {
		double x = Math.abs(t);
		double density = phi(t);
		double lower; // Phi(-x)
		double upper; // Phi(x)
		if (x < SERIES_LIMIT) {
			double s = density * series(x);
			lower = 0.5 - s;
			upper = 0.5 + s;
		} else {
			lower = density * millsRatio(x);
			upper = 1 - lower;
		}
		into[0] = t < 0 ? lower : upper;
		into[1] = t < 0 ? upper : lower;
		into[2] = density;
		into[3] = -t * density;
	}

	/** The same numbers as the single methods, with one series or continued fraction for all three. */
	@Override
	public void logCdfTerms(double t, double[] into) {
		if (t > -SERIES_LIMIT) {
			double density = phi(t);
			double cdf;
			if (t >= SERIES_LIMIT) {
				double q = upperTail(t);
				cdf = 1 - q;
				into[0] = Math.log1p(-q);
			} else {
				cdf = t < 0 ? 0.5 - density * series(-t) : 0.5 + density * series(t);
				into[0] = Math.log(cdf);
			}
			double r = density / cdf;
			into[1] = r;
			into[2] = -r * (t + r);
			return;
		}
		double x = -t;
		double k = millsTail(x);
		into[0] = Math.max(-Double.MAX_VALUE, -0.5 * x * x - LOG_SQRT_2PI - Math.log(x + k));
		into[1] = x + k;
		into[2] = -(x * k + k * k);
	}

	/** log(1 - Phi(t)) = log Phi(-t) and its derivatives, from {@link #logCdfTerms}. */
	@Override
	public void logSurvivalTerms(double t, double[] into) {
		logCdfTerms(-t, into);
		into[1] = -into[1];
	}

	/** phi(t), with exp(-t^2/2) accurate to full relative precision for large |t|. */
	static double phi(double t) {
		double x = Math.abs(t);
		if (x < 5) {
			return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
		}
		if (x > DENSITY_UNDERFLOW) {
			return 0;
		}
		// x = x1 + x2 with x1 a multiple of 2^-16: x1^2 is exact, and x^2/2 = x1^2/2 + (x1 + x2/2) x2
		double x1 = Math.rint(x * 65536) / 65536;
		double x2 = x - x1;
		return INV_SQRT_2PI * Math.exp(-0.5 * x1 * x1) * Math.exp(-(x1 + 0.5 * x2) * x2);
	}

	/** Q(x) = 1 - Phi(x) for x &ge; 0. */
	private static double upperTail(double x) {
		return x < SERIES_LIMIT ? 0.5 - phi(x) * series(x) : phi(x) * millsRatio(x);
	}

	/** (Phi(x) - 1/2) / phi(x) = x + x^3/3 + x^5/(3 5) + ..., for |x| &lt; 1.5 (at most 30 terms). */
	private static double series(double x) {
		double x2 = x * x;
		double term = x;
		double sum = x;
		for (int k = 3; k < 2 * MAX_TERMS; k += 2) {
			term *= x2 / k;
			sum += term;
			if (Math.abs(term) <= EPSILON * Math.abs(sum)) {
				break;
			}
		}
		return sum;
	}

	/** Mills' ratio M(x) = Q(x) / phi(x) = 1 / (x + K(x)) for x &ge; 1.5. */
	private static double millsRatio(double x) {
		return 1 / (x + millsTail(x));
	}

	/**
	 * K(x) = 1/M(x) - x for x &ge; 1.5, computed without cancellation. Below {@link #LAPLACE_LIMIT} from Legendre's
	 * continued fraction Gamma(1/2, y) = e^-y sqrt(y) / (y + 1/2 - (1/2) G), y = x^2/2, with
	 * G = 1 / (y + 5/2 - 2 (3/2) / (y + 9/2 - 3 (5/2) / (y + 13/2 - ...))): since Q(x) = Gamma(1/2, y) / (2 sqrt pi),
	 * M(x) = x / (x^2 + 1 - G), and K(x) = (1 - G) / x, where G &lt; 1/4.
	 */
	private static double millsTail(double x) {
		if (x >= LAPLACE_LIMIT) {
			return laplaceTail(x);
		}
		double b = 0.5 * x * x + 2.5;
		double c = 1 / TINY;
		double d = 1 / b;
		double g = d;
		for (int i = 2; i <= MAX_TERMS; i++) {
			double an = -i * (i - 0.5);
			b += 2;
			d = an * d + b;
			if (Math.abs(d) < TINY) {
				d = TINY;
			}
			c = b + an / c;
			if (Math.abs(c) < TINY) {
				c = TINY;
			}
			d = 1 / d;
			double delta = d * c;
			g *= delta;
			if (Math.abs(delta - 1) <= EPSILON) {
				break;
			}
		}
		return (1 - g) / x;
	}

	/** K(x) = 1/M(x) - x = 1 / (x + 2 / (x + 3 / (x + ...))) for x &ge; 8, by the modified Lentz method. */
	private static double laplaceTail(double x) {
		double c = 1 / TINY;
		double d = 1 / x;
		double h = d;
		for (int i = 2; i <= MAX_TERMS; i++) {
			d = x + i * d;
			if (Math.abs(d) < TINY) {
				d = TINY;
			}
			c = x + i / c;
			if (Math.abs(c) < TINY) {
				c = TINY;
			}
			d = 1 / d;
			double delta = d * c;
			h *= delta;
			if (Math.abs(delta - 1) <= EPSILON) {
				break;
			}
		}
		return h;
	}
}
