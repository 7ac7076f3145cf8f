package org.credence.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import org.credence.security.TestAccounts;

/**
 * The one application context of the test run: the whole server on a random port, on PostgreSQL
 * (embedded, or the server named by SPRING_DATASOURCE_URL). Every integration test uses it so
 * that the context and the database are started once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestSupportConfiguration.class, TestAccounts.class, Api.class, Fixtures.class, CountedRequests.class })
public @interface CredenceTest {
}
