package org.refinery.backlog.imports;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The first pass: parents before children wherever they stand, duplicates and cycles found. */
class CensusTest {

	@Test
	void aChildBeforeItsParentIsImportedOnePassLaterAndOneAfterItInTheSamePass() {
		Census census = census(row(2, "S-1", null, "E-1"), row(3, "E-1", null, null), row(4, "S-2", null, "E-1"));

		assertThat(census.passOf("E-1")).isZero();
		assertThat(census.passOf("S-2")).isZero();
		assertThat(census.passOf("S-1")).isEqualTo(1);
		assertThat(census.passes()).isEqualTo(2);
	}

	@Test
	void aParentNamedByIssueIdIsFoundByItsKey() {
		Census census = census(row(2, "E-1", "10001", null), row(3, "S-1", "10002", "10001"));

		assertThat(census.parentKey("S-1")).isEqualTo("E-1");
	}

	@Test
	void aRepeatedKeyMakesTheLaterRowADuplicateOfTheFirst() {
		Census census = census(row(2, "A-1", null, null), row(7, "A-1", null, null));

		assertThat(census.duplicateOf(7)).isEqualTo(2L);
		assertThat(census.duplicateOf(2)).isNull();
	}

	@Test
	void parentsThatFormACycleAreFound() {
		Census census = census(row(2, "A-1", null, "A-2"), row(3, "A-2", null, "A-1"), row(4, "A-3", null, null));

		assertThat(census.isCyclic("A-1")).isTrue();
		assertThat(census.isCyclic("A-2")).isTrue();
		assertThat(census.isCyclic("A-3")).isFalse();
	}

	@Test
	void aParentOutsideTheFileLeavesTheRowInTheFirstPass() {
		Census census = census(row(2, "S-1", null, "E-9"));

		assertThat(census.passOf("S-1")).isZero();
		assertThat(census.parentKey("S-1")).isEqualTo("E-9");
		assertThat(census.inFile("E-9")).isFalse();
	}

	@Test
	void ranksPlaceTheKeysInTheTrackersOrderAndUnrankedRowsFollowInFileOrder() {
		Census census = census(ranked(2, "A-1", "0|i0000n:"), ranked(3, "A-2", null), ranked(4, "A-3", "0|i00007:"),
				ranked(5, "A-4", "0|i0000f:"), ranked(6, "A-5", null));

		assertThat(List.of("A-1", "A-2", "A-3", "A-4", "A-5")).extracting(census::rankPosition)
			.containsExactly(2, 3, 0, 1, 4);
		assertThat(census.ranked()).isEqualTo(5);
	}

	@Test
	void aFileWithoutRanksPlacesNothing() {
		Census census = census(row(2, "A-1", null, null), row(3, "A-2", null, null));

		assertThat(census.rankPosition("A-1")).isNull();
		assertThat(census.ranked()).isZero();
	}

	private static SourceRow ranked(long line, String key, String rank) {
		return new SourceRow(line, key, null, "Story", "T", null, "To Do", null, null, null, null, null, null, null,
				null, rank);
	}

	private static Census census(SourceRow... rows) {
		Census census = new Census();
		List.of(rows).forEach(census::count);
		census.close();
		return census;
	}

	private static SourceRow row(long line, String key, String id, String parent) {
		return new SourceRow(line, key, id, "Story", "T", null, "To Do", parent, null, null, null, null, null, null,
				null);
	}

}
