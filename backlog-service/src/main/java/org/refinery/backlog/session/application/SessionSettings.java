package org.refinery.backlog.session.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How many teams must be represented before a session may close. */
@ConfigurationProperties("refinery.backlog.sessions")
record SessionSettings(@DefaultValue("2") int minimumTeams) {
}
