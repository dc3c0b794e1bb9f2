package org.refinery.backlog.webhook.application;

import org.refinery.backlog.webhook.Destinations;
import org.refinery.backlog.webhook.SecretCipher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The address guard and the secret key as the installation configures them, and the scheduler the delivery run needs. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class WebhookConfiguration {

	@Bean
	Destinations webhookDestinations(WebhookSettings settings) {
		return Destinations.resolvingWithDns(settings.allowPrivateAddresses());
	}

	@Bean
	SecretCipher webhookSecrets(WebhookSettings settings) {
		return new SecretCipher(settings.secretKey());
	}

}
