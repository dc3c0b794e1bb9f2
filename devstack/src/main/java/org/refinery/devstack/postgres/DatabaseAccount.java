package org.refinery.devstack.postgres;

/** One service's database and the role that owns it (the database has the role's name). */
public record DatabaseAccount(String name, String password) {

	public DatabaseAccount {
		if (!name.matches("[a-z][a-z0-9_]*")) {
			throw new IllegalArgumentException("Not a plain database name: " + name);
		}
	}

}
