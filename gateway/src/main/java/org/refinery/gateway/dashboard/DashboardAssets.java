package org.refinery.gateway.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.web.reactive.config.ResourceHandlerRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.resource.VersionResourceResolver;

/**
 * Serves the dashboard's scripts and styles under {@code /assets/<hash>/}, where the hash covers
 * every file under {@code static/}: the browser keeps them for a year and never revalidates. A
 * request naming another hash (a page from another build, say during a rolling upgrade) finds
 * nothing rather than a file of this build. The chart WebJar names its version in its path and is
 * kept the same way. The unversioned {@code /js/**} and {@code /css/**} paths still answer,
 * revalidated on each use (application.yml), for anything that links them directly.
 */
@Configuration
class DashboardAssets implements WebFluxConfigurer {

	static final String PREFIX = "/assets/";

	private static final CacheControl FOR_A_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	private final String version = hashOf("classpath:static/**");

	/** The path under which this build's files are served, e.g. {@code /assets/1a2b3c4d5e6f}. */
	String path() {
		return PREFIX + version;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler(PREFIX + "**")
			.addResourceLocations("classpath:/static/")
			.setCacheControl(FOR_A_YEAR)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addFixedVersionStrategy(version, "/**"));
		registry.addResourceHandler("/webjars/echarts/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/echarts/")
			.setCacheControl(FOR_A_YEAR);
	}

	/** SHA-256 over the files' paths and contents, in path order; the first 12 hex digits. */
	static String hashOf(String pattern) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			Resource[] files = new PathMatchingResourcePatternResolver().getResources(pattern);
			Arrays.sort(files, Comparator.comparing(DashboardAssets::location));
			for (Resource file : files) {
				if (!file.isReadable()) continue;
				digest.update(location(file).getBytes(StandardCharsets.UTF_8));
				try (InputStream in = file.getInputStream()) {
					digest.update(in.readAllBytes());
				}
			}
			return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
		catch (NoSuchAlgorithmException absent) {
			throw new IllegalStateException("every Java runtime has SHA-256", absent);
		}
	}

	/** The path below {@code static/}, the same whether read from a directory or from the jar. */
	private static String location(Resource file) {
		try {
			String url = file.getURL().toString();
			return url.substring(url.lastIndexOf("/static/") + 1);
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

}
