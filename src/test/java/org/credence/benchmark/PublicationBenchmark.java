package org.credence.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.sql.DataSource;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.credence.benchmark.GeneratedRegistry.Written;
import org.credence.benchmark.LoadGenerator.Result;
import org.credence.host.Host;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.EmptyDatabase;

/**
 * The diplomatic list at the size issue 14 names, 200 missions and 10,000 members: a server of its
 * own on an empty database, filled with a {@link RegistryPlan} in SQL batches ({@link RegistryBatches};
 * with {@code -Dregistry.writer=api} through the API instead, {@link GeneratedRegistry}, a quarter of
 * an hour on a loaded machine) and read back through the API, then each of {@link #PROBES} asked by
 * one client, after a warm-up, and timed (median, 95th percentile) against the least the database
 * must do for it ({@link ListBaseline}), in the same run. A route the server does not have yet (404)
 * is skipped with a note. Run with
 * {@code ./mvnw -Pbenchmark verify -Dtest=PublicationBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DskipITs};
 * figures go to target/publication-benchmark.md and into the README by hand.
 */
@Tag("benchmark")
@CredenceTest
class PublicationBenchmark {

	/** A GET measured: {today}, {past} (three years ago) and {mission} (the largest) are filled in. */
	record Probe(String path, String accept) {

		LocalDate day(LocalDate today) {
			return path.contains("{past}") ? past(today) : today;
		}
	}

	static final List<Probe> PROBES = List.of(new Probe("/public/diplomatic-list.json?date={today}", "application/json"),
			new Probe("/public/diplomatic-list.json?date={past}", "application/json"),
			new Probe("/public/diplomatic-list.csv?date={today}", "text/csv"),
			new Probe("/public/diplomatic-list.pdf?date={today}", "application/pdf"),
			new Probe("/public/diplomatic-list.pdf?date={past}", "application/pdf"),
			new Probe("/public/diplomatic-list.pdf?date={today}&lang=fr", "application/pdf"),
			new Probe("/public/diplomatic-list?date={today}", "text/html"),
			new Probe("/public/diplomatic-list?date={past}", "text/html"),
			new Probe("/public/diplomatic-list?date={today}&lang=fr", "text/html"),
			new Probe("/public/diplomatic-list/changes.atom?since={past}", "application/atom+xml"),
			new Probe("/api/missions", "application/json"),
			new Probe("/api/missions/{mission}/members?asOf={today}", "application/json"),
			new Probe("/api/missions/{mission}/members?asOf={past}", "application/json"));

	private static final int MISSIONS = 200;

	private static final int MEMBERS = 10_000;

	private static final int WRITERS = 4;

	private static final Duration WARM_UP = Duration.ofSeconds(5);

	private static final Duration MEASURE = Duration.ofSeconds(15);

	/** The past date measured: far enough back that a good part of the list differs from today's. */
	static LocalDate past(LocalDate today) {
		return today.minusYears(3);
	}

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	@Autowired
	Api api;

	@Autowired
	DataSource dataSource;

	@Test
	void diplomaticListOfTwoHundredMissionsAndTenThousandMembers() throws Exception {
		try (EmptyDatabase database = new EmptyDatabase(dataSource); ConfigurableApplicationContext server = database.start(false)) {
			Api officer = api.to(server.getEnvironment()).as(EmptyDatabase.token("benchmark.officer", "PROTOCOL_OFFICER"));
			Host host = server.getBean(Host.class);
			LocalDate today = LocalDate.now(host.timeZone());
			RegistryPlan plan = RegistryPlan.of(officer, host, today, MISSIONS, MEMBERS);
			boolean throughApi = "api".equals(System.getProperty("registry.writer"));
			Written written = throughApi ? GeneratedRegistry.write(officer, plan, WRITERS) : RegistryBatches.write(server, plan);
			JdbcClient jdbc = JdbcClient.create(server.getBean(DataSource.class));
			Duration settled = settle(jdbc);
			GeneratedRegistry.assertReadBack(officer, plan, written, past(today));
			List<String> published = Binder.get(server.getEnvironment())
				.bind("credence.publication.categories", Bindable.listOf(String.class)).orElse(List.of("DIPLOMATIC_AGENT"));
			ListBaseline baseline = new ListBaseline(jdbc, host, published);
			assertThat(baseline.rows(today)).isEqualTo(plan.listLines(today, Set.copyOf(published)));
			StringBuilder report = new StringBuilder(String.format(Locale.ROOT, """
					%d missions, %,d members today (%,d on %s), %,d lines in today's list of %s; written %s in %d s, \
					journal sealed and tables analyzed %d s later.

					| request | answer | p50 ms | p95 ms | SQL p50 ms | request / SQL |
					|---|---|---|---|---|---|
					""", MISSIONS, plan.heldOn(today), plan.heldOn(past(today)), past(today), baseline.rows(today),
					String.join(", ", published), throughApi ? "through the API by " + WRITERS + " clients" : "in SQL batches",
					written.took().toSeconds(), settled.toSeconds()));
			String largest = written.ids().values().iterator().next();
			for (Probe probe : PROBES) {
				String path = probe.path().replace("{today}", today.toString()).replace("{past}", past(today).toString())
					.replace("{mission}", largest);
				report.append(row(officer.baseUrl() + path, probe, baseline, probe.day(today)));
			}
			Files.writeString(Path.of("target/publication-benchmark.md"), report);
			System.out.println(report);
		}
	}

	/** Public routes are asked as the public asks them, without a token; the API's with an auditor's. */
	private static HttpRequest request(String url, Probe probe, boolean withToken) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", probe.accept());
		if (withToken) {
			request.header("Authorization", "Bearer " + EmptyDatabase.auditorToken());
		}
		return request.build();
	}

	/**
	 * Measured once the journal's sealer has caught up with the writes (it would compete for the
	 * CPU) and the planner has statistics of the new tables, as autovacuum gives them in time.
	 */
	private static Duration settle(JdbcClient jdbc) {
		long start = System.nanoTime();
		Awaitility.await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(200))
			.until(() -> jdbc.sql("select count(*) from journal_entry where position is null").query(Long.class).single() == 0);
		jdbc.sql("analyze").update();
		return Duration.ofNanos(System.nanoTime() - start);
	}

	/** The probe's line of the table, with the baseline of its day measured right after it. */
	private static String row(String url, Probe probe, ListBaseline baseline, LocalDate day) throws Exception {
		String shown = probe.path().replace("{mission}", "{id}");
		HttpRequest request = request(url, probe, probe.path().startsWith("/api/"));
		HttpResponse<byte[]> first = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
		// A route the server lacks asks an anonymous caller to log in: only a logged-in caller learns it is not there.
		if (first.statusCode() != 200
				&& CLIENT.send(request(url, probe, true), HttpResponse.BodyHandlers.discarding()).statusCode() == 404) {
			System.out.println("Skipped, not served yet (404): " + shown);
			return "| `" + shown + "` | to be measured | | | | |\n";
		}
		assertThat(first.statusCode()).as(url + ": " + new String(first.body())).isEqualTo(200);
		Result result = LoadGenerator.run(1, WARM_UP, MEASURE, client -> {
			try {
				assertThat(CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode()).isEqualTo(200);
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		double sql = baseline.medianMillis(day);
		return String.format(Locale.ROOT, "| `%s` | %,d kB | %.0f | %.0f | %.1f | %.0f |%n", shown, first.body().length / 1024,
				result.p50Millis(), result.p95Millis(), sql, result.p50Millis() / sql);
	}
}
