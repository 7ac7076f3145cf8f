package org.credence.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its data. Used only when no {@code spring.datasource.url}
 * is configured.
 *
 * @param dataDirectory folder of the database cluster; kept between runs
 * @param port TCP port on localhost, 0 for any free one
 * @param clean wipe the folder at start (tests only)
 * @param durable every commit reaches the disk before it is answered (fsync, synchronous commit,
 * full page writes); off only for throw-away test databases, where speed matters more than a crash
 */
@ConfigurationProperties("credence.embedded-database")
record EmbeddedDatabaseProperties(@DefaultValue("data/postgres") Path dataDirectory, @DefaultValue("0") int port,
		@DefaultValue("false") boolean clean, @DefaultValue("true") boolean durable) {
}
