package org.refinery.backlog.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A first pass over the file that keeps a few facts per row, not the rows: each key's line, its
 * parent and its duplicates, and the pass in which each row can be imported so that a parent is
 * always made before its children, wherever it stands in the file. Rows after their parent go in
 * the parent's pass; rows before it, one pass later. It also places each key in the tracker's
 * order when the file has ranks. 50,000 rows cost a few megabytes.
 */
public final class Census {

	/** Deeper hierarchies than this are treated as a cycle: no tracker nests work a hundred levels. */
	static final int MAX_DEPTH = 100;

	private final Map<String, Long> lines = new HashMap<>();

	private final Map<String, String> keysById = new HashMap<>();

	private final Map<String, String> parents = new HashMap<>();

	private final Map<Long, Long> duplicates = new HashMap<>();

	private final Map<String, Integer> passes = new HashMap<>();

	private final java.util.Set<String> cyclic = new java.util.HashSet<>();

	private final Map<String, String> ranks = new HashMap<>();

	private Map<String, Integer> positions = Map.of();

	/** Counts a row; a key seen before makes this row a duplicate of the earlier line. */
	public void count(SourceRow row) {
		if (row.key() == null) {
			return;
		}
		Long earlier = lines.putIfAbsent(row.key(), row.line());
		if (earlier != null) {
			duplicates.put(row.line(), earlier);
			return;
		}
		if (row.id() != null) {
			keysById.putIfAbsent(row.id(), row.key());
		}
		if (row.parent() != null) {
			parents.put(row.key(), row.parent());
		}
		if (row.rank() != null) {
			ranks.put(row.key(), row.rank());
		}
	}

	/** Orders the rows by their parents once every row was counted. */
	public void close() {
		lines.keySet().forEach(key -> pass(key, new java.util.HashSet<>()));
		if (!ranks.isEmpty()) {
			List<String> ordered = new ArrayList<>(lines.keySet());
			ordered.sort(Comparator.<String, Boolean>comparing(key -> !ranks.containsKey(key))
				.thenComparing(key -> ranks.getOrDefault(key, ""))
				.thenComparing(lines::get));
			positions = new HashMap<>();
			for (int i = 0; i < ordered.size(); i++) {
				positions.put(ordered.get(i), i);
			}
		}
	}

	/**
	 * The row's place in the tracker's order (0 first): ranked rows by rank, compared as text
	 * (LexoRank sorts so), then unranked rows in file order; null when the file has no ranks.
	 */
	public Integer rankPosition(String key) {
		return positions.get(key);
	}

	/** How many keys {@link #rankPosition} places (0 when the file has no ranks). */
	public int ranked() {
		return positions.size();
	}

	/** The line of the earlier row with the same key, if this row repeats one. */
	public Long duplicateOf(long line) {
		return duplicates.get(line);
	}

	/** The key of the parent a row names: its key, or the key of the row with that id. */
	public String parentKey(String key) {
		String parent = parents.get(key);
		if (parent == null) {
			return null;
		}
		return lines.containsKey(parent) ? parent : keysById.getOrDefault(parent, parent);
	}

	public boolean inFile(String key) {
		return lines.containsKey(key);
	}

	public boolean isCyclic(String key) {
		return cyclic.contains(key);
	}

	/** The pass that imports the row with this key (0 for rows without a parent in the file). */
	public int passOf(String key) {
		return passes.getOrDefault(key, 0);
	}

	public int passes() {
		return passes.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
	}

	public Set<String> keys() {
		return lines.keySet();
	}

	private int pass(String key, Set<String> visiting) {
		Integer known = passes.get(key);
		if (known != null) {
			return known;
		}
		String parent = parentKey(key);
		int pass = 0;
		if (parent != null && lines.containsKey(parent)) {
			if (!visiting.add(key) || visiting.size() > MAX_DEPTH) {
				cyclic.add(key);
				return 0;
			}
			int parentPass = pass(parent, visiting);
			pass = cyclic.contains(parent) ? 0 : lines.get(parent) < lines.get(key) ? parentPass : parentPass + 1;
			if (cyclic.contains(parent)) {
				cyclic.add(key);
			}
		}
		passes.put(key, pass);
		return pass;
	}

}
