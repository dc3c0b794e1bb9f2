package org.refinery.replica;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * The one connection per replica that listens for other replicas' notices, on a thread of its
 * own. It waits on the socket (no polling of tables) and wakes every second to listen to
 * channels registered since. When the connection breaks it tells every listener that notices
 * may have been missed, then connects again with a back-off of 1 s doubling to 30 s.
 */
final class NoticeListening implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(NoticeListening.class);

	private static final int WAKE_MILLIS = 1_000;

	private final DataSource dataSource;

	private final ReplicaNotices notices;

	private volatile Thread thread;

	NoticeListening(DataSource dataSource, ReplicaNotices notices) {
		this.dataSource = dataSource;
		this.notices = notices;
	}

	@Override
	public void start() {
		// Assigned before it starts: the thread runs only while this field names it.
		Thread listener = Thread.ofPlatform().daemon().name("replica-notices").unstarted(this::run);
		thread = listener;
		listener.start();
	}

	@Override
	public void stop() {
		Thread running = thread;
		thread = null;
		if (running != null) {
			running.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return thread != null;
	}

	private void run() {
		Duration backOff = Duration.ofSeconds(1);
		boolean connectedBefore = false;
		while (thread != null) {
			try (Connection connection = dataSource.getConnection()) {
				if (connectedBefore) {
					notices.missed();
				}
				connectedBefore = true;
				backOff = Duration.ofSeconds(1);
				listen(connection.unwrap(PGConnection.class), connection);
			}
			catch (SQLException | RuntimeException ex) {
				if (thread == null) {
					return;
				}
				log.warn("Listening for other replicas' notices failed, again in {} s: {}", backOff.toSeconds(),
						ex.toString());
				if (!pause(backOff)) {
					return;
				}
				backOff = backOff.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30)
						: backOff.multipliedBy(2);
			}
		}
	}

	private void listen(PGConnection listening, Connection connection) throws SQLException {
		Set<String> listened = new HashSet<>();
		connection.setAutoCommit(true);
		while (thread != null) {
			for (String channel : notices.channels()) {
				if (listened.add(channel)) {
					try (Statement statement = connection.createStatement()) {
						statement.execute("LISTEN " + channel);
					}
				}
			}
			PGNotification[] delivered = listening.getNotifications(WAKE_MILLIS);
			if (delivered != null) {
				for (PGNotification notification : delivered) {
					notices.deliver(notification.getName(), notification.getParameter());
				}
			}
		}
	}

	private static boolean pause(Duration duration) {
		try {
			Thread.sleep(duration);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
