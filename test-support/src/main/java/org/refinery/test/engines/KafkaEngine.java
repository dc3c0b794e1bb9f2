package org.refinery.test.engines;

/** A running Kafka broker shared by the tests of one JVM. */
public interface KafkaEngine extends AutoCloseable {

	String bootstrapServers();

	@Override
	void close();

}
