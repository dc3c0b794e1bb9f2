package org.refinery.backlog.product.web;

import jakarta.validation.Valid;
import org.refinery.backlog.product.Actor;
import org.refinery.backlog.product.ProductHistoryEntry;
import org.refinery.backlog.product.ProductNotFound;
import org.refinery.backlog.product.ProductScope;
import org.refinery.backlog.product.Products;
import org.refinery.backlog.product.application.ProductCatalog;
import org.refinery.http.IfMatch;
import org.refinery.http.PageNumber;
import org.refinery.http.PageSize;
import org.refinery.http.ProductKey;
import org.refinery.membership.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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

@RestController
@RequestMapping("/api/backlog/products")
class ProductController {

	private final Products products;

	private final ProductCatalog catalog;

	ProductController(Products products, ProductCatalog catalog) {
		this.products = products;
		this.catalog = catalog;
	}

	/** The products the caller may see, by key, a page at a time. */
	@GetMapping
	ProductPage list(Caller caller, @RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "50") @PageSize int size) {
		ProductScope scope = ProductScope.of(caller);
		var content = products.within(scope, page * size, size).stream().map(ProductView::of).toList();
		return new ProductPage(content, page, size, products.countWithin(scope));
	}

	@GetMapping("/{productKey}")
	ResponseEntity<ProductView> one(Caller caller, @PathVariable @ProductKey String productKey) {
		var product = products.withKey(productKey, ProductScope.of(caller)).orElseThrow(() -> new ProductNotFound(productKey));
		return ResponseEntity.ok().eTag(Long.toString(product.version())).body(ProductView.of(product));
	}

	/** Changes name, vision or cadence; {@code If-Match} guards against lost updates. */
	@PatchMapping("/{productKey}")
	ResponseEntity<ProductView> change(Caller caller, @PathVariable @ProductKey String productKey,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody ChangeProductRequest request) {
		var product = catalog.change(productKey, IfMatch.version(ifMatch), request.toChange(), caller);
		return ResponseEntity.ok().eTag(Long.toString(product.version())).body(ProductView.of(product));
	}

	/**
	 * Who changed which setting of the product, when, from what to what, newest first; a change
	 * that changed nothing is not there. The Definition of Ready keeps its own history.
	 */
	@GetMapping("/{productKey}/history")
	HistoryPage history(Caller caller, @PathVariable @ProductKey String productKey,
			@RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "50") @PageSize int size) {
		var content = catalog.history(productKey, page * size, size, caller);
		return new HistoryPage(content, page, size, catalog.historyCount(productKey, caller));
	}

	/** One page of a product's setting changes; {@code totalElements} counts them all. */
	record HistoryPage(List<ProductHistoryEntry> content, int page, int size, long totalElements) {
	}

	/** Administrators, portfolio managers and product owners start products. */
	@PostMapping
	ResponseEntity<ProductView> create(Caller caller, @Valid @RequestBody CreateProductRequest request) {
		if (!(caller.admin() || caller.portfolioManager() || caller.productOwner())) {
			throw new AccessDeniedException("Only administrators, portfolio managers and product owners create products");
		}
		var product = catalog.create(request.toCommand(), Actor.of(caller));
		return ResponseEntity.created(URI.create("/api/backlog/products/" + product.key()))
			.eTag(Long.toString(product.version()))
			.body(ProductView.of(product));
	}

}
