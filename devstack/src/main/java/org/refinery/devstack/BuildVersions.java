package org.refinery.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Versions filled in by the build: the project's (service jar names), Keycloak's and Kafka's. */
public record BuildVersions(String refinery, String keycloak, String kafka) {

	public static BuildVersions load() {
		var properties = new Properties();
		try (InputStream in = BuildVersions.class.getResourceAsStream("versions.properties")) {
			if (in == null) {
				throw new IllegalStateException("versions.properties is missing: build the devstack with Maven");
			}
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new BuildVersions(properties.getProperty("refinery.version"), properties.getProperty("keycloak.version"),
				properties.getProperty("kafka.version"));
	}

}
