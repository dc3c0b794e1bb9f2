package org.refinery.system.benchmark;

import org.refinery.system.Answers;
import org.refinery.system.PlatformClient;

import java.net.http.HttpResponse;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Title edits of a fixed set of items, what the sustained-write and soak phases send. Each item is
 * held by one caller at a time, so no edit meets a stale version; and the data does not grow while
 * they run, so a heap that grows during the soak points at a leak, not at more items.
 */
final class ItemEdits {

	private record Held(String id, long version) {
	}

	private final PlatformClient client;

	private final BlockingQueue<Held> free = new LinkedBlockingQueue<>();

	private final AtomicLong edits = new AtomicLong();

	private ItemEdits(PlatformClient client) {
		this.client = client;
	}

	static ItemEdits of(PlatformClient client, String productKey, String teamKey, int items) {
		var edits = new ItemEdits(client);
		for (int i = 0; i < items; i++) {
			var created = client.post("/api/backlog/products/" + productKey + "/items", """
					{"type":"STORY","title":"Edited %d","description":"d","acceptanceCriteria":["a"],"teamKey":"%s",
					 "contributingTeamKeys":[]}""".formatted(i, teamKey));
			Answers.created(created);
			String location = created.headers().firstValue("Location").orElseThrow();
			edits.free.add(new Held(location.substring(location.lastIndexOf('/') + 1), version(created)));
		}
		return edits;
	}

	/** Edits the next free item (waiting for one if all are being edited); true when answered 200. */
	boolean editOne() {
		Held item = take();
		long version = item.version();
		try {
			var answer = client.patch("/api/backlog/items/" + item.id(),
					"{\"title\":\"Edit %d\"}".formatted(edits.incrementAndGet()), item.version());
			if (answer.statusCode() == 200) {
				version = version(answer);
				return true;
			}
			// A refused or timed-out edit may still have happened: ask for the version rather than guess.
			version = version(client.get("/api/backlog/items/" + item.id()));
			return false;
		}
		catch (RuntimeException ex) {
			return false; // the item goes back with the version last known; a stale one costs one 412
		}
		finally {
			free.add(new Held(item.id(), version));
		}
	}

	private Held take() {
		try {
			return free.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for an item to edit", ex);
		}
	}

	private static long version(HttpResponse<String> answer) {
		String etag = answer.headers().firstValue("ETag")
			.orElseThrow(() -> new IllegalStateException("no ETag in an answer " + answer.statusCode()));
		return Long.parseLong(etag.replace("\"", "").replace("W/", ""));
	}

}
