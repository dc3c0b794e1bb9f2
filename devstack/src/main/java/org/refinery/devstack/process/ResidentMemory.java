package org.refinery.devstack.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/** Resident set sizes from {@code /proc}: what the platform really costs in memory. */
public final class ResidentMemory {

	private ResidentMemory() {
	}

	/** The sum of the processes' VmRSS in bytes; processes that are gone count as zero. */
	public static long of(Collection<Long> pids) {
		return pids.stream().mapToLong(ResidentMemory::of).sum();
	}

	public static long of(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
				}
			}
		}
		catch (IOException | NumberFormatException ex) {
			// gone, or not Linux
		}
		return 0;
	}

}
