package org.refinery.alignment.goal.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.refinery.alignment.goal.Goal;
import org.refinery.alignment.goal.GoalLevel;
import org.refinery.alignment.goal.GoalQuery;
import org.refinery.alignment.goal.GoalStatus;
import org.refinery.alignment.goal.Goals;
import org.refinery.alignment.goal.History;
import org.refinery.alignment.goal.Revision;
import org.refinery.alignment.goal.application.GoalCatalog;
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

@RestController
@RequestMapping("/api/alignment/goals")
class GoalController {

	private final Goals goals;

	private final GoalCatalog catalog;

	GoalController(Goals goals, GoalCatalog catalog) {
		this.goals = goals;
		this.catalog = catalog;
	}

	/** Organisation goals and the product goals of products the caller may see. */
	@GetMapping
	GoalPage list(Caller caller, @RequestParam(required = false) GoalLevel level,
			@RequestParam(required = false) @ProductKey String product, @RequestParam(required = false) GoalStatus status,
			@RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "50") @PageSize int size) {
		var query = new GoalQuery(caller.visibleProducts(), level, product, status);
		var content = goals.matching(query, page * size, size).stream().map(GoalView::of).toList();
		return new GoalPage(content, page, size, goals.countMatching(query));
	}

	@PostMapping
	ResponseEntity<GoalView> create(Caller caller, @Valid @RequestBody GoalRequests.CreateGoal request) {
		Goal goal = catalog.create(request.toCommand(), caller);
		return ResponseEntity.created(URI.create("/api/alignment/goals/" + goal.id()))
			.eTag(Long.toString(goal.version()))
			.body(GoalView.of(goal));
	}

	@GetMapping("/{id}")
	ResponseEntity<GoalView> one(Caller caller, @PathVariable UUID id) {
		return tagged(catalog.get(id, caller));
	}

	/** Changes the fields given; with {@code If-Match} only from that version (else 412). */
	@PatchMapping("/{id}")
	ResponseEntity<GoalView> update(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody GoalRequests.UpdateGoal request) {
		Long version = IfMatch.version(ifMatch);
		return tagged(catalog.update(id, version, request.toPatch(), caller));
	}

	/** Who changed the goal, when and what, newest first; a change that changed nothing is not there. */
	@Operation(summary = "The goal's history", description = "One entry per version: the action (CREATED, UPDATED), "
			+ "when, by whom, and each field it set with its value before and after. An edit that changes nothing "
			+ "changes neither the version nor the history.")
	@GetMapping("/{id}/history")
	HistoryPage history(Caller caller, @PathVariable UUID id, @RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "50") @PageSize int size) {
		History history = catalog.history(id, page * size, size, caller);
		return new HistoryPage(history.revisions(), page, size, history.total());
	}

	/** One page of a goal's history; {@code totalElements} counts all its changes. */
	record HistoryPage(List<Revision> content, int page, int size, long totalElements) {
	}

	private static ResponseEntity<GoalView> tagged(Goal goal) {
		return ResponseEntity.ok().eTag(Long.toString(goal.version())).body(GoalView.of(goal));
	}

}
