package org.refinery.backlog.imports;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The files an import reads, by the name a request gives, and the system their keys belong to. */
public enum ImportFormat {

	JIRA_CSV("jira-csv", "jira"), JIRA_JSON("jira-json", "jira"), AZURE_CSV("azure-csv", "azure"),
	AZURE_JSON("azure-json", "azure"), REFINERY_JSON("refinery-json", "refinery");

	private final String wireName;

	private final String system;

	ImportFormat(String wireName, String system) {
		this.wireName = wireName;
		this.system = system;
	}

	public static Optional<ImportFormat> named(String name) {
		return Arrays.stream(values()).filter(format -> format.wireName.equalsIgnoreCase(name)).findFirst();
	}

	/** {@code jira-csv, jira-json, …}, for the rule of a refused format. */
	public static String names() {
		return Arrays.stream(values()).map(ImportFormat::wireName).collect(Collectors.joining(", "));
	}

	public String wireName() {
		return wireName;
	}

	/** {@code jira}, {@code azure} or {@code refinery}: external keys are unique within their system and product. */
	public String system() {
		return system;
	}

	public boolean isCsv() {
		return this == JIRA_CSV || this == AZURE_CSV;
	}

}
