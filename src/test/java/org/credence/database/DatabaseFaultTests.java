package org.credence.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.EmptyDatabase;
import org.credence.support.ServerInstance;

/**
 * The database failing under a running server. The test has an embedded PostgreSQL of its own (its
 * own folder under target/ and port, started as the application starts one in production), whatever
 * database the rest of the run uses, and a server of the application on it. Killed under a write
 * load, it loses nothing it acknowledged; while it is down, requests are answered 503 at once and the
 * server is not ready; back, the server serves again without a restart; and the server stops within
 * seconds while it is down. The bounds on time are generous: they tell a second from Hikari's 30.
 */
@CredenceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseFaultTests {

	/** A third of Hikari's default wait, though the pool now gives up after one: the machine may be busy. */
	private static final Duration AT_ONCE = Duration.ofSeconds(10);

	@Autowired
	private Api api;

	/** The test run's own, embedded or external. */
	@Autowired
	private DataSource runDatabase;

	private OwnDatabase database;

	private ServerInstance server;

	private Api officer;

	@BeforeAll
	void startDatabaseAndServer() {
		database = new OwnDatabase("fault-test-postgres");
		server = ServerInstance.start(Instant.now(), "--spring.datasource.url=" + database.jdbcUrl(),
				"--spring.datasource.username=postgres", "--credence.demo.enabled=false");
		officer = server.api(api).as(EmptyDatabase.token("fault-test-officer", "PROTOCOL_OFFICER"));
	}

	@AfterAll
	void stopServerAndDatabase() {
		server.close();
		database.close();
	}

	@Test
	@Order(1)
	void theEmbeddedDatabaseAsStartedInProductionWritesEveryCommitToDisk() {
		JdbcClient jdbc = database.jdbc();
		for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
			assertThat(jdbc.sql("show " + setting).query(String.class).single()).as(setting).isEqualTo("on");
		}
	}

	/** The fault tests' server uses an external data source; the embedded one gets the same pool settings. */
	@Test
	@Order(2)
	void embeddedOrExternalARequestWaitsASecondAtMostForAConnection() {
		assertThat(runDatabase).isInstanceOfSatisfying(HikariDataSource.class,
				pool -> assertThat(pool.getConnectionTimeout()).isEqualTo(1000));
	}

	@Test
	@Order(3)
	void everyRegistrationAnsweredCreatedIsThereWithItsJournalEntryAfterTheDatabaseWasKilledUnderLoad() throws Exception {
		PersonWriters writers = new PersonWriters(officer, 4);
		try (writers) {
			await().atMost(Duration.ofMinutes(1)).until(() -> writers.acknowledged().size() >= 50);
			database.kill();
			int before = writers.unacknowledged();
			await().atMost(Duration.ofSeconds(30)).until(() -> writers.unacknowledged() > before);
		}
		assertThat(writers.refusals()).as("answers to the writes the database did not take").isSubsetOf(503);
		Set<String> acknowledged = writers.acknowledged();
		database.restart();

		JdbcClient jdbc = database.jdbc();
		String[] ids = acknowledged.toArray(String[]::new);
		Set<String> lost = new HashSet<>(acknowledged);
		lost.removeAll(jdbc.sql("select id::text from person where id = any(cast(? as uuid[]))").param(ids)
			.query(String.class).set());
		assertThat(lost).as("persons answered 201 but gone, of %d", acknowledged.size()).isEmpty();
		Set<String> unjournaled = new HashSet<>(acknowledged);
		unjournaled.removeAll(jdbc.sql("select subject_id from journal_entry where action = 'person.registered' and subject_id = any(?)")
			.param(ids).query(String.class).set());
		assertThat(unjournaled).as("registrations answered 201 without their journal entry, of %d", acknowledged.size())
			.isEmpty();
	}

	@Test
	@Order(4)
	void whileTheDatabaseIsDownRequestsAreAnswered503AtOnceAndTheServerServesAgainWhenItIsBack() throws Exception {
		PersonWriters load = new PersonWriters(officer, 2);
		try (load) {
			await().atMost(Duration.ofMinutes(1)).until(() -> load.acknowledged().size() >= 5);
			database.kill();

			unavailableAtOnce(() -> officer.post("/api/persons", PersonWriters.registration("Fault Test")));
			unavailableAtOnce(() -> officer.get("/api/persons"));
			// A personal access token is looked up by the login filters, before any controller.
			unavailableAtOnce(() -> officer.as("credence_" + "0".repeat(40)).get("/api/persons"));
			Api.Response page = answeredAtOnce(() -> officer.request("GET", "/missions", null, null, "Accept", "text/html"));
			assertThat(page.status()).isEqualTo(503);
			assertThat(page.contentType()).startsWith("text/html");
			assertThat(page.headers().firstValue("Retry-After")).isPresent();
			Api.Response readiness = answeredAtOnce(() -> officer.anonymous().get("/actuator/health/readiness"));
			assertThat(readiness.status()).isEqualTo(503);
			assertThat(readiness.json().get("status").asString()).isEqualTo("DOWN");
			assertThat(officer.anonymous().get("/actuator/health/liveness").status()).as("alive, not to be restarted")
				.isEqualTo(200);

			database.restart();
			await().atMost(Duration.ofSeconds(30))
				.until(() -> officer.post("/api/persons", PersonWriters.registration("Fault Test")).status() == 201);
			assertThat(officer.anonymous().get("/actuator/health/readiness").json().get("status").asString()).isEqualTo("UP");
			int written = load.acknowledged().size();
			await().atMost(Duration.ofSeconds(30)).until(() -> load.acknowledged().size() > written);
		}
		assertThat(load.refusals()).as("answers while the database was down").isSubsetOf(503);
	}

	@Test
	@Order(5)
	void theServerStopsWithinSecondsWhileTheDatabaseIsDown() throws Exception {
		PersonWriters load = new PersonWriters(officer, 2);
		try (load) {
			database.kill();
			await().atMost(Duration.ofSeconds(30)).until(() -> load.unacknowledged() > 0);
			long start = System.nanoTime();
			server.close();
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
		}
	}

	/** A 503 problem document saying the database is not available, with Retry-After, in seconds. */
	private static void unavailableAtOnce(Supplier<Api.Response> request) {
		Api.Response response = answeredAtOnce(request);
		assertThat(response.status()).as(response.text()).isEqualTo(503);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
		assertThat(response.json().get("type").asString()).isEqualTo("/problems/database-unavailable");
		assertThat(response.json().get("title").asString()).isEqualTo("The database is not available");
		assertThat(response.headers().firstValue("Retry-After")).hasValueSatisfying(seconds -> assertThat(seconds).containsOnlyDigits());
	}

	private static Api.Response answeredAtOnce(Supplier<Api.Response> request) {
		long start = System.nanoTime();
		Api.Response response = request.get();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).as("time to answer").isLessThan(AT_ONCE);
		return response;
	}
}
