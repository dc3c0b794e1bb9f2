/**
 * Refinery's wire format. The event records are sealed under {@code RefineryEvent} across
 * one package per topic family, which Java only allows inside one named module; on a
 * service's class path the module descriptor is simply ignored.
 */
module org.refinery.contracts {
	requires transitive com.fasterxml.jackson.annotation;
	requires transitive tools.jackson.databind;
	requires transitive kafka.clients;

	exports org.refinery.contracts;
	exports org.refinery.contracts.alignment;
	exports org.refinery.contracts.backlog.items;
	exports org.refinery.contracts.backlog.products;
	exports org.refinery.contracts.backlog.sessions;
	exports org.refinery.contracts.dependencies;
	exports org.refinery.contracts.forecasts;
	exports org.refinery.contracts.imports;
	exports org.refinery.contracts.kafka;

	opens org.refinery.contracts to tools.jackson.databind;
	opens org.refinery.contracts.alignment to tools.jackson.databind;
	opens org.refinery.contracts.backlog.items to tools.jackson.databind;
	opens org.refinery.contracts.backlog.products to tools.jackson.databind;
	opens org.refinery.contracts.backlog.sessions to tools.jackson.databind;
	opens org.refinery.contracts.dependencies to tools.jackson.databind;
	opens org.refinery.contracts.forecasts to tools.jackson.databind;
	opens org.refinery.contracts.imports to tools.jackson.databind;
}
