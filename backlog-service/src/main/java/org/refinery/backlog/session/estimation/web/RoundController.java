package org.refinery.backlog.session.estimation.web;

import jakarta.validation.Valid;
import org.refinery.backlog.session.estimation.Round;
import org.refinery.backlog.session.application.EstimationRounds;
import org.refinery.http.ListPage;
import org.refinery.http.PageNumber;
import org.refinery.http.PageSize;
import org.refinery.membership.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

/**
 * Estimation rounds over HTTP. Whoever sees the session sees its rounds (404 otherwise), but an
 * unrevealed round shows them only who voted and their own vote. Opening and revealing are for
 * the facilitator and product owners, voting for the facilitator and the representatives who are
 * members of the team they represent (403 otherwise, viewers included). A session that is over
 * and a revealed round take no change (409); an item not on the agenda is a 422 naming
 * {@code /itemId}. Rounds only add up, so no change takes {@code If-Match}.
 */
@RestController
@RequestMapping("/api/backlog/refinement-sessions/{id}/estimation-rounds")
class RoundController {

	private final EstimationRounds rounds;

	RoundController(EstimationRounds rounds) {
		this.rounds = rounds;
	}

	/** Opens a new round of an agenda item; an earlier round of it stays in the list. */
	@PostMapping
	ResponseEntity<RoundView> open(Caller caller, @PathVariable UUID id, @Valid @RequestBody RoundRequests.Open request) {
		Round round = rounds.open(id, request.itemId(), caller);
		return ResponseEntity.created(URI.create("/api/backlog/refinement-sessions/" + id + "/estimation-rounds/"
				+ round.id())).body(RoundView.of(round, caller.username()));
	}

	/** The session's rounds by item and number, a page at a time like every list. */
	@GetMapping
	ListPage<RoundView> list(Caller caller, @PathVariable UUID id, @RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "200") @PageSize int size) {
		var all = rounds.ofSession(id, caller).stream().map(round -> RoundView.of(round, caller.username())).toList();
		return ListPage.of(all, page, size);
	}

	@GetMapping("/{roundId}")
	RoundView one(Caller caller, @PathVariable UUID id, @PathVariable UUID roundId) {
		return RoundView.of(rounds.get(id, roundId, caller), caller.username());
	}

	/** Casts or changes the caller's own vote until the round is revealed. */
	@PutMapping("/{roundId}/vote")
	RoundView vote(Caller caller, @PathVariable UUID id, @PathVariable UUID roundId,
			@Valid @RequestBody RoundRequests.Cast request) {
		return RoundView.of(rounds.vote(id, roundId, request.toPoints(), caller), caller.username());
	}

	/** Shows every vote at once with min, median and max; the round then takes no more votes. */
	@PostMapping("/{roundId}/reveal")
	RoundView reveal(Caller caller, @PathVariable UUID id, @PathVariable UUID roundId) {
		return RoundView.of(rounds.reveal(id, roundId, caller), caller.username());
	}

}
