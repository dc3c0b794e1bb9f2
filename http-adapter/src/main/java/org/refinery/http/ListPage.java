package org.refinery.http;

import java.util.List;

/**
 * One page of a short list held whole in memory (a product's teams, a person's scenarios, the
 * versions of a product's settings), in the shape every list of the API has: {@code content},
 * {@code page}, {@code size} and {@code totalElements}. Lists that grow without bound are paged by
 * their database query instead.
 *
 * @param content the page's elements, in the list's order
 * @param page the page asked for, from 0
 * @param size how many elements a page holds
 * @param totalElements how many elements the whole list has
 */
public record ListPage<T>(List<T> content, int page, int size, long totalElements) {

	/** The page {@code page} of {@code size} elements of the whole list; empty past its end. */
	public static <T> ListPage<T> of(List<T> all, int page, int size) {
		int from = (int) Math.min((long) page * size, all.size());
		int to = Math.min(from + size, all.size());
		return new ListPage<>(List.copyOf(all.subList(from, to)), page, size, all.size());
	}

}
