package org.credence.registry.mission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.credence.registry.MissionStatus;
import org.credence.security.Role;
import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;
import org.credence.support.SentStatements;

/** The missions' list reads every mission's status in one query, not one per mission, and each as it is now. */
@CredenceTest
class MissionListQueriesTests {

	@Autowired
	MissionController controller;

	@Autowired
	DataSource dataSource;

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Test
	void twoStatementsWhateverTheNumberOfMissionsEachWithItsStatusNow() {
		clock.set(Instant.parse("2021-10-06T10:00:00Z"));
		String active = fixtures.mission("GEO", "2019-01-01");
		String suspended = fixtures.mission("MDA", "2019-01-01");
		assertThat(api.post("/api/missions/" + suspended + "/status",
				Fixtures.json("status", "SUSPENDED", "effectiveOn", "2021-01-01")).status()).isEqualTo(201);
		AtomicReference<List<MissionController.MissionView>> views = new AtomicReference<>();

		List<String> sent = SentStatements.during(dataSource,
				() -> accounts.as(Role.PROTOCOL_OFFICER, null, () -> views.set(controller.list())));

		assertThat(views.get()).hasSizeGreaterThanOrEqualTo(2);
		assertThat(sent).as("statements for %d missions", views.get().size()).hasSize(2);
		Map<UUID, MissionStatus> statuses = views.get().stream()
			.collect(Collectors.toMap(MissionController.MissionView::id, MissionController.MissionView::status));
		assertThat(statuses).containsEntry(UUID.fromString(active), MissionStatus.ACTIVE)
			.containsEntry(UUID.fromString(suspended), MissionStatus.SUSPENDED);
	}
}
