package org.refinery.backlog.product.application;

import org.refinery.backlog.product.Actor;
import org.refinery.backlog.product.ChangeProduct;
import org.refinery.backlog.product.CreateProduct;
import org.refinery.backlog.product.DefinitionHistoryEntry;
import org.refinery.backlog.product.DefinitionOfReady;
import org.refinery.backlog.product.DefinitionOfReadyChanged;
import org.refinery.backlog.product.DefinitionsOfReady;
import org.refinery.backlog.product.Product;
import org.refinery.backlog.product.ProductAccessDenied;
import org.refinery.backlog.product.ProductChanged;
import org.refinery.backlog.product.ProductCreated;
import org.refinery.backlog.product.ProductHistoryEntry;
import org.refinery.backlog.product.ProductNotFound;
import org.refinery.backlog.product.ProductScope;
import org.refinery.backlog.product.ProductVersionStale;
import org.refinery.backlog.product.Products;
import org.refinery.backlog.product.SettingChange;
import org.refinery.backlog.product.SettingChanges;
import org.refinery.membership.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

@Service
public class ProductCatalog {

	private final Products products;

	private final DefinitionsOfReady definitions;

	private final SettingChanges settingChanges;

	private final ApplicationEventPublisher events;

	ProductCatalog(Products products, DefinitionsOfReady definitions, SettingChanges settingChanges,
			ApplicationEventPublisher events) {
		this.products = products;
		this.definitions = definitions;
		this.settingChanges = settingChanges;
		this.events = events;
	}

	/** Starts a product's backlog; the creator becomes one of its product owners. */
	@Transactional
	public Product create(CreateProduct command, Actor actor) {
		Product product = Product.create(UUID.randomUUID(), command);
		products.add(product);
		events.publishEvent(new ProductCreated(product, actor));
		return product;
	}

	/**
	 * Changes a product's settings; only its product owners may, and only from its current version.
	 * Each changed setting is in the product's history; a change that changes nothing returns the
	 * product as it is, with neither a new version nor a history entry nor an event.
	 */
	@Transactional
	public Product change(String productKey, Long expectedVersion, ChangeProduct change, Caller caller) {
		Product before = visible(productKey, caller);
		if (!caller.ownsProduct(productKey)) {
			throw new ProductAccessDenied("Only product owners of " + productKey + " change its settings");
		}
		if (expectedVersion != null && expectedVersion != before.version()) {
			throw new ProductVersionStale(expectedVersion, before.version());
		}
		Product after = before.changed(change.name(), change.vision(), change.deliveryMode(),
				change.sprintLengthDays(), change.releaseLengthDays(), change.firstPeriodStart());
		List<SettingChange> changes = before.changesTo(after);
		if (changes.isEmpty()) {
			return before;
		}
		if (!products.update(after, before.version())) {
			throw new ProductVersionStale(before.version(), before.version() + 1);
		}
		settingChanges.record(after.id(), after.version(), changes, Actor.of(caller));
		events.publishEvent(new ProductChanged(after, changes.stream().map(SettingChange::field)
			.collect(Collectors.toCollection(LinkedHashSet::new)), Actor.of(caller)));
		return after;
	}

	/** The product's Definition of Ready with the product's version, which every change of it raises. */
	@Transactional(readOnly = true)
	public DefinitionInForce definitionOfReady(String productKey, Caller caller) {
		Product product = visible(productKey, caller);
		return new DefinitionInForce(definitions.of(product.id()), product.version());
	}

	/** A Definition of Ready and the version of its product, which is what {@code If-Match} names. */
	public record DefinitionInForce(DefinitionOfReady definition, long productVersion) {
	}

	/**
	 * Replaces the product's Definition of Ready; only its product owners may, and, when they name
	 * the version they hold ({@code expectedVersion}, the product's), only from that version, so
	 * that two owners editing it at once do not silently overwrite each other.
	 */
	@Transactional
	public DefinitionInForce changeDefinitionOfReady(String productKey, Long expectedVersion, DefinitionOfReady definition,
			Caller caller) {
		Product product = visible(productKey, caller);
		if (!caller.ownsProduct(productKey)) {
			throw new ProductAccessDenied("Only product owners of " + productKey + " change its Definition of Ready");
		}
		if (expectedVersion != null && expectedVersion != product.version()) {
			throw new ProductVersionStale(expectedVersion, product.version());
		}
		DefinitionOfReady before = definitions.of(product.id());
		if (definition.sameAs(before)) {
			return new DefinitionInForce(before, product.version());
		}
		long version = definitions.save(product.id(), before, definition, Actor.of(caller));
		events.publishEvent(new DefinitionOfReadyChanged(product, definition, version, Actor.of(caller)));
		return new DefinitionInForce(definition, version);
	}

	/** A page of who changed which part of the Definition of Ready, when, from what to what; newest first. */
	@Transactional(readOnly = true)
	public List<DefinitionHistoryEntry> definitionOfReadyHistory(String productKey, int offset, int limit,
			Caller caller) {
		return definitions.history(visible(productKey, caller).id(), offset, limit);
	}

	@Transactional(readOnly = true)
	public long definitionOfReadyHistoryCount(String productKey, Caller caller) {
		return definitions.historyCount(visible(productKey, caller).id());
	}

	/** A page of who changed which setting of the product, when, from what to what; newest first. */
	@Transactional(readOnly = true)
	public List<ProductHistoryEntry> history(String productKey, int offset, int limit, Caller caller) {
		return settingChanges.of(visible(productKey, caller).id(), offset, limit);
	}

	@Transactional(readOnly = true)
	public long historyCount(String productKey, Caller caller) {
		return settingChanges.countOf(visible(productKey, caller).id());
	}

	private Product visible(String productKey, Caller caller) {
		return products.withKey(productKey, ProductScope.of(caller)).orElseThrow(() -> new ProductNotFound(productKey));
	}

}
