package org.voxpop.estimation.internal;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;

/**
 * Loops over the rows of a large design on two threads: one contiguous part of the rows per thread (the first on the
 * calling one), each adding into sums of its own, which are then added in part order, so that results do not depend
 * on thread timing.
 */
public final class RowParts {

	/** Below this many rows a loop runs on the calling thread only: a second thread would not pay for itself. */
	public static final int PARALLEL_ROWS = 50_000;

	/** One part of a row loop: rows [from, to), adding into {@code sums}; per-row outputs go to its own rows only. */
	public interface Task {
		void run(int part, int from, int to, double[] sums);
	}

	private RowParts() {
	}

	/** How many parts (threads) a loop over this many rows uses. */
	public static int threadsFor(int rows) {
		return rows < PARALLEL_ROWS ? 1 : Math.min(2, Runtime.getRuntime().availableProcessors());
	}

	/**
	 * Runs the task over rows [0, rows) in {@code parts} contiguous parts and returns the sum of their sums.
	 *
	 * @param length the number of sums
	 */
	public static double[] sum(int rows, int parts, int length, Task task) {
		double[][] sums = new double[parts][length];
		Future<?>[] others = new Future<?>[parts];
		for (int q = 1; q < parts; q++) {
			int part = q;
			others[q] = ForkJoinPool.commonPool().submit(() -> task.run(part, (int) ((long) rows * part / parts),
					(int) ((long) rows * (part + 1) / parts), sums[part]));
		}
		task.run(0, 0, (int) ((long) rows / parts), sums[0]);
		for (int q = 1; q < parts; q++) {
			join(others[q]);
			for (int i = 0; i < length; i++) {
				sums[0][i] += sums[q][i];
			}
		}
		return sums[0];
	}

	/** Waits for a part that runs on another thread; its runtime exceptions are rethrown as they are. */
	public static void join(Future<?> part) {
		try {
			part.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted during a pass over the rows", e);
		} catch (ExecutionException e) {
			throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
		}
	}
}
