package org.refinery.backlog.team;

/** The command to form a team in a product; the web edge has checked syntax and sizes. */
public record CreateTeam(String key, String name, WorkMode workMode) {
}
