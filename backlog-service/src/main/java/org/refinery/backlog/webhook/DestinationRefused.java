package org.refinery.backlog.webhook;

import java.net.URI;

/** A webhook URL that the installation does not send to (answered 422 naming {@code /url}). */
public class DestinationRefused extends RuntimeException {

	private final transient URI url;

	private final String rule;

	public DestinationRefused(URI url, String rule) {
		super("The webhook URL " + rule);
		this.url = url;
		this.rule = rule;
	}

	public URI url() {
		return url;
	}

	public String rule() {
		return rule;
	}

}
