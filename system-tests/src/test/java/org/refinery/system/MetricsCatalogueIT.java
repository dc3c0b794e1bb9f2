package org.refinery.system;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every metric the Grafana dashboards and the Prometheus alert rules of
 * {@code k8s/components/monitoring} query exists on the running platform: a dashboard panel or
 * an alert on a name no service exports shows "no data" or never fires, and nobody notices until
 * the day it matters. The names are read from the PromQL expressions of the files themselves, so
 * a new panel is checked without touching this test. Every component is scraped on its management
 * port, as Prometheus scrapes it (the API ports serve no actuator); the scrapes are written to
 * {@code target/metrics-catalogue/} to see what is there when a name is missing.
 */
@Order(Order.DEFAULT - 200)
class MetricsCatalogueIT {

	private static final List<String> COMPONENTS = List.of("gateway", "backlog-service", "dependency-service",
			"alignment-service", "forecast-service");

	private static final Path MONITORING = Path.of(System.getProperty("refinery.repository.root", ".."))
		.resolve("k8s/components/monitoring");

	/** PromQL words that look like metric names but are operators or modifiers. */
	private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "by", "without", "on",
			"ignoring", "group_left", "group_right", "inf", "nan");

	private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

	@BeforeAll
	static void platform_is_running() {
		// Started here, not inside the await below: a timeout must not interrupt the start.
		SharedPlatform.stack();
	}

	@Test
	void every_metric_of_the_dashboards_and_alert_rules_is_exported_by_a_running_service() {
		Map<String, Set<String>> used = usedMetrics();
		assertThat(used).as("metrics queried by the monitoring component")
			.containsKeys("refinery_health_score", "refinery_events_dead_lettered_total",
					"http_server_requests_seconds_count", "jvm_memory_used_bytes");

		// Gauges appear with their first refresh after the seed; a scrape of a loaded machine may time out.
		await().atMost(Duration.ofSeconds(120))
			.pollInterval(Duration.ofSeconds(5))
			.ignoreExceptionsInstanceOf(UncheckedIOException.class)
			.untilAsserted(() -> {
				Map<String, Set<String>> exported = exportedMetrics();
				var missing = new TreeMap<String, Set<String>>(used);
				missing.keySet().removeAll(exported.keySet());
				assertThat(missing).as("metrics used (with the files using them) that no service exports").isEmpty();
			});
	}

	@Test
	void every_service_exports_the_standard_http_and_jvm_meters_under_its_application_tag() {
		for (String component : COMPONENTS) {
			await().atMost(Duration.ofSeconds(60))
				.ignoreExceptionsInstanceOf(UncheckedIOException.class)
				.untilAsserted(() -> assertThat(PlatformMetrics.scrape(component)).as(component)
					.contains("jvm_memory_used_bytes{", "process_cpu_usage{")
					.contains("application=\"" + component + "\""));
		}
	}

	/** Metric name → the monitoring files that use it. */
	static Map<String, Set<String>> usedMetrics() {
		var used = new TreeMap<String, Set<String>>();
		try (Stream<Path> files = Files.walk(MONITORING)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String name = MONITORING.relativize(file).toString();
				for (String expr : expressions(file)) {
					metricNames(expr).forEach(metric -> used.computeIfAbsent(metric, key -> new TreeSet<>()).add(name));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return used;
	}

	private static List<String> expressions(Path file) throws IOException {
		String text = Files.readString(file);
		if (file.toString().endsWith(".json")) {
			var expressions = new ArrayList<String>();
			collectQueries(JsonMapper.builder().build().readTree(text), expressions);
			return expressions;
		}
		return file.toString().endsWith("rule.yaml") ? ruleExpressions(text) : List.of();
	}

	/** Panel targets ({@code expr}) and template variables ({@code query}/{@code definition}). */
	private static void collectQueries(JsonNode node, List<String> into) {
		node.properties().forEach(entry -> {
			boolean query = entry.getKey().equals("expr") || entry.getKey().equals("definition");
			if (query && entry.getValue().isString()) {
				into.add(entry.getValue().asString());
			}
			collectQueries(entry.getValue(), into);
		});
		if (node.isArray()) {
			node.forEach(element -> collectQueries(element, into));
		}
	}

	/**
	 * The {@code expr} values of a PrometheusRule, single-line or folded ({@code >-}); the k8s
	 * module checks the YAML structure itself with a real parser.
	 */
	static List<String> ruleExpressions(String yaml) {
		var expressions = new ArrayList<String>();
		List<String> lines = yaml.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			String trimmed = line.strip();
			if (!trimmed.startsWith("expr:")) {
				continue;
			}
			String value = trimmed.substring("expr:".length()).strip();
			if (!value.startsWith(">") && !value.startsWith("|")) {
				expressions.add(value);
				continue;
			}
			int indent = line.indexOf("expr:");
			var folded = new StringBuilder();
			while (i + 1 < lines.size() && (lines.get(i + 1).isBlank() || indentOf(lines.get(i + 1)) > indent)) {
				folded.append(' ').append(lines.get(++i).strip());
			}
			expressions.add(folded.toString().strip());
		}
		return expressions;
	}

	private static int indentOf(String line) {
		return line.length() - line.stripLeading().length();
	}

	/** Metric names of a PromQL expression: identifiers outside label matchers, ranges, groupings and calls. */
	static Set<String> metricNames(String expr) {
		String bare = expr.replaceAll("\"[^\"]*\"", "\"\"")
			.replaceAll("\\{[^}]*}", " ")
			.replaceAll("\\[[^]]*]", " ")
			.replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ")
			.replaceAll("label_values\\(\\s*([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*,[^)]*\\)", "$1");
		var names = new TreeSet<String>();
		Matcher matcher = IDENTIFIER.matcher(bare);
		while (matcher.find()) {
			String word = matcher.group();
			boolean call = bare.substring(matcher.end()).stripLeading().startsWith("(");
			boolean partOfNumber = matcher.start() > 0 && Character.isDigit(bare.charAt(matcher.start() - 1));
			if (!call && !partOfNumber && !KEYWORDS.contains(word.toLowerCase())) {
				names.add(word);
			}
		}
		return names;
	}

	/** Metric name → the components exporting it; each scrape is kept in target for diagnosis. */
	private static Map<String, Set<String>> exportedMetrics() throws IOException {
		var exported = new TreeMap<String, Set<String>>();
		Path dump = Path.of("target", "metrics-catalogue");
		Files.createDirectories(dump);
		for (String component : COMPONENTS) {
			String scrape = PlatformMetrics.scrape(component);
			Files.writeString(dump.resolve(component + ".txt"), scrape);
			scrape.lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.map(line -> line.split("[{ ]", 2)[0])
				.forEach(metric -> exported.computeIfAbsent(metric, key -> new TreeSet<>()).add(component));
		}
		return exported;
	}

}
