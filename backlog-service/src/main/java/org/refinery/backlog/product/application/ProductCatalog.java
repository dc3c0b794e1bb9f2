package org.refinery.backlog.product.application;

import org.refinery.backlog.product.Actor;
import org.refinery.backlog.product.CreateProduct;
import org.refinery.backlog.product.Product;
import org.refinery.backlog.product.ProductCreated;
import org.refinery.backlog.product.Products;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

@Service
public class ProductCatalog {

	private final Products products;

	private final ApplicationEventPublisher events;

	ProductCatalog(Products products, ApplicationEventPublisher events) {
		this.products = products;
		this.events = events;
	}

	/** Starts a product's backlog; the creator becomes one of its product owners. */
	@Transactional
	public Product create(CreateProduct command, Actor actor) {
		Product product = Product.create(UUID.randomUUID(), command);
		products.add(product, actor);
		events.publishEvent(new ProductCreated(product, actor));
		return product;
	}

}
