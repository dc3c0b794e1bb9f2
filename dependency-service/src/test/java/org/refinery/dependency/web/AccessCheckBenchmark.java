package org.refinery.dependency.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.refinery.dependency.TestItems;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.membership.Caller;
import org.refinery.membership.Memberships;
import org.refinery.test.service.ServiceClient;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark of the per-request access check (docs/benchmarks.md, issue 17): what building the
 * {@link Caller} costs a caller of a product with 10,000 members against one of a product with a
 * single member, interleaved in the same run. The check is the read-model lookup of the caller's
 * memberships by username ({@link Memberships#ofUser}, the same in every service that keeps a
 * copy) plus the union with the token's grants; then the same through HTTP with a token.
 */
@ServiceTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class AccessCheckBenchmark {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	static final int MEMBERS = 10_000;

	static final int WARM_UP = 2_000;

	static final int ROUNDS = 5_001;

	static final int REQUESTS = 201;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Memberships memberships;

	@Test
	void theAccessCheckCostsTheSameInAProductOfTenThousandMembersAsInAProductOfOne() throws Exception {
		String crowded = TestItems.productKey();
		String alone = TestItems.productKey();
		seed(crowded, MEMBERS);
		seed(alone, 1);
		jdbc.sql("vacuum analyze product_member").update();
		String inCrowd = member(crowded, MEMBERS / 2);
		String single = member(alone, 0);
		assertThat(memberships.ofUser(inCrowd)).hasSize(1);

		List<Long> many = new ArrayList<>();
		List<Long> one = new ArrayList<>();
		for (int round = -WARM_UP; round < ROUNDS; round++) {
			long a = check(crowded, inCrowd);
			long b = check(alone, single);
			if (round >= 0) {
				many.add(a);
				one.add(b);
			}
		}
		var http = ServiceClient.onPort(port);
		String crowdToken = tokens.forUser(inCrowd).realmRoles("team-member").mint();
		String singleToken = tokens.forUser(single).realmRoles("team-member").mint();
		List<Long> manyHttp = new ArrayList<>();
		List<Long> oneHttp = new ArrayList<>();
		for (int round = -20; round < REQUESTS; round++) {
			long a = get(http, crowded, crowdToken);
			long b = get(http, alone, singleToken);
			if (round >= 0) {
				manyHttp.add(a);
				oneHttp.add(b);
			}
		}
		double ratio = (double) median(many) / median(one);
		double httpRatio = (double) median(manyHttp) / median(oneHttp);
		String load = Files.readString(Path.of("/proc/loadavg")).strip();
		System.out.printf("access check (lookup + Caller) median: 1 member %.1f µs, %d members %.1f µs, ratio %.2f "
				+ "(p99 %.1f µs vs %.1f µs); GET analysis median: 1 member %.2f ms, %d members %.2f ms, ratio %.2f; "
				+ "load average %s%n", median(one) / 1e3, MEMBERS, median(many) / 1e3, ratio, p99(one) / 1e3,
				p99(many) / 1e3, median(oneHttp) / 1e6, MEMBERS, median(manyHttp) / 1e6, httpRatio, load);
		assertThat(ratio).as("access check in a product of %d members vs of 1", MEMBERS).isLessThanOrEqualTo(1.5);
	}

	/** A product's copy as {@code ProductMembersChanged} leaves it: team members of 20 teams and one owner. */
	private void seed(String product, int members) {
		jdbc.sql("insert into product_membership (product_key, version) values (:product, 1)")
			.param("product", product)
			.update();
		jdbc.sql("""
				insert into product_member (product_key, username, role, team_key)
				select :product, :prefix || g,
				       case when g = 0 then 'PRODUCT_OWNER' else 'TEAM_MEMBER' end,
				       case when g = 0 then null else :product || '-T' || (g % 20) end
				from generate_series(0, :last) g""")
			.param("product", product)
			.param("prefix", "m-" + product.toLowerCase() + "-")
			.param("last", members - 1)
			.update();
	}

	private static String member(String product, int n) {
		return "m-" + product.toLowerCase() + "-" + n;
	}

	private long check(String product, String username) {
		long start = System.nanoTime();
		var caller = new Caller("sub-" + username, username, false, false, false, Set.of(), Set.of(),
				memberships.ofUser(username));
		boolean sees = caller.canSee(product);
		long elapsed = System.nanoTime() - start;
		if (!sees) {
			throw new AssertionError(username + " does not see " + product);
		}
		return elapsed;
	}

	private static long get(ServiceClient http, String product, String token) {
		long start = System.nanoTime();
		int status = http.get("/api/dependencies/products/" + product + "/analysis", token).getStatusCode().value();
		long elapsed = System.nanoTime() - start;
		assertThat(status).isEqualTo(200);
		return elapsed;
	}

	private static long median(List<Long> values) {
		return values.stream().sorted().toList().get(values.size() / 2);
	}

	private static long p99(List<Long> values) {
		return values.stream().sorted().toList().get((int) Math.ceil(values.size() * 0.99) - 1);
	}

}
