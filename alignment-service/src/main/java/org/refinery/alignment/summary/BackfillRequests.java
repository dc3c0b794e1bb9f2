package org.refinery.alignment.summary;

import java.time.Duration;
import java.util.Optional;

/**
 * Which products' trends are to be back-filled. Each product is asked for once when first seen,
 * and again on changes within {@code settling} of that, while the read model may still be
 * catching up on its history.
 */
public interface BackfillRequests {

	/**
	 * Asks for the product's back-fill when it is new or still settling; says whether it is still
	 * settling (false: later changes need not ask again).
	 */
	boolean request(String productKey, Duration settling);

	/**
	 * Takes one pending request, oldest first, within the caller's transaction; one that another
	 * replica is taking is skipped. The request stays taken only if that transaction commits.
	 */
	Optional<String> takeNext();

}
