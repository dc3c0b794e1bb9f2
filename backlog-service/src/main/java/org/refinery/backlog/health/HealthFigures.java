package org.refinery.backlog.health;

import java.util.List;

/** Reads the figures of every product from the backlog. */
public interface HealthFigures {

	List<ProductFigures> ofAllProducts(int periods);

}
