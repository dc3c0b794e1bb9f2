package org.refinery.system.benchmark;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * When one thing happened to each item, in wall-clock microseconds of this machine, collected on a
 * thread of its own until closed.
 */
final class Watch implements AutoCloseable {

	/** Puts the moment of each item it sees the first time it sees it; asked again and again, it paces itself. */
	interface Source extends AutoCloseable {

		void collect(Map<UUID, Long> moments) throws Exception;

	}

	private final String name;

	private final Map<UUID, Long> moments = new ConcurrentHashMap<>();

	private final AtomicBoolean running = new AtomicBoolean(true);

	private final Thread thread;

	private volatile Exception failure;

	Watch(String name, Source source) {
		this.name = name;
		this.thread = Thread.ofPlatform().name("watch " + name).daemon().start(() -> collect(source));
	}

	/** Now, in the unit of every moment. */
	static long now() {
		Instant now = Instant.now();
		return now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
	}

	/** When it happened to the item, or null if it was not seen. */
	Long at(UUID item) {
		return moments.get(item);
	}

	boolean sawAll(Collection<UUID> items) {
		if (failure != null) {
			throw new IllegalStateException("Watching " + name + " failed", failure);
		}
		return moments.keySet().containsAll(items);
	}

	@Override
	public void close() throws InterruptedException {
		running.set(false);
		thread.join();
		if (failure != null) {
			throw new IllegalStateException("Watching " + name + " failed", failure);
		}
	}

	private void collect(Source source) {
		try (source) {
			while (running.get()) {
				source.collect(moments);
			}
		}
		catch (Exception ex) {
			failure = ex;
		}
	}

}
