package org.refinery.backlog.export.application;

import org.refinery.backlog.export.BacklogWriter;
import org.refinery.backlog.export.ExportedItems;
import org.refinery.backlog.export.ExportedProduct;
import org.refinery.backlog.product.DefinitionsOfReady;
import org.refinery.backlog.product.Product;
import org.refinery.backlog.product.ProductNotFound;
import org.refinery.backlog.product.ProductScope;
import org.refinery.backlog.product.Products;
import org.refinery.backlog.team.Team;
import org.refinery.backlog.team.Teams;
import org.refinery.membership.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;

/** A product's whole backlog, written in one format as it is read. */
@Service
public class BacklogExport {

	private final Products products;

	private final Teams teams;

	private final DefinitionsOfReady definitions;

	private final ExportedItems items;

	BacklogExport(Products products, Teams teams, DefinitionsOfReady definitions, ExportedItems items) {
		this.products = products;
		this.teams = teams;
		this.definitions = definitions;
		this.items = items;
	}

	/** The product to export, if the caller may read it; checked before anything is written. */
	@Transactional(readOnly = true)
	public Product visibleProduct(String productKey, Caller caller) {
		return products.withKey(productKey, ProductScope.of(caller)).orElseThrow(() -> new ProductNotFound(productKey));
	}

	/**
	 * Writes the product, its teams (by key) and all its items in rank order. A failure to write
	 * (the client went away) ends the export and its transaction at once, as an {@link IOException}.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public void write(Product product, BacklogWriter writer) throws IOException {
		var teamsInOrder = teams.ofProduct(product.id()).stream()
			.sorted(Comparator.comparing(Team::key))
			.toList();
		writer.start(new ExportedProduct(product, definitions.of(product.id()), teamsInOrder));
		try {
			items.inOrder(product.id(), item -> {
				try {
					writer.item(item);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		writer.finish();
	}

}
