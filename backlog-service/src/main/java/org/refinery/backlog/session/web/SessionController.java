package org.refinery.backlog.session.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.refinery.backlog.product.Caller;
import org.refinery.backlog.session.OutcomeKind;
import org.refinery.backlog.session.ScheduleSession;
import org.refinery.backlog.session.Session;
import org.refinery.backlog.session.application.RefinementSessions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@RestController
@RequestMapping("/api/backlog")
class SessionController {

	private final RefinementSessions sessions;

	SessionController(RefinementSessions sessions) {
		this.sessions = sessions;
	}

	@PostMapping("/products/{productKey}/refinement-sessions")
	ResponseEntity<Session> schedule(Caller caller, @PathVariable String productKey,
			@Valid @RequestBody ScheduleRequest request) {
		Session session = sessions.schedule(productKey, request.toCommand(), caller);
		return ResponseEntity.created(URI.create("/api/backlog/refinement-sessions/" + session.id()))
			.eTag(Long.toString(session.version()))
			.body(session);
	}

	@GetMapping("/products/{productKey}/refinement-sessions")
	List<Session> list(Caller caller, @PathVariable String productKey,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		return sessions.of(productKey, caller, page * size, size);
	}

	@GetMapping("/refinement-sessions/{id}")
	Session one(Caller caller, @PathVariable UUID id) {
		return sessions.get(id, caller);
	}

	@PostMapping("/refinement-sessions/{id}/outcomes")
	Session record(Caller caller, @PathVariable UUID id, @Valid @RequestBody OutcomeRequest request) {
		return sessions.record(id, request.itemId(), request.kind(), request.note(), caller);
	}

	@PostMapping("/refinement-sessions/{id}/close")
	Session close(Caller caller, @PathVariable UUID id) {
		return sessions.close(id, caller);
	}

	/** The body of a new session: who represents which team, and what is on the agenda. */
	record ScheduleRequest(@NotBlank @Size(max = 200) String title, @NotNull Instant startsAt,
			@Size(max = 100) String facilitator,
			@NotNull @Size(min = 1, max = 30) Map<@NotBlank String, @NotNull @Size(max = 20) Set<@NotBlank @Size(max = 100) String>> representatives,
			@Size(max = 200) List<@NotNull UUID> agenda) {

		ScheduleSession toCommand() {
			return new ScheduleSession(title.strip(), startsAt, facilitator, representatives,
					agenda == null ? List.of() : agenda);
		}

	}

	/** One decision about one item. */
	record OutcomeRequest(@NotNull UUID itemId, @NotNull OutcomeKind kind, @Size(max = 4000) String note) {
	}

}
