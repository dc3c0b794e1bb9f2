package org.refinery.k8s;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The monitoring component is well formed: the PrometheusRule has the structure the Prometheus
 * Operator accepts ({@code promtool check rules} on its groups when promtool is installed), every
 * alert of the refinement-health issue is there, and the dashboards are Grafana JSON whose panels
 * all query something. That the queried metrics exist is {@code MetricsCatalogueIT}'s job.
 */
class MonitoringTest {

	private static final Path MONITORING = Manifests.K8S.resolve("components/monitoring");

	private static final Path PROMTOOL = Path.of("/usr/bin/promtool");

	@Test
	void every_alert_rule_has_a_name_an_expression_a_severity_and_a_summary() {
		List<Object> groups = Tree.list(Manifests.yaml(MONITORING.resolve("prometheusrule.yaml")), "spec.groups");
		assertThat(groups).isNotEmpty();
		var names = new HashSet<String>();
		for (Object group : groups) {
			assertThat(Tree.at(group, "name")).isInstanceOf(String.class);
			List<Object> rules = Tree.list(group, "rules");
			assertThat(rules).as("rules of %s", Tree.at(group, "name")).isNotEmpty();
			for (Object rule : rules) {
				String alert = (String) Tree.at(rule, "alert");
				assertThat(alert).as("rule %s", rule).matches("Refinery[A-Za-z]+");
				assertThat(names.add(alert)).as("%s is unique", alert).isTrue();
				assertThat((String) Tree.at(rule, "expr")).as(alert).isNotBlank();
				assertThat(balanced((String) Tree.at(rule, "expr"))).as(alert + " brackets").isTrue();
				assertThat(Tree.at(rule, "labels.severity")).as(alert).isIn("warning", "critical");
				assertThat((String) Tree.at(rule, "annotations.summary")).as(alert).isNotBlank();
				if (Tree.at(rule, "for") != null) {
					assertThat(Tree.at(rule, "for").toString()).as(alert).matches("\\d+[smhd]");
				}
			}
		}
		assertThat(names).contains("RefineryReadyDepthUnderOneSprint", "RefineryNoRefinementSessionForTwoPeriods",
				"RefineryTeamUnrepresentedForThreeSessions", "RefineryDependenciesOpenForMoreThanTwoPeriods",
				"RefineryEventsDeadLettered", "RefineryEventLagHigh", "RefineryHighErrorRate");
	}

	@Test
	void the_alert_rules_pass_promtool_when_it_is_installed() throws Exception {
		assumeTrue(Files.isExecutable(PROMTOOL), "promtool is not installed; the structure test above stands in");
		Object groups = Tree.map(Manifests.yaml(MONITORING.resolve("prometheusrule.yaml")), "spec");
		Path file = Files.createTempFile("refinery-rules", ".yaml");
		Files.writeString(file, new org.yaml.snakeyaml.Yaml().dump(groups));
		Process promtool = new ProcessBuilder(PROMTOOL.toString(), "check", "rules", file.toString())
			.redirectErrorStream(true)
			.start();
		String output = new String(promtool.getInputStream().readAllBytes());
		assertThat(promtool.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(promtool.exitValue()).as(output).isZero();
	}

	@Test
	void prometheus_scrapes_only_the_management_port_which_every_app_service_names() {
		List<Object> endpoints = Tree.list(Manifests.yaml(MONITORING.resolve("servicemonitor.yaml")), "spec.endpoints");
		assertThat(endpoints).singleElement().satisfies(endpoint -> {
			assertThat(Tree.at(endpoint, "port")).isEqualTo("management");
			assertThat(Tree.at(endpoint, "path")).isEqualTo("/actuator/prometheus");
		});
		for (String overlay : List.of("overlays/dev", "overlays/prod")) {
			for (String app : AppModules.names()) {
				assertThat(Tree.list(Manifests.named(overlay, "Service", app).body(), "spec.ports"))
					.as("%s in %s", app, overlay)
					.anyMatch(port -> "management".equals(Tree.at(port, "name"))
							&& Integer.valueOf(AppModules.managementPort(app)).equals(Tree.at(port, "port")));
			}
		}
	}

	@Test
	void every_dashboard_is_grafana_json_with_a_unique_uid_and_panels_that_query_prometheus() throws IOException {
		var uids = new HashSet<String>();
		List<Path> dashboards = dashboards();
		assertThat(dashboards).extracting(path -> path.getFileName().toString())
			.contains("organisation-overview.json", "product-drill-down.json", "platform.json");
		for (Path file : dashboards) {
			JsonNode dashboard = JsonMapper.builder().build().readTree(Files.readString(file));
			assertThat(uids.add(dashboard.path("uid").asString())).as(file + " uid").isTrue();
			assertThat(dashboard.path("title").asString()).as(file.toString()).startsWith("Refinery / ");
			assertThat(dashboard.path("panels").size()).as(file.toString()).isPositive();
			var panelIds = new HashSet<Integer>();
			for (JsonNode panel : dashboard.path("panels")) {
				assertThat(panelIds.add(panel.path("id").asInt())).as(file + " panel ids").isTrue();
				assertThat(panel.path("targets").size()).as(file + " " + panel.path("title")).isPositive();
				panel.path("targets").forEach(target -> assertThat(balanced(target.path("expr").asString()))
					.as(file + " " + panel.path("title")).isTrue());
			}
		}
	}

	/**
	 * Every replica reports the same product gauges (ADR 0011); a sum over them would count a
	 * product once per replica, so a sum of a product gauge first keeps one series per replica set.
	 */
	@Test
	void a_product_gauge_is_summed_only_after_its_replicas_series_are_folded_into_one() throws IOException {
		var sumOfGauge = java.util.regex.Pattern.compile("sum by \\([^)]*\\) \\((?!max without \\(instance, pod\\))"
				+ "(?!rate|increase)[^()]*refinery_(backlog|dependencies|alignment|forecast)_");
		var files = new ArrayList<>(dashboards());
		files.add(MONITORING.resolve("prometheusrule.yaml"));
		for (Path file : files) {
			assertThat(sumOfGauge.matcher(Files.readString(file)).find()).as(file.toString()).isFalse();
		}
		assertThat(Files.readString(MONITORING.resolve("dashboards/organisation-overview.json")))
			.contains("sum by (product) (max without (instance, pod) (refinery_dependencies_open))");
	}

	@Test
	void the_organisation_overview_and_the_drill_down_show_the_refinement_health_score() throws IOException {
		for (String name : List.of("organisation-overview.json", "product-drill-down.json")) {
			assertThat(Files.readString(MONITORING.resolve("dashboards").resolve(name))).as(name)
				.contains("refinery_health_score");
		}
	}

	@Test
	void the_dashboards_ship_as_one_labelled_config_map_that_grafana_discovers() {
		var generator = Tree.list(Manifests.yaml(MONITORING.resolve("kustomization.yaml")), "configMapGenerator");
		assertThat(generator).hasSize(1);
		assertThat(Tree.map(generator.getFirst(), "options.labels")).containsEntry("grafana_dashboard", "1");
		assertThat(Tree.list(generator.getFirst(), "files")).hasSameSizeAs(dashboards());
	}

	private static List<Path> dashboards() {
		try (var files = Files.list(MONITORING.resolve("dashboards"))) {
			return new ArrayList<>(files.filter(file -> file.toString().endsWith(".json")).sorted().toList());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static boolean balanced(String expr) {
		int depth = 0;
		for (char c : expr.toCharArray()) {
			depth += switch (c) {
				case '(', '{', '[' -> 1;
				case ')', '}', ']' -> -1;
				default -> 0;
			};
			if (depth < 0) {
				return false;
			}
		}
		return depth == 0;
	}

}
