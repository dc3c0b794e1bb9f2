package org.refinery.dependency.tracking.web;

import jakarta.validation.Valid;
import org.refinery.dependency.tracking.Dependencies;
import org.refinery.dependency.tracking.Dependency;
import org.refinery.dependency.tracking.DependencyQuery;
import org.refinery.dependency.tracking.DependencyStatus;
import org.refinery.dependency.tracking.History;
import org.refinery.dependency.tracking.Revision;
import org.refinery.dependency.tracking.application.DependencyHistory;
import org.refinery.dependency.tracking.application.DependencyIdentification;
import org.refinery.dependency.tracking.application.DependencyLifecycle;
import org.refinery.http.IfMatch;
import org.refinery.http.PageNumber;
import org.refinery.http.PageSize;
import org.refinery.http.ProductKey;
import org.refinery.http.TeamKey;
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

@RestController
@RequestMapping("/api/dependencies")
class DependencyController {

	private final Dependencies dependencies;

	private final DependencyIdentification identification;

	private final DependencyLifecycle lifecycle;

	private final DependencyHistory history;

	DependencyController(Dependencies dependencies, DependencyIdentification identification,
			DependencyLifecycle lifecycle, DependencyHistory history) {
		this.dependencies = dependencies;
		this.identification = identification;
		this.lifecycle = lifecycle;
		this.history = history;
	}

	/**
	 * Dependencies of the products the caller may see, optionally of one product, team, status or
	 * item, or identified in one refinement session.
	 */
	@GetMapping
	DependencyPage list(Caller caller,
			@RequestParam(required = false) @ProductKey String product,
			@RequestParam(required = false) @TeamKey String team,
			@RequestParam(required = false) DependencyStatus status,
			@RequestParam(required = false) UUID item,
			@RequestParam(required = false) UUID session,
			@RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "50") @PageSize int size) {
		var query = new DependencyQuery(caller.visibleProducts(), product, team, status, item, session);
		var content = dependencies.matching(query, page * size, size).stream().map(DependencyView::of).toList();
		return new DependencyPage(content, page, size, dependencies.countMatching(query));
	}

	@PostMapping
	ResponseEntity<DependencyView> identify(Caller caller, @Valid @RequestBody DependencyRequests.Identify request) {
		Dependency dependency = identification.identify(request.toCommand(), caller);
		return ResponseEntity.created(URI.create("/api/dependencies/" + dependency.id()))
			.eTag(Long.toString(dependency.version()))
			.body(DependencyView.of(dependency));
	}

	@GetMapping("/{id}")
	ResponseEntity<DependencyView> one(Caller caller, @PathVariable UUID id) {
		return tagged(identification.get(id, caller));
	}

	/**
	 * Moves the dependency along its life and sets its needed-by or note; {@code If-Match} guards
	 * against a stale version. An edit that changes nothing keeps the version.
	 */
	@PatchMapping("/{id}")
	ResponseEntity<DependencyView> edit(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody DependencyRequests.Edit request) {
		return tagged(lifecycle.edit(id, IfMatch.version(ifMatch), request.toCommand(), caller));
	}

	/** Who changed the dependency, when and what, newest first; visible exactly as the dependency is. */
	@GetMapping("/{id}/history")
	HistoryPage history(Caller caller, @PathVariable UUID id,
			@RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "50") @PageSize int size) {
		History history = this.history.of(id, page * size, size, caller);
		return new HistoryPage(history.revisions(), page, size, history.total());
	}

	/** One page of a dependency's history; {@code totalElements} counts all its revisions. */
	record HistoryPage(List<Revision> content, int page, int size, long totalElements) {
	}

	private static ResponseEntity<DependencyView> tagged(Dependency dependency) {
		return ResponseEntity.ok().eTag(Long.toString(dependency.version())).body(DependencyView.of(dependency));
	}

}
