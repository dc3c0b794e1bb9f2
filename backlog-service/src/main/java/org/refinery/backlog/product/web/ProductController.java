package org.refinery.backlog.product.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.refinery.backlog.product.ProductNotFound;
import org.refinery.backlog.product.ProductScope;
import org.refinery.backlog.product.Products;
import org.refinery.backlog.product.application.ProductCatalog;
import org.refinery.backlog.product.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

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
	ProductPage list(Caller caller, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		ProductScope scope = caller.scope();
		var content = products.within(scope, page * size, size).stream().map(ProductView::of).toList();
		return new ProductPage(content, page, size, products.countWithin(scope));
	}

	@GetMapping("/{productKey}")
	ResponseEntity<ProductView> one(Caller caller, @PathVariable String productKey) {
		var product = products.withKey(productKey, caller.scope()).orElseThrow(() -> new ProductNotFound(productKey));
		return ResponseEntity.ok().eTag(Long.toString(product.version())).body(ProductView.of(product));
	}

	/** Changes name, vision or cadence; {@code If-Match} guards against lost updates. */
	@PatchMapping("/{productKey}")
	ResponseEntity<ProductView> change(Caller caller, @PathVariable String productKey,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody ChangeProductRequest request) {
		var product = catalog.change(productKey, version(ifMatch), request.toChange(), caller);
		return ResponseEntity.ok().eTag(Long.toString(product.version())).body(ProductView.of(product));
	}

	private static Long version(String ifMatch) {
		if (ifMatch == null) {
			return null;
		}
		var matcher = java.util.regex.Pattern.compile("^(?:W/)?\"?(\\d{1,18})\"?$").matcher(ifMatch.strip());
		if (!matcher.matches()) {
			throw new org.springframework.web.server.ServerWebInputException(
					"If-Match must be the product's ETag, such as \"3\", was " + ifMatch);
		}
		return Long.parseLong(matcher.group(1));
	}

	/** Administrators, portfolio managers and product owners start products. */
	@PostMapping
	ResponseEntity<ProductView> create(Caller caller, @Valid @RequestBody CreateProductRequest request) {
		if (!(caller.admin() || caller.portfolioManager() || caller.productOwner())) {
			throw new AccessDeniedException("Only administrators, portfolio managers and product owners create products");
		}
		var product = catalog.create(request.toCommand(), caller.actor());
		return ResponseEntity.created(URI.create("/api/backlog/products/" + product.key()))
			.eTag(Long.toString(product.version()))
			.body(ProductView.of(product));
	}

}
