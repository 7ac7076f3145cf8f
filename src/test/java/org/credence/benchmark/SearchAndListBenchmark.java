package org.credence.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.credence.host.Host;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.EmptyDatabase;

/**
 * The search of persons by name at 100,000 persons and the missions' list at 200 missions (issue
 * 15): a server of its own on an empty database filled with a {@link RegistryPlan} in SQL batches,
 * each request asked by one client after a warm-up and its median set against that of the SQL it
 * sends, run here on the server's pool. Run with
 * {@code ./mvnw -Pbenchmark verify -Dtest=SearchAndListBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DskipITs};
 * figures go to target/search-and-list-benchmark.md.
 */
@Tag("benchmark")
@CredenceTest
class SearchAndListBenchmark {

	private static final int MISSIONS = 200;

	/** Members today: with those who left before, about 100,000 persons (the plan draws the number). */
	private static final int MEMBERS = 80_000;

	private static final Duration WARM_UP = Duration.ofSeconds(5);

	private static final Duration MEASURE = Duration.ofSeconds(10);

	/** Persons.search as a caller who sees every person sends it: one query, then the declarations. */
	private static final String SEARCH = """
			select p.id, p.name_native, p.name_latin, p.birth_year, p.birth_month, p.birth_day, p.nationality, p.sex,
			       p.recorded_at, p.recorded_by,
			       array(select n.name from person_other_name n where n.person_id = p.id order by n.position) as other_names
			from person p where p.id = any(array(select id from person where lower(name_latin) like :like
			                 union select id from person where lower(name_native) like :like
			                 union select person_id from person_other_name where lower(name) like :like))
			  and (cast(:mission as uuid) is null
			       or exists (select 1 from accreditation a where a.person_id = p.id and a.mission_id = :mission))
			 order by p.name_latin limit 200""";

	private static final String MISSIONS_NOW = """
			select distinct on (mission_id) mission_id, status from mission_status
			where effective_from <= :now order by mission_id, effective_from desc""";

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	@Autowired
	Api api;

	@Autowired
	DataSource dataSource;

	@Test
	void searchOfAHundredThousandPersonsAndListOfTwoHundredMissions() throws Exception {
		try (EmptyDatabase database = new EmptyDatabase(dataSource); ConfigurableApplicationContext server = database.start(false)) {
			Api officer = api.to(server.getEnvironment()).as(EmptyDatabase.token("benchmark.officer", "PROTOCOL_OFFICER"));
			Host host = server.getBean(Host.class);
			LocalDate today = LocalDate.now(host.timeZone());
			RegistryPlan plan = RegistryPlan.of(officer, host, today, MISSIONS, MEMBERS);
			RegistryBatches.write(server, plan);
			JdbcClient jdbc = JdbcClient.create(server.getBean(DataSource.class));
			jdbc.sql("analyze").update();
			long persons = jdbc.sql("select count(*) from person").query(Long.class).single();
			assertThat(persons).isGreaterThan(MEMBERS);

			String name = jdbc.sql("select name_latin from person order by id limit 1").query(String.class).single();
			String surname = name.substring(name.indexOf(' ') + 1);
			StringBuilder report = new StringBuilder(String.format(Locale.ROOT, """
					%,d persons, %d missions.

					| request | rows | p50 ms | p95 ms | SQL p50 ms | request / SQL |
					|---|---|---|---|---|---|
					""", persons, MISSIONS));
			for (String text : List.of(name, surname)) {
				String like = "%" + text.toLowerCase(Locale.ROOT) + "%";
				report.append(row(officer, "/api/persons?name=" + URLEncoder.encode(text, StandardCharsets.UTF_8),
						() -> jdbc.sql(SEARCH).param("like", like).param("mission", null).query((rs, n) -> rs.getString(1)).list().size()));
			}
			report.append(row(officer, "/api/missions", () -> {
				jdbc.sql(MISSIONS_NOW).param("now", OffsetDateTime.now()).query((rs, n) -> rs.getString(1)).list();
				return jdbc.sql("select id, sending_state, name, kind, recorded_at, recorded_by from mission order by name")
					.query((rs, n) -> rs.getString(1))
					.list()
					.size();
			}));
			Files.writeString(Path.of("target/search-and-list-benchmark.md"), report);
			System.out.println(report);
		}
	}

	/** The request's line, with the SQL it stands for timed right after it; both must find as many rows. */
	private static String row(Api officer, String path, Supplier<Integer> sql) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(officer.baseUrl() + path))
			.header("Accept", "application/json")
			.header("Authorization", "Bearer " + EmptyDatabase.token("benchmark.officer", "PROTOCOL_OFFICER"))
			.build();
		int rows = officer.get(path).json().size();
		assertThat(sql.get()).as(path).isEqualTo(rows);
		LoadGenerator.Result result = LoadGenerator.run(1, WARM_UP, MEASURE, client -> {
			try {
				assertThat(CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		double sqlMillis = medianMillis(sql);
		return String.format(Locale.ROOT, "| `%s` | %d | %.2f | %.2f | %.2f | %.1f |%n", path, rows, result.p50Millis(),
				result.p95Millis(), sqlMillis, result.p50Millis() / sqlMillis);
	}

	private static double medianMillis(Supplier<Integer> sql) {
		List<Long> times = new ArrayList<>();
		for (int i = 0; i < 1_200; i++) {
			long start = System.nanoTime();
			sql.get();
			times.add(System.nanoTime() - start);
		}
		List<Long> measured = new ArrayList<>(times.subList(200, times.size()));
		Collections.sort(measured);
		return measured.get(measured.size() / 2) / 1_000_000.0;
	}
}
