package org.credence.audit;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;

/**
 * What the command line's verification needs and nothing else: no web server, no security, no
 * scheduler, nothing that writes. The database is the server's (the embedded one in its data folder,
 * or the configured one), named by the package because its configuration is the database module's own.
 * Not a component, so the server's scan leaves it out.
 */
@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
		TransactionAutoConfiguration.class, JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class })
@ComponentScan("org.credence.database")
@ConfigurationPropertiesScan({ "org.credence.database", "org.credence.audit" })
@Import({ JournalKeys.class, JournalEntries.class, ChainScan.class, CheckpointFile.class, JournalVerifier.class,
		JournalVerificationCommand.class })
public class JournalVerificationContext {
}
