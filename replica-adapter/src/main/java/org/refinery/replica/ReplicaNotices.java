package org.refinery.replica;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tells every other replica of this service that something changed, through PostgreSQL's
 * {@code NOTIFY}: a notice sent inside a transaction is delivered when it commits and never when
 * it rolls back, so a replica never hears of a change it cannot read yet, and a change never
 * commits without its notice. The sending replica does not hear its own notices (it acts on its
 * change directly, before answering); every other replica hears each notice once, in commit
 * order, on one listening connection ({@link NoticeListening}). A listener that may have missed
 * notices (its connection broke) is told so, to start afresh.
 */
public final class ReplicaNotices {

	private static final Pattern CHANNEL = Pattern.compile("[a-z][a-z0-9_]{0,62}");

	/** Payloads are text of at most 8,000 bytes, PostgreSQL's limit, less the sender's id. */
	static final int MAX_PAYLOAD = 7_900;

	private static final Logger log = LoggerFactory.getLogger(ReplicaNotices.class);

	private final String replica = UUID.randomUUID().toString();

	private final JdbcTemplate jdbc;

	private final Map<String, List<NoticeListener>> listeners = new ConcurrentHashMap<>();

	public ReplicaNotices(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
	}

	/** Sends a notice with the current transaction, if there is one, else at once. */
	public void send(String channel, String payload) {
		checkChannel(channel);
		if (payload.length() > MAX_PAYLOAD) {
			throw new IllegalArgumentException("A notice carries at most " + MAX_PAYLOAD + " characters");
		}
		jdbc.query("select pg_notify(?, ?)", row -> { }, channel, replica + ' ' + payload);
	}

	/** Hears the notices other replicas send on the channel, from the moment it is listened to. */
	public void listen(String channel, NoticeListener listener) {
		checkChannel(channel);
		listeners.computeIfAbsent(channel, name -> new CopyOnWriteArrayList<>()).add(listener);
	}

	Set<String> channels() {
		return listeners.keySet();
	}

	/** Hands a delivered notice to the channel's listeners, unless this replica sent it. */
	void deliver(String channel, String notice) {
		int space = notice.indexOf(' ');
		if (space < 0 || notice.substring(0, space).equals(replica)) {
			return;
		}
		String payload = notice.substring(space + 1);
		for (NoticeListener listener : listeners.getOrDefault(channel, List.of())) {
			try {
				listener.heard(payload);
			}
			catch (RuntimeException ex) {
				log.warn("A listener of channel {} failed on a notice: {}", channel, ex.toString());
			}
		}
	}

	/** Tells every listener that notices may have been lost. */
	void missed() {
		listeners.values().forEach(all -> all.forEach(NoticeListener::missed));
	}

	private static void checkChannel(String channel) {
		if (!CHANNEL.matcher(channel).matches()) {
			throw new IllegalArgumentException("A channel is a lower-case identifier, not " + channel);
		}
	}

	/** Hears one channel's notices. Called on the listening thread: hand long work elsewhere. */
	public interface NoticeListener {

		void heard(String payload);

		/** Notices may have been lost (the listening connection broke): whatever they would say, assume it. */
		void missed();

	}

}
