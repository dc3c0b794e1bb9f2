package org.refinery.test.engines;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class EngineKindTest {

	@Test
	void noRequestMeansTheEmbeddedEnginesEvenWhenDockerIsThere() {
		assertThat(EngineKind.select(null, () -> true)).isEqualTo(EngineKind.EMBEDDED);
		assertThat(EngineKind.select(" ", () -> true)).isEqualTo(EngineKind.EMBEDDED);
	}

	@Test
	void embeddedIsChosenWithoutAskingDocker() {
		assertThat(EngineKind.select("embedded", () -> {
			throw new AssertionError("Docker must not be probed");
		})).isEqualTo(EngineKind.EMBEDDED);
	}

	@Test
	void testcontainersAreChosenWhenRequestedAndDockerAnswers() {
		assertThat(EngineKind.select("testcontainers", () -> true)).isEqualTo(EngineKind.TESTCONTAINERS);
		assertThat(EngineKind.select("TestContainers", () -> true)).isEqualTo(EngineKind.TESTCONTAINERS);
	}

	@Test
	void requestingTestcontainersWithoutDockerFailsInsteadOfFallingBack() {
		assertThatIllegalStateException().isThrownBy(() -> EngineKind.select("testcontainers", () -> false))
			.withMessageContaining("needs a running Docker engine");
	}

	@Test
	void autoFollowsDockerAvailability() {
		assertThat(EngineKind.select("auto", () -> true)).isEqualTo(EngineKind.TESTCONTAINERS);
		assertThat(EngineKind.select("auto", () -> false)).isEqualTo(EngineKind.EMBEDDED);
	}

	@Test
	void anUnknownRequestNamesTheValidChoices() {
		assertThatIllegalArgumentException().isThrownBy(() -> EngineKind.select("docker", () -> true))
			.withMessage("Unknown refinery.test.engines 'docker': use one of embedded, testcontainers, auto");
	}

}
