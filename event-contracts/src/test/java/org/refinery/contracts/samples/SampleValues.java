package org.refinery.contracts.samples;

import java.time.Instant;
import java.util.UUID;

import org.refinery.contracts.Actor;

/**
 * The fixed ids, people and instants the frozen samples are made of: one product ({@code PAY})
 * with two teams, a handful of items and the goals, session, dependency and forecast around
 * them. Frozen together with the samples.
 */
final class SampleValues {

	static final UUID PAY = UUID.fromString("05d2dbfd-b81f-419d-b030-1cdbc4deecc8");

	static final UUID PAY_CHECKOUT = UUID.fromString("662b2f00-9863-488f-a3e3-d21c57bb6e9d");

	static final UUID PAY_LEDGER = UUID.fromString("e694ec64-3e67-4da2-a336-8b105d8ae96d");

	static final UUID PAY_42 = UUID.fromString("2811c7b6-2a9c-4b39-ad52-54aa51a37743");

	static final UUID PAY_7_EPIC = UUID.fromString("1799f551-8ccc-415d-aa96-c4a1f942d4ce");

	static final UUID PAY_31 = UUID.fromString("1277a27d-a373-4dff-9604-899318e86efe");

	static final UUID PAY_45 = UUID.fromString("c0aaa8d0-5675-49a8-817c-3e314d72608b");

	static final UUID PAY_46 = UUID.fromString("7015e489-266a-41dc-923c-48a903e073df");

	static final UUID PAY_47 = UUID.fromString("922cd929-799a-4e44-a52d-3c71c1097135");

	static final UUID PAY_48 = UUID.fromString("9dfb4e01-461f-446a-aae4-2a59f0942b71");

	static final UUID SESSION = UUID.fromString("6b88e09a-7317-4ac2-a4a0-5d3ddbee4d2f");

	static final UUID OUTCOME = UUID.fromString("4bc271b2-357b-4b6f-a899-b0126dd61aa2");

	static final UUID DEPENDENCY = UUID.fromString("f7dbf072-9820-4f0b-8887-fb52131de5ea");

	static final UUID OBJECTIVE = UUID.fromString("73b10e37-1387-4387-bbe7-2c55af8d78eb");

	static final UUID THEME = UUID.fromString("d77f7cb0-6f37-403d-ae8c-a53112cb9070");

	static final UUID PRODUCT_GOAL = UUID.fromString("63d8dd73-bcde-4b47-a702-5a6e1fa0c031");

	static final UUID LINK = UUID.fromString("86c0413a-e4c8-4b76-8169-c294b2f7a357");

	static final UUID FORECAST = UUID.fromString("8824fc15-2e32-4839-997a-4c2e01918df7");

	static final Actor PAUL = new Actor("1c45b7a0-5206-49b7-87df-1775d394b524", "paul");

	static final Actor TESS = new Actor("798ebfc7-e9b9-496b-81b9-48a1e4f1157b", "tess");

	static final Actor THEO = new Actor("143891b2-21ba-4c48-9cd9-b71e81de410b", "theo");

	static final Actor PIA = new Actor("8bd04078-8d9c-47bc-9f3c-6405de3c0f71", "pia");

	static final Actor FORECAST_SERVICE = new Actor("229361cf-f0d2-4a85-a20f-f5ebdd0184fb",
			"service-account-forecast-service");

	private SampleValues() {
	}

	static UUID id(String uuid) {
		return UUID.fromString(uuid);
	}

	static Instant at(String instant) {
		return Instant.parse(instant);
	}

}
