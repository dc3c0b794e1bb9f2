package org.refinery.backlog.webhook.web;

import org.refinery.http.InputError;
import org.refinery.http.InvalidInput;
import org.springframework.http.HttpStatus;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A subscription as asked for. Checked here for form: an absolute http(s) URL without user
 * info or fragment, known event types, a secret of 16 to 200 visible ASCII characters when one
 * is given. Every fault is reported at once.
 *
 * @param secret the signing secret; generated when absent
 */
record WebhookRequests(String url, List<String> eventTypes, String secret) {

	static final int LONGEST_URL = 2000;

	/** The checked request, or every fault as a 400 problem. */
	Checked checked(Set<String> subscribable) {
		List<InputError> errors = new ArrayList<>();
		URI uri = uri(errors);
		Set<String> types = types(subscribable, errors);
		if (secret != null && !secret.matches("[!-~]{16,200}")) {
			errors.add(InputError.body("/secret", "(hidden)",
					"must be 16 to 200 visible ASCII characters without spaces, or absent to have one generated"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(HttpStatus.BAD_REQUEST, "The webhook is invalid", errors);
		}
		return new Checked(uri, types, secret);
	}

	record Checked(URI url, Set<String> eventTypes, String secret) {
	}

	private URI uri(List<InputError> errors) {
		String rule = "must be an absolute http or https URL with a host, without user info or fragment, "
				+ "at most " + LONGEST_URL + " characters";
		if (url == null || url.length() > LONGEST_URL) {
			errors.add(InputError.body("/url", url, rule));
			return null;
		}
		try {
			URI uri = new URI(url);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
					&& uri.getRawUserInfo() == null && uri.getRawFragment() == null) {
				return uri;
			}
		}
		catch (URISyntaxException ex) {
			// reported below
		}
		errors.add(InputError.body("/url", url, rule));
		return null;
	}

	private Set<String> types(Set<String> subscribable, List<InputError> errors) {
		if (eventTypes == null || eventTypes.isEmpty()) {
			errors.add(InputError.body("/eventTypes", null, "must name at least one event type"));
			return Set.of();
		}
		Set<String> types = new LinkedHashSet<>();
		for (int i = 0; i < eventTypes.size(); i++) {
			String type = eventTypes.get(i);
			if (type == null || !subscribable.contains(type)) {
				errors.add(InputError.body("/eventTypes/" + i, type,
						"must be an event type of the product, e.g. refinery.backlog.ItemCreated.v1 "
								+ "(the list answers GET .../webhooks)"));
			}
			else {
				types.add(type);
			}
		}
		return types;
	}

}
