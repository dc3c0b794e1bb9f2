package org.refinery.alignment.link.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.refinery.alignment.goal.GoalLevel;
import org.refinery.alignment.goal.GoalStatus;
import org.refinery.alignment.goal.History;
import org.refinery.alignment.goal.Revision;
import org.refinery.alignment.link.Link;
import org.refinery.alignment.link.ServedGoal;
import org.refinery.alignment.link.application.GoalLinks;
import org.refinery.http.PageNumber;
import org.refinery.http.PageSize;
import org.refinery.membership.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/alignment/links")
class LinkController {

	private final GoalLinks links;

	LinkController(GoalLinks links) {
		this.links = links;
	}

	@PostMapping
	ResponseEntity<LinkView> link(Caller caller, @Valid @RequestBody LinkRequest request) {
		Link link = links.link(request.itemId(), request.goalId(), request.rationale().strip(),
				request.contributionWeight(), caller);
		return ResponseEntity.created(URI.create("/api/alignment/links/" + link.id()))
			.eTag(Long.toString(link.version()))
			.body(LinkView.of(link));
	}

	/** The goals an item serves, for the item's panel; 404 for an item the caller may not see. */
	@GetMapping
	ItemLinks linksOf(Caller caller, @RequestParam UUID itemId, @RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "50") @PageSize int size) {
		List<ServedGoal> served = links.servedBy(itemId, caller);
		List<ItemLink> content = served.stream().skip((long) page * size).limit(size).map(ItemLink::of).toList();
		return new ItemLinks(itemId, content, page, size, served.size());
	}

	/** Who linked or unlinked, when and what, newest first; removed links keep their history. */
	@Operation(summary = "The link's history", description = "One entry per version: LINKED (with the item, goal, "
			+ "rationale and weight it stated) or UNLINKED, when and by whom. A split carries a link to the parts as "
			+ "new links, each with its own history.")
	@GetMapping("/{id}/history")
	HistoryPage history(Caller caller, @PathVariable UUID id, @RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "50") @PageSize int size) {
		History history = links.history(id, page * size, size, caller);
		return new HistoryPage(history.revisions(), page, size, history.total());
	}

	/** Removes the link; it is kept, inactive, for history. */
	@DeleteMapping("/{id}")
	ResponseEntity<Void> unlink(Caller caller, @PathVariable UUID id) {
		links.unlink(id, caller);
		return ResponseEntity.noContent().build();
	}

	/** The body of {@code POST /api/alignment/links}; the weight defaults to 1 (the whole item). */
	record LinkRequest(@NotNull UUID itemId, @NotNull UUID goalId, @NotBlank @Size(max = 2000) String rationale,
			@DecimalMin(value = "0", inclusive = false) @DecimalMax("1") @Digits(integer = 1, fraction = 4)
			BigDecimal contributionWeight) {
	}

	/** A page of the active links of one item; {@code totalElements} counts them all. */
	record ItemLinks(UUID itemId, List<ItemLink> content, int page, int size, long totalElements) {
	}

	/** One page of a link's history; {@code totalElements} counts all its changes. */
	record HistoryPage(List<Revision> content, int page, int size, long totalElements) {
	}

	/** A link as an item's panel shows it: with the served goal's title, level and status. */
	record ItemLink(UUID id, UUID goalId, String goalTitle, GoalLevel goalLevel, GoalStatus goalStatus,
			String rationale, BigDecimal contributionWeight, long version) {

		static ItemLink of(ServedGoal served) {
			Link link = served.link();
			return new ItemLink(link.id(), link.goalId(), served.goal().title(), served.goal().level(),
					served.goal().status(), link.rationale(), link.contributionWeight(), link.version());
		}

	}

	/** A link as the REST API shows it. */
	record LinkView(UUID id, UUID itemId, UUID goalId, String productKey, String rationale,
			BigDecimal contributionWeight, boolean active, long version) {

		static LinkView of(Link link) {
			return new LinkView(link.id(), link.itemId(), link.goalId(), link.productKey(), link.rationale(),
					link.contributionWeight(), link.active(), link.version());
		}

	}

}
