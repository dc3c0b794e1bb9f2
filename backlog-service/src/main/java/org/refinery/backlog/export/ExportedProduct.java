package org.refinery.backlog.export;

import org.refinery.backlog.product.DefinitionOfReady;
import org.refinery.backlog.product.Product;
import org.refinery.backlog.team.Team;

import java.util.List;

/** What an export says about the product before its items: its settings, Definition of Ready and teams. */
public record ExportedProduct(Product product, DefinitionOfReady definitionOfReady, List<Team> teams) {

	public ExportedProduct {
		teams = List.copyOf(teams);
	}

}
