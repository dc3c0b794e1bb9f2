package org.refinery.backlog.session.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.FileSystemResource;

import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class LiveStreamSettingsTest {

	/** Tomcat's limit is ordinary requests' 200 plus every stream there may be: streams never take their slots. */
	@Test
	void theConnectionLimitLeavesOrdinaryRequestsTheirTwoHundredSlotsWhenEveryStreamIsOpen() {
		var yaml = new YamlPropertiesFactoryBean();
		yaml.setResources(new FileSystemResource("src/main/resources/application.yml"));
		Properties settings = yaml.getObject();

		int connections = Integer.parseInt(settings.getProperty("server.tomcat.max-connections"));
		int streams = Integer.parseInt(settings.getProperty("refinery.backlog.live-streams.total"));

		assertThat(connections - streams).isEqualTo(200);
	}

	@Test
	void aRefusedCallerWaitsLongEnoughForADepartedStreamOfTheirsToBeNoticed() {
		var settings = SessionStreamsTest.SETTINGS;

		assertThat(settings.retryAfter()).isGreaterThan(settings.heartbeat().multipliedBy(2));
	}

}
