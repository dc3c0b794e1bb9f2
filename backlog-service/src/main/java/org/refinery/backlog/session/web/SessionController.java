package org.refinery.backlog.session.web;

import jakarta.validation.Valid;
import org.refinery.backlog.session.Session;
import org.refinery.backlog.session.SessionHistoryEntry;
import org.refinery.backlog.session.application.RefinementSessions;
import org.refinery.backlog.session.application.SessionCorrections;
import org.refinery.backlog.session.application.SessionOutcomes;
import org.refinery.http.IfMatch;
import org.refinery.http.PageNumber;
import org.refinery.http.PageSize;
import org.refinery.http.ProductKey;
import org.refinery.membership.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Sessions over HTTP; every answer with one session carries its version as the ETag, every change takes {@code If-Match}. */
@RestController
@RequestMapping("/api/backlog")
class SessionController {

	private final RefinementSessions sessions;

	private final SessionCorrections corrections;

	private final SessionOutcomes outcomes;

	SessionController(RefinementSessions sessions, SessionCorrections corrections, SessionOutcomes outcomes) {
		this.sessions = sessions;
		this.corrections = corrections;
		this.outcomes = outcomes;
	}

	@PostMapping("/products/{productKey}/refinement-sessions")
	ResponseEntity<Session> schedule(Caller caller, @PathVariable @ProductKey String productKey,
			@Valid @RequestBody SessionRequests.Schedule request) {
		Session session = sessions.schedule(productKey, request.toCommand(), caller);
		return ResponseEntity.created(URI.create("/api/backlog/refinement-sessions/" + session.id()))
			.eTag(Long.toString(session.version()))
			.body(session);
	}

	/** A product's sessions, latest start first, a page at a time like every list. */
	@GetMapping("/products/{productKey}/refinement-sessions")
	SessionPage list(Caller caller, @PathVariable @ProductKey String productKey,
			@RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "50") @PageSize int size) {
		var found = sessions.page(productKey, caller, (long) page * size, size);
		return new SessionPage(found.sessions(), page, size, found.total());
	}

	@GetMapping("/refinement-sessions/{id}")
	ResponseEntity<Session> one(Caller caller, @PathVariable UUID id) {
		return tagged(sessions.get(id, caller));
	}

	/** Who changed the session, when and what, newest first, a page at a time; a change that changed nothing is not there. */
	@GetMapping("/refinement-sessions/{id}/history")
	HistoryPage history(Caller caller, @PathVariable UUID id, @RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "50") @PageSize int size) {
		var history = sessions.history(id, page * size, size, caller);
		return new HistoryPage(history.entries(), page, size, history.total());
	}

	/** One page of a session's history; {@code totalElements} counts all its entries. */
	record HistoryPage(List<SessionHistoryEntry> content, int page, int size, long totalElements) {
	}

	/** Corrects title, start, facilitator, representatives or agenda until the session is over. */
	@PatchMapping("/refinement-sessions/{id}")
	ResponseEntity<Session> edit(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody SessionRequests.Edit request) {
		return tagged(corrections.edit(id, IfMatch.version(ifMatch), request.toCommand(), caller));
	}

	@PostMapping("/refinement-sessions/{id}/outcomes")
	ResponseEntity<Session> record(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody SessionRequests.Outcome request) {
		return tagged(outcomes.record(id, IfMatch.version(ifMatch), request.toCommand(), caller));
	}

	@PostMapping("/refinement-sessions/{id}/close")
	ResponseEntity<Session> close(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		return tagged(corrections.close(id, IfMatch.version(ifMatch), caller));
	}

	@PostMapping("/refinement-sessions/{id}/cancel")
	ResponseEntity<Session> cancel(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody(required = false) SessionRequests.Cancel request) {
		return tagged(corrections.cancel(id, IfMatch.version(ifMatch), request == null ? null : request.reason(),
				caller));
	}

	private static ResponseEntity<Session> tagged(Session session) {
		return ResponseEntity.ok().eTag(Long.toString(session.version())).body(session);
	}

}
