package org.credence.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.servlet.Filter;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import org.credence.host.Host;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.EmptyDatabase;
import org.credence.support.SentStatements;

/**
 * The reads of one mission (issue 15) on a small and on a very large mission, 50 and 14,500 members
 * today, written by {@link RegistryBatches} into a server of its own: a page of members through the
 * API against the same page's query alone, and the mission's pages, each timed by one client after
 * a warm-up (median, 95th percentile), with the statements each page sends. Run with
 * {@code ./mvnw -Pbenchmark verify -Dtest=MissionReadsBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DskipITs};
 * figures go to target/mission-reads-benchmark.md.
 */
@Tag("benchmark")
@CredenceTest
class MissionReadsBenchmark {

	/** The members' query the API sends for one page, as {@code MemberRoll} writes it, its rows read and nothing more. */
	private static final String PAGE_SQL = """
			select a.id, a.person_id, a.mission_id, a.category, a.title, a.function, a.requested_start, a.start_at,
			       a.end_at, a.status, a.credential_number, a.credential_expires, a.recorded_at, a.departure_deadline,
			       a.departed_on, p.name_latin, p.name_native
			from accreditation a join person p on p.id = a.person_id
			where a.mission_id = ? and a.status in ('ACTIVE', 'ENDED', 'WITHDRAWN')
			  and a.start_at <= ? and (a.end_at is null or a.end_at > ?)
			order by a.start_at, a.id limit ? offset ?""";

	private static final Duration WARM_UP = Duration.ofSeconds(3);

	private static final Duration MEASURE = Duration.ofSeconds(8);

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	@Autowired
	Api api;

	@Autowired
	DataSource dataSource;

	@Test
	void membersAndPagesOfMissionsOfFiftyAndOf14500Members() throws Exception {
		try (EmptyDatabase database = new EmptyDatabase(dataSource); ConfigurableApplicationContext server = database.start(false)) {
			String token = EmptyDatabase.token("benchmark.officer", "PROTOCOL_OFFICER");
			Api officer = api.to(server.getEnvironment()).as(token);
			Host host = server.getBean(Host.class);
			LocalDate today = LocalDate.now(host.timeZone());
			List<String[]> states = RegistryPlan.states(officer);
			Set<String> members = RegistryPlan.hostMembers(host, today);
			// Of two missions, the first has four sevenths of the members: 14,500 of 25,375.
			RegistryPlan large = RegistryPlan.of(states, members, today, 2, 25_375);
			Set<String> taken = Set.of(large.missions().get(0).sendingState(), large.missions().get(1).sendingState());
			RegistryPlan small = RegistryPlan.of(states.stream().filter(s -> !taken.contains(s[0])).toList(), members, today, 1, 50);
			String largest = RegistryBatches.write(server, large).ids().get(large.missions().get(0));
			String smallest = RegistryBatches.write(server, small).ids().get(small.missions().get(0));
			JdbcClient jdbc = JdbcClient.create(server.getBean(DataSource.class));
			jdbc.sql("analyze").update();
			MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) server)
				.addFilters(server.getBean("springSecurityFilterChain", Filter.class)).build();
			StringBuilder report = new StringBuilder("""
					| mission | members today | request | answer | p50 ms | p95 ms | SQL p50 ms | request / SQL | statements |
					|---|---|---|---|---|---|---|---|---|
					""");
			for (String mission : List.of(smallest, largest)) {
				int held = officer.get("/api/missions/" + mission + "/strength").json().get("held").asInt();
				String base = officer.baseUrl();
				OffsetDateTime now = OffsetDateTime.now();
				for (int limit : List.of(100, 1000)) {
					String path = "/api/missions/" + mission + "/members?limit=" + limit;
					double sql = medianMillis(() -> page(jdbc, mission, now, limit + 1));
					report.append(row(held, path, base + path, token, sql, null));
				}
				for (String tab : List.of("", "/members", "/history")) {
					String path = "/missions/" + mission + tab + "?lang=en";
					int statements = SentStatements.during(server.getBean(DataSource.class), () -> send(mvc, path, token)).size();
					report.append(row(held, path, base + path, token, Double.NaN, statements));
				}
			}
			Files.writeString(Path.of("target/mission-reads-benchmark.md"), report);
			System.out.println(report);
		}
	}

	private static int page(JdbcClient jdbc, String mission, OffsetDateTime at, int limit) {
		return jdbc.sql(PAGE_SQL).params(UUID.fromString(mission), at, at, limit, 0).query((rs, n) -> {
			Object[] row = new Object[17];
			for (int i = 0; i < row.length; i++) {
				row[i] = rs.getObject(i + 1);
			}
			return row;
		}).list().size();
	}

	private static double medianMillis(Runnable query) {
		for (int i = 0; i < 5; i++) {
			query.run();
		}
		List<Long> times = new ArrayList<>();
		for (int i = 0; i < 21; i++) {
			long start = System.nanoTime();
			query.run();
			times.add(System.nanoTime() - start);
		}
		Collections.sort(times);
		return times.get(times.size() / 2) / 1_000_000.0;
	}

	private static void send(MockMvc mvc, String path, String token) {
		try {
			assertThat(mvc.perform(get(path).header("Authorization", "Bearer " + token)).andReturn().getResponse().getStatus())
				.as(path).isEqualTo(200);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static String row(int held, String shown, String url, String token, double sql, Integer statements)
			throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build();
		HttpResponse<byte[]> first = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
		assertThat(first.statusCode()).as(url).isEqualTo(200);
		LoadGenerator.Result result = LoadGenerator.run(1, WARM_UP, MEASURE, client -> {
			try {
				assertThat(CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		return String.format(Locale.ROOT, "| %s | %,d | `%s` | %,d kB | %.1f | %.1f | %s | %s | %s |%n",
				held < 1000 ? "small" : "large", held, shown.replaceFirst("[0-9a-f-]{36}", "{id}"), first.body().length / 1024,
				result.p50Millis(), result.p95Millis(), Double.isNaN(sql) ? "" : String.format(Locale.ROOT, "%.1f", sql),
				Double.isNaN(sql) ? "" : String.format(Locale.ROOT, "%.1f", result.p50Millis() / sql),
				statements == null ? "" : statements.toString());
	}
}
