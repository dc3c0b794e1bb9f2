package org.refinery.devstack.services;

import java.nio.file.Files;
import java.nio.file.Path;

/** The executable jar a module's build leaves in its target directory. */
record ServiceJar(Path repositoryRoot, String module, String version) {

	Path path() {
		return repositoryRoot.resolve(module).resolve("target").resolve(module + "-" + version + ".jar");
	}

	boolean exists() {
		return Files.isRegularFile(path());
	}

}
