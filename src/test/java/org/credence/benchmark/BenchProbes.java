package org.credence.benchmark;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.credence.support.Fixtures.json;

/**
 * What {@code bench/run} times: a route asked through HTTP, its raw query asked of the database over
 * JDBC (every column of every row read), and an accreditation as a protocol office makes it, in
 * three requests: register the person, notify the arrival, approve it.
 */
final class BenchProbes {

	private static final int WARM_UP = 5;

	private static final int RUNS = 21;

	private static final int SLOW_RUNS = 5;

	private static final long SLOW_NANOS = 200_000_000;

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final BenchClient api;

	private final JdbcTemplate jdbc;

	private final LocalDate today;

	BenchProbes(BenchClient api, JdbcTemplate jdbc, LocalDate today) {
		this.api = api;
		this.jdbc = jdbc;
		this.today = today;
	}

	/** The median of a GET's time, in milliseconds, each answer checked to be a 200. */
	double get(String path, String accept) {
		return timed(() -> BenchClient.expect(api.get(path, accept), 200));
	}

	/** The median time of the query, in milliseconds. */
	double sql(String sql, Object... arguments) {
		return timed(() -> jdbc.query(sql, rs -> {
			int columns = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				for (int i = 1; i <= columns; i++) {
					rs.getObject(i);
				}
			}
		}, arguments));
	}

	static String encoded(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	/** A new person's arrival notified at the mission today: the request's id, awaiting approval. */
	String request(String mission) {
		int n = SEQUENCE.incrementAndGet();
		String person = api.created(BenchRoutes.REGISTER_PERSON, json("nameNative", "Бенчев " + n, "nameLatin",
				"Benchev " + n, "birthDate", LocalDate.of(1950, 1, 1).plusDays(n % 15_000).toString(), "nationality", "RUS",
				"sex", "MALE"));
		return api.created(BenchRoutes.NOTIFY_ARRIVAL.formatted(mission), json("personId", person, "category",
				"DIPLOMATIC_AGENT", "title", "Counsellor", "function", "Liaison", "arrivalDate", today.toString()));
	}

	void approve(String request) {
		BenchClient.expect(api.post(BenchRoutes.APPROVE.formatted(request), "{}"), 200);
	}

	void accredit(String mission) {
		approve(request(mission));
	}

	/** The median time of the approval alone, in milliseconds, over that many new requests at the mission. */
	double approval(String mission, int times) {
		List<Long> took = new ArrayList<>();
		for (int i = 0; i < times; i++) {
			String request = request(mission);
			long start = System.nanoTime();
			approve(request);
			took.add(System.nanoTime() - start);
		}
		return median(took);
	}

	/** Fewer runs of what takes long, so that a slow answer does not hold the whole run for minutes. */
	private static double timed(Runnable work) {
		long start = System.nanoTime();
		work.run();
		boolean slow = System.nanoTime() - start > SLOW_NANOS;
		return median(slow ? 1 : WARM_UP, slow ? SLOW_RUNS : RUNS, work);
	}

	private static double median(int warmUp, int runs, Runnable work) {
		for (int i = 0; i < warmUp; i++) {
			work.run();
		}
		List<Long> took = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			work.run();
			took.add(System.nanoTime() - start);
		}
		return median(took);
	}

	private static double median(List<Long> nanos) {
		Collections.sort(nanos);
		return nanos.get(nanos.size() / 2) / 1_000_000.0;
	}
}
