package org.refinery.backlog.product.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.refinery.backlog.product.DefinitionHistoryEntry;
import org.refinery.backlog.product.DefinitionOfReady;
import org.refinery.backlog.product.ReadinessRule;
import org.refinery.backlog.product.application.ProductCatalog;
import org.refinery.http.IfMatch;
import org.refinery.http.PageNumber;
import org.refinery.http.PageSize;
import org.refinery.http.ProductKey;
import org.refinery.membership.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

@RestController
@RequestMapping("/api/backlog/products/{productKey}/definition-of-ready")
class DefinitionOfReadyController {

	private final ProductCatalog catalog;

	DefinitionOfReadyController(ProductCatalog catalog) {
		this.catalog = catalog;
	}

	/** The definition in force; its ETag is the product's version, which a change names in If-Match. */
	@GetMapping
	ResponseEntity<DefinitionOfReady> get(Caller caller, @PathVariable @ProductKey String productKey) {
		return tagged(catalog.definitionOfReady(productKey, caller));
	}

	/** Who changed which part of the Definition of Ready, when, from what to what; newest first, a page at a time. */
	@GetMapping("/history")
	HistoryPage history(Caller caller, @PathVariable @ProductKey String productKey,
			@RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "50") @PageSize int size) {
		return new HistoryPage(catalog.definitionOfReadyHistory(productKey, page * size, size, caller), page, size,
				catalog.definitionOfReadyHistoryCount(productKey, caller));
	}

	/** One page of the Definition of Ready's history; {@code totalElements} counts all its entries. */
	record HistoryPage(List<DefinitionHistoryEntry> content, int page, int size, long totalElements) {
	}

	/**
	 * Replaces the whole definition; sending the one in force changes nothing, not even the version.
	 * With {@code If-Match} (the product's version, as the GET's ETag) a stale version is refused with 412.
	 */
	@PutMapping
	ResponseEntity<DefinitionOfReady> put(Caller caller, @PathVariable @ProductKey String productKey,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody DefinitionOfReadyRequest request) {
		return tagged(catalog.changeDefinitionOfReady(productKey, IfMatch.version(ifMatch), request.toDefinition(), caller));
	}

	private static ResponseEntity<DefinitionOfReady> tagged(ProductCatalog.DefinitionInForce inForce) {
		return ResponseEntity.ok().eTag(IfMatch.etag(inForce.productVersion())).body(inForce.definition());
	}

	/** The body of {@code PUT …/definition-of-ready}: the whole definition, replacing the old one. */
	record DefinitionOfReadyRequest(@NotNull @Size(max = 20) Set<@NotNull ReadinessRule> rules,
			@DecimalMin("0.5") @DecimalMax("1000") BigDecimal maxEstimate, @Size(max = 30) List<@Valid Check> checklist) {

		DefinitionOfReady toDefinition() {
			var checks = checklist == null ? List.<DefinitionOfReady.Check>of()
					: checklist.stream().map(check -> new DefinitionOfReady.Check(check.code(), check.text())).toList();
			return new DefinitionOfReady(rules, maxEstimate, checks);
		}

	}

	/** A custom checklist item. */
	record Check(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 500) String text) {
	}

}
