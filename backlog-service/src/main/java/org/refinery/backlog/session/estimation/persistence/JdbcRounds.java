package org.refinery.backlog.session.estimation.persistence;

import org.refinery.backlog.session.estimation.Round;
import org.refinery.backlog.session.estimation.Rounds;
import org.refinery.backlog.session.estimation.Vote;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@Repository
class JdbcRounds implements Rounds {

	private static final String SELECT = "select id, session_id, item_id, number, opened_by, opened_at, revealed_by, "
			+ "revealed_at from estimation_round ";

	private final JdbcClient jdbc;

	JdbcRounds(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void add(Round round) {
		jdbc.sql("insert into estimation_round (id, session_id, item_id, number, opened_by, opened_at) "
				+ "values (:id, :session, :item, :number, :by, :at)")
			.param("id", round.id()).param("session", round.sessionId()).param("item", round.itemId())
			.param("number", round.number()).param("by", round.openedBy()).param("at", Timestamp.from(round.openedAt()))
			.update();
	}

	@Override
	public Optional<Round> byId(UUID id) {
		return jdbc.sql(SELECT + "where id = :id").param("id", id).query(JdbcRounds::bare).optional()
			.map(round -> withVotes(List.of(round)).getFirst());
	}

	@Override
	public Optional<Round> lockedById(UUID id) {
		return jdbc.sql(SELECT + "where id = :id for update").param("id", id).query(JdbcRounds::bare).optional()
			.map(round -> withVotes(List.of(round)).getFirst());
	}

	@Override
	public List<Round> ofSession(UUID sessionId) {
		return withVotes(jdbc.sql(SELECT + "where session_id = :session order by item_id, number")
			.param("session", sessionId).query(JdbcRounds::bare).list());
	}

	@Override
	public int countOf(UUID sessionId, UUID itemId) {
		return jdbc.sql("select count(*) from estimation_round where session_id = :session and item_id = :item")
			.param("session", sessionId).param("item", itemId).query(Integer.class).single();
	}

	@Override
	public void vote(UUID roundId, Vote vote) {
		jdbc.sql("insert into estimation_vote (round_id, voter, points, cast_at) values (:round, :voter, :points, :at) "
				+ "on conflict (round_id, voter) do update set points = excluded.points, cast_at = excluded.cast_at")
			.param("round", roundId).param("voter", vote.voter()).param("points", vote.points())
			.param("at", Timestamp.from(vote.castAt()))
			.update();
	}

	@Override
	public void reveal(Round revealed) {
		jdbc.sql("update estimation_round set revealed_by = :by, revealed_at = :at "
				+ "where id = :id and revealed_at is null")
			.param("by", revealed.revealedBy()).param("at", Timestamp.from(revealed.revealedAt()))
			.param("id", revealed.id())
			.update();
	}

	private List<Round> withVotes(List<Round> rounds) {
		if (rounds.isEmpty()) {
			return rounds;
		}
		Map<UUID, List<Vote>> votes = jdbc.sql("select round_id, voter, points, cast_at from estimation_vote "
				+ "where round_id = any(:rounds)")
			.param("rounds", rounds.stream().map(Round::id).toArray(UUID[]::new))
			.query((rs, n) -> Map.entry(rs.getObject("round_id", UUID.class), new Vote(rs.getString("voter"),
					rs.getBigDecimal("points"), rs.getTimestamp("cast_at").toInstant())))
			.list().stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		List<Round> complete = new ArrayList<>();
		for (Round r : rounds) {
			complete.add(new Round(r.id(), r.sessionId(), r.itemId(), r.number(), r.openedBy(), r.openedAt(),
					r.revealedBy(), r.revealedAt(), votes.getOrDefault(r.id(), List.of())));
		}
		return complete;
	}

	private static Round bare(ResultSet rs, int row) throws SQLException {
		Timestamp revealed = rs.getTimestamp("revealed_at");
		return new Round(rs.getObject("id", UUID.class), rs.getObject("session_id", UUID.class),
				rs.getObject("item_id", UUID.class), rs.getInt("number"), rs.getString("opened_by"),
				rs.getTimestamp("opened_at").toInstant(), rs.getString("revealed_by"),
				revealed == null ? null : revealed.toInstant(), List.of());
	}

}
