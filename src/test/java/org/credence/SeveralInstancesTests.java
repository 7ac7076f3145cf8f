package org.credence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;

import javax.sql.DataSource;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.credence.audit.Sealers;
import org.credence.decisions.Proceedings;
import org.credence.notices.Warnings;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;
import org.credence.support.ServerInstance;

/**
 * Two instances of the application on one database: the test context and a second server started
 * in this JVM, each with its HTTP server. A page session begun on one goes on on the other; the
 * pollers of both, run at once, warn of each deadline once and apply each decision once; and writes
 * sent to both at once leave a journal that verifies whole, every entry sealed once.
 */
@CredenceTest
class SeveralInstancesTests {

	private static final Instant START = Instant.parse("2019-03-01T09:00:00Z");

	private static ServerInstance second;

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationContext first;

	@Autowired
	DataSource database;

	@BeforeAll
	static void startTheSecondInstance() {
		second = ServerInstance.start(START);
	}

	@AfterAll
	static void stopTheSecondInstance() {
		second.close();
	}

	@Test
	void aUserLoggedInOnOneInstanceGoesOnOnTheOther() {
		clock.set(START);
		PageSession session = PageSession.loggedIn(api.baseUrl());
		String other = second.api(api).baseUrl();

		PageSession.Page notices = session.get(other + "/notices?lang=en");
		assertThat(notices.status()).as("logged in on the second instance too").isEqualTo(200);
		PageSession.Page marked = session.post(other + "/notices/read", notices);
		assertThat(marked.status()).isEqualTo(302);
		assertThat(marked.location()).endsWith("/notices");

		assertThat(session.get(api.baseUrl() + "/notices?lang=en").html())
			.as("the flash message put in the session by the second, shown by the first")
			.containsPattern("notices? marked read|No notice was unread");
		assertThat(session.get(other + "/notices?lang=en").html()).as("and only once")
			.doesNotContainPattern("notices? marked read|No notice was unread");

		PageSession.Page loggedOut = session.post(other + "/logout", session.get(other + "/notices?lang=en"));
		assertThat(loggedOut.location()).endsWith("/login?logout");
		assertThat(session.get(api.baseUrl() + "/notices").location()).as("logged out on the first too")
			.endsWith("/login");
	}

	@Test
	void aDeadlineIsWarnedOfAndADecisionAppliedOnceWhenThePollersOfBothInstancesRunAtOnce() throws Exception {
		clock.set(START);
		String effectiveDate = "2019-04-17";
		List<String> decisions = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			decisions.add(circulated(fixtures.mission("RUS", "2017-01-01"), effectiveDate));
		}
		Instant effective = LocalDate.parse(effectiveDate).atStartOfDay(ZoneId.of("Europe/Brussels")).toInstant();
		JdbcClient jdbc = JdbcClient.create(database);
		long warningsBefore = jdbc.sql("select count(*) from deadline_warning").query(Long.class).single();
		clock.set(effective.minusSeconds(36 * 3600));
		second.clock().set(effective.minusSeconds(36 * 3600));
		List<Integer> warned = atOnce(List.of(Warnings.of(first)::getAsInt, Warnings.of(second.context())::getAsInt));
		assertThat(warned.stream().mapToInt(Integer::intValue).sum()).as("each deadline warned of by one poller")
			.isEqualTo(jdbc.sql("select count(*) from deadline_warning").query(Long.class).single() - warningsBefore);
		for (String decision : decisions) {
			assertThat(jdbc.sql("select count(*) from deadline_warning where decision_id = cast(? as uuid)")
				.param(decision).query(Integer.class).single()).isEqualTo(1);
		}

		Proceedings onFirst = first.getBean(Proceedings.class);
		Proceedings onSecond = second.bean(Proceedings.class);
		// Whatever other tests left due before these decisions' deadline is applied first, by one poller.
		clock.set(effective.minusSeconds(13 * 3600));
		onFirst.applyDue();

		clock.set(effective);
		second.clock().set(effective);
		List<Integer> applied = atOnce(List.of(onFirst::applyDue, onSecond::applyDue));

		assertThat(applied.stream().mapToInt(Integer::intValue).sum()).as("applied by one poller or the other")
			.isEqualTo(decisions.size());
		for (String decision : decisions) {
			assertThat(api.get("/api/decisions/" + decision).json().path("appliedAt").asString())
				.isEqualTo("2019-04-17T00:00:00+02:00");
			assertThat(actions(decision)).as("adopted once, applied once")
				.filteredOn(action -> action.equals("decision.adopted") || action.equals("decision.applied"))
				.containsExactly("decision.adopted", "decision.applied");
		}
	}

	@Test
	void writesOnBothInstancesAtOnceLeaveAJournalThatVerifiesWhole() throws Exception {
		clock.set(START);
		second.clock().set(START);
		IntSupplier sealFirst = Sealers.of(first);
		IntSupplier sealSecond = Sealers.of(second.context());
		sealFirst.getAsInt();
		JdbcClient jdbc = JdbcClient.create(database);
		long before = jdbc.sql("select count(*) from journal_entry").query(Long.class).single();

		List<Fixtures> writers = List.of(fixtures, fixtures, fixtures.as(second.api(api)), fixtures.as(second.api(api)));
		AtomicBoolean writing = new AtomicBoolean(true);
		List<Callable<Integer>> work = new ArrayList<>();
		for (Fixtures writer : writers) {
			work.add(() -> {
				for (int i = 0; i < 50; i++) {
					writer.person("FRA");
				}
				return 0;
			});
		}
		for (IntSupplier sealer : List.of(sealFirst, sealSecond)) {
			work.add(() -> {
				int sealed = 0;
				while (writing.get()) {
					sealed += sealer.getAsInt();
				}
				return sealed;
			});
		}
		ExecutorService threads = Executors.newFixedThreadPool(work.size());
		int sealed = 0;
		try {
			List<Future<Integer>> running = together(threads, work);
			for (Future<Integer> writer : running.subList(0, writers.size())) {
				writer.get();
			}
			writing.set(false);
			for (Future<Integer> sealer : running.subList(writers.size(), running.size())) {
				sealed += sealer.get();
			}
		}
		finally {
			threads.shutdownNow();
		}
		sealed += sealSecond.getAsInt() + sealFirst.getAsInt();

		long written = jdbc.sql("select count(*) from journal_entry").query(Long.class).single() - before;
		assertThat(written).as("one entry per person at least").isGreaterThanOrEqualTo(200);
		assertThat(sealed).as("every entry sealed once, by one sealer or the other").isEqualTo(written);
		assertThat(jdbc.sql("""
				select count(*) = count(distinct position) and count(*) = max(position)
				from journal_entry where position is not null""").query(Boolean.class).single())
			.as("positions gapless, each given once").isTrue();
		JsonNode verification = api.get("/api/journal/verification?whole=true").json();
		assertThat(verification.path("ok").asBoolean()).as(verification.toString()).isTrue();
		assertThat(verification.path("pending").asLong()).isZero();
	}

	private String circulated(String mission, String effectiveDate) {
		Api.Response drafted = api.post("/api/decisions", json("grounds", "Reciprocity", "classification",
				"NATO RESTRICTED", "effectiveDate", effectiveDate, "acts",
				List.of(Map.of("kind", "SET_CEILING", "missionId", mission, "total", 10))));
		assertThat(drafted.status()).as(drafted.text()).isEqualTo(201);
		String deadline = LocalDate.parse(effectiveDate).minusDays(1) + "T12:00";
		Api.Response circulated = api.post("/api/decisions/" + drafted.id() + "/circulation", json("deadline", deadline));
		assertThat(circulated.status()).as(circulated.text()).isEqualTo(200);
		return drafted.id();
	}

	private List<String> actions(String decision) {
		List<String> actions = new ArrayList<>();
		api.get("/api/journal?subject=" + decision).json().path("entries")
			.forEach(entry -> actions.add(entry.path("action").asString()));
		return actions;
	}

	/** The work run on threads of its own, all let go together: what each answered. */
	private static List<Integer> atOnce(List<Callable<Integer>> work) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(work.size());
		try {
			List<Integer> results = new ArrayList<>();
			for (Future<Integer> done : together(threads, work)) {
				results.add(done.get());
			}
			return results;
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static List<Future<Integer>> together(ExecutorService threads, List<Callable<Integer>> work) {
		CyclicBarrier start = new CyclicBarrier(work.size());
		return work.stream().map(task -> threads.submit(() -> {
			start.await();
			return task.call();
		})).toList();
	}
}
