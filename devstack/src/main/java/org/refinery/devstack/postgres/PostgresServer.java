package org.refinery.devstack.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.refinery.devstack.process.HealthCheck;
import org.refinery.devstack.process.Liveness;
import org.refinery.devstack.process.Progress;
import org.refinery.devstack.process.StackStopped;
import org.refinery.devstack.process.StartFailed;
import org.refinery.devstack.process.Supervisor;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * The platform's PostgreSQL: data kept between runs, one database per service. A start and a
 * stop never overlap: a stop that arrives mid-start waits for the (bounded) start to finish and
 * then stops the server, so no postmaster is ever left behind.
 */
public final class PostgresServer {

	public static final String NAME = "postgres";

	private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

	private final Path dataDirectory;

	private final int port;

	private final Path logFile;

	private final Progress progress;

	private final ReentrantLock lifecycle = new ReentrantLock();

	private EmbeddedPostgres server;

	private boolean stopped;

	public PostgresServer(Path dataDirectory, int port, Path logFile, Progress progress) {
		this.dataDirectory = dataDirectory;
		this.port = port;
		this.logFile = logFile;
		this.progress = progress;
	}

	public void start(List<DatabaseAccount> accounts, Supervisor supervisor) {
		lifecycle.lock();
		try {
			if (stopped) {
				throw new StackStopped("PostgreSQL start abandoned: the devstack is stopping");
			}
			supervisor.ensureRunning();
			stopLeftover();
			boolean fresh = !Files.exists(dataDirectory.resolve("postgresql.conf"));
			progress.info(NAME, fresh ? "initialising a new cluster in " + dataDirectory : "starting on port " + port);
			long start = System.nanoTime();
			Files.createDirectories(logFile.getParent());
			server = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(false)
				.setPort(port)
				.setPGStartupWait(STARTUP_WAIT)
				.setServerConfig("max_connections", "200")
				.setServerConfig("shared_buffers", "32MB")
				// The platform benchmark times an event's effect by the commit of the row it wrote
				// (pg_xact_commit_timestamp), not by when a poll happened to see the row.
				.setServerConfig("track_commit_timestamp", "on")
				.setOutputRedirector(Redirect.appendTo(logFile.toFile()))
				.setErrorRedirector(Redirect.appendTo(logFile.toFile()))
				.start();
			List<String> created = ServiceDatabases.ensure(server.getPostgresDatabase(), accounts);
			progress.info(NAME, "ready on localhost:%d in %.1f s (%s)".formatted(port, (System.nanoTime() - start) / 1e9,
					created.isEmpty() ? "databases present" : "created databases " + String.join(", ", created)));
		}
		catch (IOException | SQLException | RuntimeException ex) {
			if (ex instanceof StackStopped stop) {
				throw stop;
			}
			throw new StartFailed("PostgreSQL did not start: " + ex.getMessage() + "; see " + logFile, ex);
		}
		finally {
			lifecycle.unlock();
		}
	}

	/** Fast shutdown through pg_ctl; waits for a start in progress first. */
	public void stop() {
		boolean locked = false;
		try {
			locked = lifecycle.tryLock(STARTUP_WAIT.toSeconds() + 30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		try {
			stopped = true;
			if (server == null && Postmaster.in(dataDirectory).isEmpty()) {
				return;
			}
			long start = System.nanoTime();
			if (server != null) {
				server.close();
				server = null;
			}
			Postmaster.in(dataDirectory).ifPresent(Postmaster::terminate);
			progress.info(NAME, "stopped (%.1f s)".formatted((System.nanoTime() - start) / 1e9));
		}
		catch (IOException ex) {
			progress.warn(NAME, "pg_ctl stop failed (" + ex.getMessage() + "); sending SIGTERM");
			Postmaster.in(dataDirectory).ifPresent(Postmaster::terminate);
		}
		finally {
			if (locked) {
				lifecycle.unlock();
			}
		}
	}

	public HealthCheck health() {
		return HealthCheck.tcp(port);
	}

	/** The postmaster's PID, or 0 when none runs. */
	public long pid() {
		return Postmaster.in(dataDirectory).map(postmaster -> postmaster.handle().pid()).orElse(0L);
	}

	/** The postmaster and its backends, while they run. */
	public Set<Long> processIds() {
		var pids = new LinkedHashSet<Long>();
		Postmaster.in(dataDirectory)
			.map(Postmaster::handle)
			.ifPresent(postmaster -> Stream.concat(Stream.of(postmaster), postmaster.descendants())
				.filter(Liveness::running)
				.forEach(process -> pids.add(process.pid())));
		return pids;
	}

	public Path dataDirectory() {
		return dataDirectory;
	}

	/** Stops a postmaster that a launcher killed without its stop left running on this data directory. */
	public void stopLeftover() {
		Postmaster.in(dataDirectory).ifPresent(leftover -> {
			progress.warn(NAME, "left running by an earlier launcher (pid %d); stopping it".formatted(leftover.handle().pid()));
			leftover.terminate();
		});
	}

}
