package org.refinery.backlog.team.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.refinery.backlog.team.CreateTeam;
import org.refinery.backlog.team.Team;
import org.refinery.backlog.team.WorkMode;
import org.refinery.backlog.team.application.TeamRoster;
import org.refinery.http.ListPage;
import org.refinery.http.PageNumber;
import org.refinery.http.PageSize;
import org.refinery.http.ProductKey;
import org.refinery.http.TeamKey;
import org.refinery.membership.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/backlog/products/{productKey}/teams")
class TeamController {

	private final TeamRoster roster;

	TeamController(TeamRoster roster) {
		this.roster = roster;
	}

	/**
	 * The product's teams by key, a page at a time like every list. A product has tens of teams,
	 * so the page is cut from the product's whole roster rather than by the database.
	 */
	@GetMapping
	ListPage<TeamView> list(Caller caller, @PathVariable @ProductKey String productKey,
			@RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "50") @PageSize int size) {
		return ListPage.of(roster.of(productKey, caller).stream().map(TeamView::of).toList(), page, size);
	}

	@PostMapping
	ResponseEntity<TeamView> form(Caller caller, @PathVariable @ProductKey String productKey,
			@Valid @RequestBody CreateTeamRequest request) {
		Team team = roster.form(productKey, request.toCommand(), caller);
		return ResponseEntity.created(URI.create("/api/backlog/products/" + productKey + "/teams/" + team.key()))
			.eTag(Long.toString(team.version()))
			.body(TeamView.of(team));
	}

	/** The body of {@code POST …/teams}. */
	record CreateTeamRequest(
			@NotNull @TeamKey String key,
			@NotBlank @Size(max = 200) String name, @NotNull WorkMode workMode) {

		CreateTeam toCommand() {
			return new CreateTeam(key, name.strip(), workMode);
		}

	}

	/** A team as the REST API shows it. */
	record TeamView(UUID id, String productKey, String key, String name, WorkMode workMode, long version) {

		static TeamView of(Team team) {
			return new TeamView(team.id(), team.productKey(), team.key(), team.name(), team.workMode(),
					team.version());
		}

	}

}
