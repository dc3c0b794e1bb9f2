/**
 * The platform benchmarks of {@code docs/benchmarks.md}: event propagation against raw Kafka,
 * sustained writes against PostgreSQL alone, and a soak, in one command and one run, so that each
 * figure stands beside its floor measured on the same machine at the same time.
 */
package org.refinery.system.benchmark;
