package org.refinery.backlog.session.web;

import org.refinery.backlog.session.application.SessionPresence;
import org.refinery.backlog.session.presence.Presence;
import org.refinery.membership.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/**
 * Who has the session's workspace open right now, with the teams each represents and the
 * represented teams nobody present speaks for. Authorised like reading the session (404
 * otherwise); being present means holding its live stream, so this endpoint changes nothing.
 */
@RestController
class PresenceController {

	private final SessionPresence presence;

	PresenceController(SessionPresence presence) {
		this.presence = presence;
	}

	@GetMapping("/api/backlog/refinement-sessions/{id}/presence")
	Presence present(Caller caller, @PathVariable UUID id) {
		return presence.present(id, caller);
	}

}
