package org.refinery.devstack.seed;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The ids the services assigned, by the generator's refs: how later parts point at earlier ones. */
final class SeededIds {

	private final Map<String, String> ids = new ConcurrentHashMap<>();

	void put(String ref, String id) {
		ids.put(ref, id);
	}

	Optional<String> find(String ref) {
		return Optional.ofNullable(ref).map(ids::get);
	}

	String of(String ref) {
		return find(ref).orElseThrow(() -> new IllegalStateException("Not seeded: " + ref));
	}

}
