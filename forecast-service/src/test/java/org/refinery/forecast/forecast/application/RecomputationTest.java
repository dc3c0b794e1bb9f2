package org.refinery.forecast.forecast.application;

import org.junit.jupiter.api.Test;
import org.refinery.forecast.backlog.BacklogChanged;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class RecomputationTest {

	final ProductForecasts forecasts = mock(ProductForecasts.class);

	final Recomputation recomputation = new Recomputation(forecasts, new RecomputeSettings(Duration.ZERO, Duration.ofSeconds(5)));

	final TransactionTemplate transaction = new TransactionTemplate(new NothingHeld());

	@Test
	void aChangeIsNotedOnlyOnceItsTransactionCommits() {
		transaction.executeWithoutResult(status -> {
			recomputation.on(new BacklogChanged("PAY"));
			recomputation.recomputeDue();
			verify(forecasts, never()).recompute("PAY");
		});

		recomputation.recomputeDue();

		verify(forecasts).recompute("PAY");
	}

	@Test
	void aChangeRolledBackRecomputesNothing() {
		transaction.executeWithoutResult(status -> {
			recomputation.on(new BacklogChanged("PAY"));
			status.setRollbackOnly();
		});

		recomputation.recomputeDue();

		verify(forecasts, never()).recompute("PAY");
	}

	@Test
	void aChangeOutsideAnyTransactionIsNotedAtOnce() {
		recomputation.on(new BacklogChanged("PAY"));

		recomputation.recomputeDue();

		verify(forecasts).recompute("PAY");
	}

	/** Transactions over no resource: enough to run what a commit or a rollback synchronizes. */
	static final class NothingHeld extends AbstractPlatformTransactionManager {

		@Override
		protected Object doGetTransaction() {
			return new Object();
		}

		@Override
		protected void doBegin(Object transaction, TransactionDefinition definition) {
		}

		@Override
		protected void doCommit(DefaultTransactionStatus status) {
		}

		@Override
		protected void doRollback(DefaultTransactionStatus status) {
		}

	}

}
