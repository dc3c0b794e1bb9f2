package org.refinery.contracts.asyncapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.refinery.contracts.EventType;
import org.refinery.contracts.Topics;
import org.refinery.contracts.samples.EventSamples;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The integrators' AsyncAPI document ({@code docs/asyncapi.yaml}) against the contracts: every
 * topic is a channel carrying exactly its event types, every {@code ce_type} is a message of that
 * name, the webhook channel carries what webhooks may subscribe to, and every frozen sample is
 * valid against its message's payload schema with every field documented.
 */
class AsyncApiDocumentTest {

	static final Path DOCUMENT = Path.of("..", "docs", "asyncapi.yaml");

	static final List<String> WEBHOOK_TOPICS = List.of(Topics.BACKLOG_PRODUCTS, Topics.BACKLOG_ITEMS,
			Topics.BACKLOG_SESSIONS, Topics.DEPENDENCIES);

	static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

	static final JsonNode ASYNCAPI = read();

	final SchemaCheck schemas = new SchemaCheck(ASYNCAPI);

	@Test
	void theDocumentIsAsyncApiThree() {
		assertThat(ASYNCAPI.path("asyncapi").asString()).startsWith("3.0");
	}

	@Test
	void everyTopicIsAChannelCarryingExactlyItsEventTypes() {
		for (String topic : Topics.all()) {
			JsonNode channel = channelAt(topic);
			assertThat(messageNames(channel)).as("messages of %s", topic)
				.containsExactlyElementsOf(EventType.onTopic(topic).stream().map(EventType::ceType).toList());
		}
	}

	@Test
	void theWebhookChannelCarriesTheEventTypesOfTheWebhookTopics() {
		JsonNode webhook = ASYNCAPI.path("channels").path("webhook");
		List<String> expected = Arrays.stream(EventType.values())
			.filter(type -> WEBHOOK_TOPICS.contains(type.topic()))
			.map(EventType::ceType)
			.toList();

		assertThat(messageNames(webhook)).containsExactlyElementsOf(expected);
	}

	@ParameterizedTest
	@EnumSource(EventType.class)
	void everyEventTypeIsAMessageNamedByItsCeType(EventType type) {
		JsonNode message = message(type);

		assertThat(message.path("name").asString()).isEqualTo(type.ceType());
		assertThat(message.path("payload").path("$ref").asString()).isNotEmpty();
	}

	@ParameterizedTest
	@EnumSource(EventType.class)
	void everyFrozenSampleIsValidAgainstItsMessagePayload(EventType type) {
		JsonNode sample = JSON.readTree(EventSamples.json(type));

		assertThat(schemas.errors(message(type).path("payload"), sample, "")).isEmpty();
	}

	@Test
	void theGoalLinkedOutcomeVariantIsValidAgainstItsMessagePayload() {
		JsonNode variant = JSON.readTree(EventSamples.variant("refinery.backlog.RefinementOutcomeRecorded.v1.GOAL_LINKED"));

		assertThat(schemas.errors(message(EventType.REFINEMENT_OUTCOME_RECORDED).path("payload"), variant, "")).isEmpty();
	}

	@Test
	void aSampleThatBreaksTheContractIsRefused() {
		EventType type = EventType.ITEM_CREATED;
		ObjectNode broken = (ObjectNode) JSON.readTree(EventSamples.json(type));
		((ObjectNode) broken.get("item")).remove("id");
		((ObjectNode) broken.get("item")).put("status", "SHELVED");
		broken.put("aggregateVersion", "one");
		broken.put("surprise", true);

		assertThat(schemas.errors(message(type).path("payload"), broken, "")).containsExactlyInAnyOrder(
				"/item/id: is required", "/item/status: \"SHELVED\" is not one of "
						+ ASYNCAPI.at("/components/schemas/ItemStatus/enum"),
				"/aggregateVersion: must be an integer, was \"one\"", "/surprise: is not documented");
	}

	private static JsonNode message(EventType type) {
		JsonNode message = ASYNCAPI.path("components").path("messages").path(type.recordType().getSimpleName());
		assertThat(message.isObject()).as("components/messages/%s", type.recordType().getSimpleName()).isTrue();
		return message;
	}

	private static JsonNode channelAt(String address) {
		List<JsonNode> found = new ArrayList<>();
		ASYNCAPI.path("channels").forEach(channel -> {
			if (channel.path("address").asString("").equals(address)) {
				found.add(channel);
			}
		});
		assertThat(found).as("channels at %s", address).hasSize(1);
		return found.getFirst();
	}

	/** The {@code name} ({@code ce_type}) of each message a channel carries, in document order. */
	private static List<String> messageNames(JsonNode channel) {
		List<String> names = new ArrayList<>();
		channel.path("messages").forEach(reference -> {
			JsonNode message = ASYNCAPI.at(reference.path("$ref").asString().substring(1));
			names.add(message.path("name").asString());
		});
		return names;
	}

	private static JsonNode read() {
		try (Reader reader = Files.newBufferedReader(DOCUMENT)) {
			Object tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
			return JSON.valueToTree(tree);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + DOCUMENT.toAbsolutePath(), ex);
		}
	}

}
