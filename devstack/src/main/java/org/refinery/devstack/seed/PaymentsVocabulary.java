package org.refinery.devstack.seed;

import org.refinery.devstack.seed.Vocabulary.Epic;
import org.refinery.devstack.seed.Vocabulary.Feature;

import java.util.List;

/** The Payments (PAY) product's backlog vocabulary. */
final class PaymentsVocabulary {

	private PaymentsVocabulary() {
	}

	static Vocabulary of() {
		return new Vocabulary("PAY",
				List.of(new Epic("Instant payouts", "PG-PAY-PAYOUTS", List.of(
								new Feature("Payout scheduling", "PAY-PAYOUTS"),
								new Feature("SEPA Instant transfers", "PAY-PAYOUTS"),
								new Feature("Payout reconciliation", "PAY-LEDGER"))),
						new Epic("Real-time fraud scoring", "PG-PAY-FRAUD", List.of(
								new Feature("Risk rules engine", "PAY-RISK"),
								new Feature("Device fingerprinting", "PAY-FRAUD"),
								new Feature("Manual review queue", "PAY-FRAUD"))),
						new Epic("Local payment methods", "PG-PAY-METHODS", List.of(
								new Feature("iDEAL and Bancontact", "PAY-CHECKOUT"),
								new Feature("BLIK and Przelewy24", "PAY-WALLET"),
								new Feature("Pay later with instalments", "PAY-CHECKOUT"))),
						new Epic("Multi-currency ledger", "PG-PAY-PAYOUTS", List.of(
								new Feature("Double-entry ledger core", "PAY-LEDGER"),
								new Feature("FX rate locking", "PAY-WALLET"),
								new Feature("Chargeback handling", "PAY-RISK")))),
				List.of("Refund a partial capture", "Show the payout status", "Export the settlement report",
						"Retry a failed payout", "Split a payment between sellers", "Block a card after repeated declines",
						"Review a flagged transaction", "Configure a risk rule", "Store a card token", "Top up the wallet",
						"Pay with the wallet balance", "Convert currency at a locked rate", "Reconcile a bank statement",
						"Notify the merchant about a chargeback", "Contest a chargeback", "Schedule a weekly payout",
						"Cancel a pending payout", "Show the fees per transaction", "Download a monthly invoice",
						"Verify a bank account", "Limit the daily payout amount", "Approve a high-risk merchant",
						"Audit ledger adjustments", "Pay in three instalments"),
				List.of("for card payments", "in the merchant dashboard", "per currency", "through the public API",
						"for marketplace sellers", "in the mobile app", "with an audit trail", "for EU merchants"),
				List.of("Add idempotency keys to the payment API", "Partition the transactions table",
						"Upgrade the acquirer SDK", "Add contract tests for the acquirer API",
						"Load-test the authorisation path", "Rotate signing keys automatically",
						"Trace payments end to end", "Replace the nightly settlement batch", "Cache FX rates",
						"Move payout jobs to the outbox"),
				List.of("Duplicate refund when the acquirer times out", "Payout CSV uses the wrong decimal separator",
						"Fraud score missing on 3-D Secure retries", "Wallet balance off by one cent after FX",
						"Chargeback e-mail sent twice", "Dashboard shows a stale payout status",
						"Ledger export fails on leap-day entries", "Settlement report times out for large merchants",
						"BLIK code field accepts letters", "Instalment plan rounds the last rate wrongly"),
				List.of("merchants get their money sooner", "fewer good customers are declined",
						"finance closes the month without spreadsheets", "support answers payment questions in one place",
						"we can enter new markets without new contracts"));
	}

}
