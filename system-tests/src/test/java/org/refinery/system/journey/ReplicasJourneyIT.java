package org.refinery.system.journey;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.ExtendWith;
import org.refinery.system.ReplicatedPlatform;

/**
 * The refinement journey of {@link JourneyIT}, step for step, on the platform with two replicas of
 * every service and of the gateway: each request of each person goes to the other gateway than
 * the one before, and each gateway takes the service replicas in turn, so every step reads what
 * another replica wrote (summaries, readiness, forecasts, sessions) and must still see it.
 */
@Order(ReplicatedPlatform.ORDER)
@ExtendWith(ReplicatedPlatform.class)
class ReplicasJourneyIT extends JourneyIT {

}
