package org.refinery.backlog.imports;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Which item each external key of a product became: one item per key and system, for ever. */
public interface ExternalReferences {

	/** The items these keys became, by key; keys never imported are absent. */
	Map<String, UUID> find(UUID productId, String system, Collection<String> keys);

	/** Items of the product by their own keys ({@code PAY-12}), for re-importing Refinery's own export. */
	Map<String, UUID> itemsByKey(UUID productId, Collection<String> keys);

	void add(UUID productId, String system, Map<String, UUID> references);

	/** Every key of the system imported into the product, with the key of the item it became. */
	List<Map.Entry<String, String>> all(UUID productId, String system);

}
