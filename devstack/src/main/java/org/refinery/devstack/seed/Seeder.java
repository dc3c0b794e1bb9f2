package org.refinery.devstack.seed;

import org.refinery.devstack.keycloak.DemoUser;
import org.refinery.devstack.keycloak.PasswordGrant;
import org.refinery.devstack.keycloak.RealmFile;
import org.refinery.devstack.process.Progress;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Writes the demo organisation through the gateway with real tokens, each part as the role that
 * owns it: products, teams and the teams' representatives as members as {@code ada}
 * (refinery-admin), objectives and themes as {@code pia} (portfolio-manager), product content as
 * {@code paul} (product-owner). Each part runs
 * only when the parts it needs are there; a part whose endpoint is missing is skipped, and the
 * parts that need it are reported with it in one warning.
 */
public final class Seeder {

	private static final String NAME = "seed";

	private static final Duration ROUTE_WARM_UP = Duration.ofMinutes(2);

	private final URI gateway;

	private final String issuer;

	private final Progress progress;

	public Seeder(URI gateway, String issuer, Progress progress) {
		this.gateway = gateway;
		this.issuer = issuer;
		this.progress = progress;
	}

	public void seed() {
		long start = System.nanoTime();
		// Anchored on today (UTC, as the services count days), so sessions and throughput are recent.
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		var organisation = DemoOrganisation.generate(DemoOrganisation.DEFAULT_SEED, today);
		GatewayClient admin = client("ada");
		GatewayClient strategist = client("pia");
		GatewayClient owner = client("paul");
		var ids = new SeededIds();
		var products = new ProductSeeding(admin, owner);
		var goals = new GoalSeeding(strategist, owner, ids);
		for (String route : List.of("/api/backlog/products", "/api/dependencies", "/api/alignment/goals",
				"/api/forecasts/teams/PAY-CHECKOUT/throughput")) {
			admin.awaitRoute(route, ROUTE_WARM_UP);
		}
		var run = new Run();
		run.part("products", List.of(), () -> products.products(organisation));
		run.part("teams", List.of("products"), () -> products.teams(organisation));
		run.part("Definition of Ready", List.of("products"), () -> products.definitionOfReady(organisation));
		run.part("backlog items", List.of("teams"),
				() -> new ItemSeeding(owner, ids, this::warn).seed(organisation));
		run.part("team representatives", List.of("teams"), () -> products.representatives(organisation));
		run.part("refinement sessions", List.of("backlog items", "team representatives"),
				() -> new SessionSeeding(owner, ids).seed(organisation));
		run.part("goals", List.of(), () -> goals.goals(organisation));
		run.part("item-goal links", List.of("backlog items", "goals"), () -> goals.links(organisation));
		run.part("dependencies", List.of("backlog items"),
				() -> new DependencySeeding(owner, ids, this::warn).seed(organisation));
		run.part("throughput history", List.of(), () -> new ThroughputSeeding(owner).seed(organisation));
		run.part("forecasts", List.of("backlog items", "throughput history"),
				() -> new ForecastSeeding(owner).seed(organisation));
		run.skipped.forEach((cause, parts) -> warn("skipped " + String.join(", ", parts) + ": " + cause));
		progress.info(NAME, "demo data in place (%.1f s)".formatted((System.nanoTime() - start) / 1e9));
	}

	private GatewayClient client(String username) {
		DemoUser user = RealmFile.load()
			.demoUsers()
			.stream()
			.filter(candidate -> candidate.username().equals(username))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The realm has no demo user " + username));
		return new GatewayClient(gateway, new PasswordGrant(URI.create(issuer), user.username(), user.password()));
	}

	private void warn(String message) {
		progress.warn(NAME, message);
	}

	/** Which parts ran, and which were skipped for which missing endpoint. */
	private final class Run {

		private final Map<String, String> causeOfSkip = new LinkedHashMap<>();

		private final Map<String, List<String>> skipped = new LinkedHashMap<>();

		void part(String name, List<String> needs, Supplier<String> seeding) {
			var cause = needs.stream().map(causeOfSkip::get).filter(java.util.Objects::nonNull).findFirst();
			if (cause.isEmpty()) {
				try {
					progress.info(NAME, seeding.get());
					return;
				}
				catch (EndpointMissing missing) {
					cause = java.util.Optional.of(missing.getMessage());
				}
			}
			causeOfSkip.put(name, cause.get());
			skipped.computeIfAbsent(cause.get(), key -> new ArrayList<>()).add(name);
		}

	}

}
