package org.refinery.devstack.process;

import java.nio.file.Path;

/** The JDK the launcher runs on; every child JVM uses the same one. */
public record JavaRuntime(Path home) {

	public static JavaRuntime current() {
		return new JavaRuntime(Path.of(System.getProperty("java.home")));
	}

	public String executable() {
		return home.resolve("bin").resolve("java").toString();
	}

}
