package org.credence.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Page sessions are kept in the database by Spring Session (configured under
 * {@code spring.session}), so that any instance serves any logged-in user. Two requests of one
 * session reaching two instances at once may both add the same attribute: PostgreSQL's upsert
 * makes the later one win instead of failing on the primary key.
 */
@Configuration(proxyBeanMethods = false)
class PageSessions {

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributesUpserted() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}
}
