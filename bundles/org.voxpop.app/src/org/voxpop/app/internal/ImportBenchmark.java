package org.voxpop.app.internal;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.voxpop.data.DataImportException;
import org.voxpop.data.Dataset;
import org.voxpop.data.ImportSource;
import org.voxpop.data.Importers;

/**
 * {@code voxpop bench --import FILE}: imports a file several times in one JVM through the registry, as
 * {@code --data} does, and prints the first (cold) and the best warm time and the peak heap in use (the sum of
 * the heap pools' peak usage, reset before each import). {@code releng/bench/import-vs-readstat} runs it next to
 * ReadStat on the same generated files.
 */
final class ImportBenchmark {

	private ImportBenchmark() {
	}

	static void run(PrintStream out, Path file, int repeats) throws DataImportException {
		double best = Double.POSITIVE_INFINITY;
		long peak = 0;
		for (int run = 0; run < repeats; run++) {
			System.gc();
			for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
				pool.resetPeakUsage();
			}
			long start = System.nanoTime();
			Dataset dataset = Importers.importDataset(ImportSource.of(file), new NullProgressMonitor());
			double seconds = (System.nanoTime() - start) / 1e9;
			long used = 0;
			for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
				if (pool.getType() == MemoryType.HEAP) {
					used += pool.getPeakUsage().getUsed();
				}
			}
			peak = Math.max(peak, used);
			out.printf(Locale.ROOT, "import %s: %s %.3f s (%d rows x %d variables), peak heap %.0f MB%n",
					file.getFileName(), run == 0 ? "cold" : "warm", seconds, dataset.rowCount(), dataset.columnCount(),
					used / 1e6);
			if (run > 0) {
				best = Math.min(best, seconds);
			}
		}
		out.printf(Locale.ROOT, "import %s: best warm %.3f s, peak heap %.0f MB, max heap %.0f MB%n", file.getFileName(),
				best, peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
	}
}
