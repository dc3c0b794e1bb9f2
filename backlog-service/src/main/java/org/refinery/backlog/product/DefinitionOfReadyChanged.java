package org.refinery.backlog.product;

/** A product's Definition of Ready changed; {@code productVersion} is the product's new version. */
public record DefinitionOfReadyChanged(Product product, DefinitionOfReady definition, long productVersion,
		Actor actor) {
}
