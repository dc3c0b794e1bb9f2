package org.refinery.k8s;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Navigation in parsed YAML/JSON trees: dotted paths and flattening to property names. */
final class Tree {

	private Tree() {
	}

	/** The value at a dotted path ({@code null} when absent); a number steps into a list. */
	static Object at(Object root, String path) {
		Object node = root;
		for (String step : path.split("\\.")) {
			if (node instanceof Map<?, ?> map) {
				node = map.get(step);
			}
			else if (node instanceof List<?> list && step.matches("\\d+") && Integer.parseInt(step) < list.size()) {
				node = list.get(Integer.parseInt(step));
			}
			else {
				return null;
			}
		}
		return node;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object root, String path) {
		Object node = at(root, path);
		return node instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
	}

	@SuppressWarnings("unchecked")
	static List<Object> list(Object root, String path) {
		Object node = at(root, path);
		return node instanceof List<?> list ? (List<Object>) list : List.of();
	}

	/** Leaf values by Spring property name ({@code spring.kafka.producer.acks}); lists are leaves. */
	static Map<String, Object> flatten(Object root) {
		var flat = new LinkedHashMap<String, Object>();
		flatten("", root, flat);
		return flat;
	}

	private static void flatten(String prefix, Object node, Map<String, Object> into) {
		if (node instanceof Map<?, ?> map && !map.isEmpty()) {
			map.forEach((key, value) -> flatten(prefix.isEmpty() ? key.toString() : prefix + "." + key, value, into));
		}
		else {
			into.put(prefix, node);
		}
	}

}
