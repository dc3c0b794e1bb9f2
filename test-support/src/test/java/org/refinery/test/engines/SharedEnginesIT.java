package org.refinery.test.engines;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class SharedEnginesIT {

	@Test
	void postgresServesADatabaseOfItsOwnPerService() throws Exception {
		PostgresEngine postgres = TestEngines.postgres();
		String url = postgres.database("engines_probe");

		assertThat(postgres.database("engines_probe")).isEqualTo(url);
		try (var connection = DriverManager.getConnection(url, postgres.username(), postgres.password());
				var result = connection.createStatement().executeQuery("select current_database(), version()")) {
			assertThat(result.next()).isTrue();
			assertThat(result.getString(1)).isEqualTo("engines_probe");
			assertThat(result.getString(2)).startsWith("PostgreSQL 17");
		}
	}

	@Test
	void kafkaAnswersAsAKraftBroker() throws Exception {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
				TestEngines.kafka().bootstrapServers()))) {
			var cluster = admin.describeCluster();
			assertThat(cluster.nodes().get(30, TimeUnit.SECONDS)).hasSize(1);
			assertThat(admin.describeMetadataQuorum().quorumInfo().get(30, TimeUnit.SECONDS).leaderId())
				.isNotNegative();
		}
	}

}
