package org.refinery.alignment.link.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.refinery.alignment.goal.Caller;
import org.refinery.alignment.goal.GoalLevel;
import org.refinery.alignment.goal.GoalStatus;
import org.refinery.alignment.link.Link;
import org.refinery.alignment.link.ServedGoal;
import org.refinery.alignment.link.application.GoalLinks;
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
	ItemLinks linksOf(Caller caller, @RequestParam UUID itemId) {
		return new ItemLinks(itemId, links.servedBy(itemId, caller).stream().map(ItemLink::of).toList());
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

	/** The active links of one item. */
	record ItemLinks(UUID itemId, List<ItemLink> content) {
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
