package org.refinery.test.engines;

/**
 * A running PostgreSQL server shared by the tests of one JVM. Each service gets a database of
 * its own on it, as in production where every service owns its database.
 */
public interface PostgresEngine extends AutoCloseable {

	/** Creates the database unless it exists and answers its JDBC URL. */
	String database(String name);

	String username();

	String password();

	@Override
	void close();

}
