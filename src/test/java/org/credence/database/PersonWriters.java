package org.credence.database;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.credence.support.Api;
import org.credence.support.Fixtures;

/**
 * A write load: threads registering persons through the API until closed, keeping the id of every
 * registration answered 2xx, which the registry must never lose, and the statuses of the others.
 */
final class PersonWriters implements AutoCloseable {

	private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();

	private final AtomicInteger unacknowledged = new AtomicInteger();

	private final Set<Integer> refusals = ConcurrentHashMap.newKeySet();

	private final AtomicBoolean writing = new AtomicBoolean(true);

	private final List<Thread> threads;

	PersonWriters(Api api, int count) {
		this.threads = IntStream.range(0, count).mapToObj(n -> new Thread(() -> {
			while (writing.get()) {
				write(api, n);
			}
		}, "person-writer-" + n)).toList();
		threads.forEach(Thread::start);
	}

	private void write(Api api, int writer) {
		try {
			Api.Response response = api.post("/api/persons", registration("Writer " + writer));
			if (response.status() / 100 == 2) {
				acknowledged.add(response.id());
			}
			else {
				refusals.add(response.status());
				unacknowledged.incrementAndGet();
			}
		}
		catch (UncheckedIOException e) {
			// A connection the server dropped: not acknowledged, as for a client.
			unacknowledged.incrementAndGet();
		}
	}

	/** The body of {@code POST /api/persons} for a person of that name. */
	static String registration(String name) {
		return Fixtures.json("nameNative", name, "nameLatin", name, "birthDate", "1980", "nationality", "FRA", "sex",
				"FEMALE");
	}

	/** Ids of the persons whose registration was answered 2xx so far. */
	Set<String> acknowledged() {
		return Set.copyOf(acknowledged);
	}

	/** The statuses of the answers that were not 2xx. */
	Set<Integer> refusals() {
		return Set.copyOf(refusals);
	}

	int unacknowledged() {
		return unacknowledged.get();
	}

	@Override
	public void close() throws InterruptedException {
		writing.set(false);
		for (Thread thread : threads) {
			thread.join();
		}
	}
}
