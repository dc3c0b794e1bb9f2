package org.refinery.system.benchmark;

import org.refinery.devstack.ports.Port;
import org.refinery.devstack.services.RefineryService;
import org.refinery.system.SharedPlatform;

import java.sql.DriverManager;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sustained writes with a fixed number of callers that send as fast as answers come back: item
 * edits through the gateway, and beside them the floor, single-row inserts committed one by one
 * straight into PostgreSQL (what pgbench's insert script measures), with as many connections.
 */
final class WriteThroughput {

	record Result(double perSecond, Latencies latencies, int failures) {

		String summary() {
			return "%.0f requests/s, %s, %d failed".formatted(perSecond, latencies.summary(), failures);
		}

	}

	private WriteThroughput() {
	}

	static Result throughGateway(ItemEdits edits, int callers, Duration duration) {
		return closedLoop(callers, duration, edits::editOne);
	}

	static Result postgresFloor(int callers, Duration duration) throws Exception {
		var account = RefineryService.BACKLOG.database();
		String url = "jdbc:postgresql://localhost:" + SharedPlatform.stack().settings().ports().of(Port.POSTGRES) + "/"
				+ account.name();
		try (var connection = DriverManager.getConnection(url, account.name(), account.password());
				var statement = connection.createStatement()) {
			statement.execute("create table if not exists benchmark_insert (id uuid primary key, payload text not null, "
					+ "created timestamp with time zone not null default now())");
		}
		var connections = new java.util.concurrent.ConcurrentLinkedQueue<java.sql.Connection>();
		for (int i = 0; i < callers; i++) {
			connections.add(DriverManager.getConnection(url, account.name(), account.password()));
		}
		try {
			return closedLoop(callers, duration, () -> {
				var connection = connections.poll();
				try (var insert = connection.prepareStatement("insert into benchmark_insert (id, payload) values (?, ?)")) {
					insert.setObject(1, UUID.randomUUID());
					insert.setString(2, "Throughput floor: one committed row like one item");
					return insert.executeUpdate() == 1;
				}
				catch (java.sql.SQLException ex) {
					return false;
				}
				finally {
					connections.add(connection);
				}
			});
		}
		finally {
			for (var connection : connections) {
				try (var statement = connection.createStatement()) {
					statement.execute("drop table if exists benchmark_insert");
				}
				catch (java.sql.SQLException ignored) {
					// the table is gone already: another connection dropped it
				}
				connection.close();
			}
		}
	}

	/** A refused write (429, 503) backs off like a real client instead of going round at once. */
	private static void pause() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static Result closedLoop(int callers, Duration duration, java.util.function.BooleanSupplier write) {
		var latencies = new Latencies();
		var failures = new AtomicInteger();
		long end = System.nanoTime() + duration.toNanos();
		long start = System.nanoTime();
		try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int caller = 0; caller < callers; caller++) {
				executor.submit(() -> {
					while (System.nanoTime() < end) {
						long sent = System.nanoTime();
						boolean ok = write.getAsBoolean();
						latencies.add((System.nanoTime() - sent) / 1_000);
						if (!ok) {
							failures.incrementAndGet();
							pause();
						}
					}
				});
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		return new Result((latencies.count() - failures.get()) / seconds, latencies, failures.get());
	}

}
