/**
 * The frozen JSON samples, one per event type, and the means to test against them. Released
 * samples never change, so they are the fixed point between producers and consumers: this
 * module proves every record writes and reads exactly its sample, and the services load the
 * same samples through {@link org.refinery.contracts.samples.EventSamples} (from the test-jar)
 * to prove their consumers handle what producers really send.
 */
package org.refinery.contracts.samples;
