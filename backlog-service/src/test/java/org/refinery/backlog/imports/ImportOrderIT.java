package org.refinery.backlog.imports;

import org.junit.jupiter.api.Test;
import org.refinery.test.service.ServiceTest;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order new items take: Jira's rank where the file has it (unranked rows after, in file
 * order), the file's order when the mapping asks for it, always after the items already there.
 * On real PostgreSQL.
 */
@ServiceTest
class ImportOrderIT extends ImportFixture {

	static final byte[] RANKED = """
			Issue key,Issue Type,Summary,Status,Rank
			R-1,Story,Third,To Do,0|i0000n:
			R-2,Story,First,To Do,0|i00007:
			R-3,Story,Unranked,To Do,
			R-4,Story,Second,To Do,0|i0000f:
			""".getBytes(StandardCharsets.UTF_8);

	@Test
	void newItemsFollowJirasRankAfterTheItemsAlreadyInTheBacklog() {
		ok(http.post("/api/backlog/products/" + product + "/items", owner, "{\"type\":\"STORY\",\"title\":\"Earlier\"}"));

		imports.run(product, "format=jira-csv", "ranked.csv", RANKED, null);

		assertThat(titles(product)).containsExactly("Earlier", "First", "Second", "Third", "Unranked");
		ok(http.post("/api/backlog/products/" + product + "/items", owner, "{\"type\":\"STORY\",\"title\":\"Later\"}"));
		assertThat(titles(product)).last().isEqualTo("Later");
	}

	@Test
	void theMappingMayKeepTheFilesOrderInstead() {
		imports.run(product, "format=jira-csv", "ranked.csv", RANKED, "{\"order\":\"FILE\"}");

		assertThat(titles(product)).containsExactly("Third", "First", "Unranked", "Second");
	}

	@Test
	void aReImportKeepsThePlacesItemsHaveWhateverTheRanksSay() {
		imports.run(product, "format=jira-csv", "ranked.csv", RANKED, "{\"order\":\"FILE\"}");

		var again = imports.run(product, "format=jira-csv", "ranked.csv", RANKED, null);

		assertThat(counts(again)).containsExactly(4L, 0L, 0L, 4L, 0L, 0L);
		assertThat(titles(product)).containsExactly("Third", "First", "Unranked", "Second");
	}

	private List<String> titles(String key) {
		return backlog(key).stream().map(item -> item.split("\\|")[3]).toList();
	}

}
