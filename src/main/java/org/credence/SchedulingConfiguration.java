package org.credence;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The pollers of every module run on a schedule: the journal sealer, decisions applied at their
 * effective instant and silence procedures settled at their deadline, deadline warnings, the intake
 * jobs' leases. Each is safe on every instance at once (see the README, Deployment). Turned off
 * with {@code credence.scheduling.enabled=false}, as the tests do: they call the pollers themselves,
 * at the instant they set, rather than race a live one.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "credence.scheduling.enabled", matchIfMissing = true)
class SchedulingConfiguration {
}
