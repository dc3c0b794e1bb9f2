package org.refinery.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The gateway's confidential client in the Keycloak realm. */
@ConfigurationProperties("refinery.gateway")
record GatewayClientProperties(String clientId, String clientSecret) {
}
