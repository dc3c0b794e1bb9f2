package org.refinery.backlog.session.web;

import org.refinery.backlog.session.Session;
import org.refinery.backlog.session.application.RefinementSessions;
import org.refinery.membership.Caller;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.UUID;

/**
 * Live updates of one session for the participants' dashboards. Opening the stream is
 * authorised like reading the session: an invisible or unknown session answers 404 before
 * any event is sent. A browser reconnecting by itself sends the id of the last event it got.
 */
@RestController
class SessionEventsController {

	private final RefinementSessions sessions;

	private final SessionStreams streams;

	SessionEventsController(RefinementSessions sessions, SessionStreams streams) {
		this.sessions = sessions;
		this.streams = streams;
	}

	@GetMapping(path = "/api/backlog/refinement-sessions/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter events(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
		Session session = sessions.get(id, caller);
		return streams.open(session, caller.subject(), caller.username(), lastEventId);
	}

}
