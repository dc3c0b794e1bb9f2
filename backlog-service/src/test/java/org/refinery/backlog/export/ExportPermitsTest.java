package org.refinery.backlog.export;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How many exports run at once: per user first, then per service, refused rather than queued. */
class ExportPermitsTest {

	final ExportPermits permits = new ExportPermits(1, 2, Duration.ofSeconds(15));

	@Test
	void aUserHoldingAsManyExportsAsAllowedIsRefusedBeforeTheServiceIs() {
		permits.acquire("paul");

		assertThatThrownBy(() -> permits.acquire("paul")).isInstanceOfSatisfying(ExportsBusy.class, busy -> {
			assertThat(busy.scope()).isEqualTo(ExportsBusy.Scope.USER);
			assertThat(busy.limit()).isEqualTo(1);
			assertThat(busy.retryAfter()).hasSeconds(15);
			assertThat(busy.getMessage()).isEqualTo(
					"You already run 1 export(s), the most one user may run at once; try again in 15 s");
		});
	}

	@Test
	void theServiceRefusesEveryoneWhenItRunsAsManyAsItAllows() {
		permits.acquire("paul");
		permits.acquire("tess");

		assertThatThrownBy(() -> permits.acquire("vic")).isInstanceOfSatisfying(ExportsBusy.class,
				busy -> assertThat(busy.scope()).isEqualTo(ExportsBusy.Scope.SERVICE));
		assertThat(permits.held()).isEqualTo(2);
	}

	@Test
	void aClosedPermitIsReturnedOnceHoweverOftenItIsClosed() {
		var first = permits.acquire("paul");
		permits.acquire("tess");
		first.close();
		first.close();

		assertThat(permits.held()).isEqualTo(1);
		permits.acquire("paul").close();
		assertThatThrownBy(() -> permits.acquire("tess")).isInstanceOf(ExportsBusy.class);
	}

	@Test
	void noExportAtAllIsNoConfiguration() {
		assertThatThrownBy(() -> new ExportPermits(0, 3, Duration.ofSeconds(1)))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
