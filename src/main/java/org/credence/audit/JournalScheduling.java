package org.credence.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The {@link JournalSealer} runs on a schedule: sealing must not wait for the next reader. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class JournalScheduling {
}
