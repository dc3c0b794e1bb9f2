package org.refinery.contracts.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.refinery.contracts.EventJson;
import org.refinery.contracts.EventType;
import org.refinery.contracts.RefineryEvent;

/**
 * Loads the frozen JSON samples of {@code src/test/resources/samples/<ce_type>.json}. Other
 * modules get it from the {@code event-contracts} test-jar and feed the samples to their
 * consumers, e.g. {@code EventSamples.event("refinery.backlog.ItemRefined.v1")}.
 */
public final class EventSamples {

	/** The class-path folder of the samples. */
	public static final String FOLDER = "samples/";

	private static final EventJson JSON = new EventJson();

	private EventSamples() {
	}

	/** The {@code ce_type} of every event type that has a sample, in catalog order. */
	public static List<String> ceTypes() {
		return Arrays.stream(EventType.values()).map(EventType::ceType).filter(EventSamples::exists).toList();
	}

	/** Whether a sample exists for a {@code ce_type}. */
	public static boolean exists(String ceType) {
		return EventSamples.class.getClassLoader().getResource(path(ceType)) != null;
	}

	/**
	 * The sample's JSON text.
	 * @throws IllegalArgumentException when there is no sample for the type
	 */
	public static String json(String ceType) {
		try (InputStream in = EventSamples.class.getClassLoader().getResourceAsStream(path(ceType))) {
			if (in == null) {
				throw new IllegalArgumentException("No frozen sample for ce_type '" + ceType + "' at " + path(ceType));
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + path(ceType), ex);
		}
	}

	/** The sample of an event type's JSON text. */
	public static String json(EventType type) {
		return json(type.ceType());
	}

	/** The sample read as its event record. */
	public static <T extends RefineryEvent> T event(String ceType) {
		return JSON.read(ceType, json(ceType));
	}

	/** The sample of an event record class, read as that record. */
	public static <T extends RefineryEvent> T event(Class<T> recordType) {
		return recordType.cast(event(EventType.of(recordType).ceType()));
	}

	/** The class-path folder of sample variants: further samples of a type, e.g. with a value added later. */
	public static final String VARIANTS = "sample-variants/";

	/**
	 * A variant's JSON text, named {@code <ce_type>.<variant>}, e.g.
	 * {@code refinery.backlog.RefinementOutcomeRecorded.v1.GOAL_LINKED}; frozen like the samples.
	 */
	public static String variant(String name) {
		String path = VARIANTS + name + ".json";
		try (InputStream in = EventSamples.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalArgumentException("No frozen sample variant at " + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + path, ex);
		}
	}

	private static String path(String ceType) {
		return FOLDER + ceType + ".json";
	}

}
