package org.refinery.devstack.process;

import java.io.PrintStream;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** Where the devstack reports what happens: one line per meaningful event. */
public interface Progress {

	void info(String component, String message);

	void warn(String component, String message);

	/** Timestamped lines on standard output, warnings marked as such. */
	static Progress console() {
		return console(System.out);
	}

	static Progress console(PrintStream out) {
		var time = DateTimeFormatter.ofPattern("HH:mm:ss");
		return new Progress() {
			@Override
			public void info(String component, String message) {
				out.printf("%s  %-18s %s%n", LocalTime.now().format(time), component, message);
			}

			@Override
			public void warn(String component, String message) {
				out.printf("%s  %-18s WARNING: %s%n", LocalTime.now().format(time), component, message);
			}
		};
	}

}
