package org.credence.benchmark;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import javax.sql.DataSource;

import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.credence.benchmark.GeneratedRegistry.Written;
import org.credence.benchmark.RegistryPlan.PlannedMission;

/**
 * The registry {@code bench/run} measures, written into the server's database: a {@link RegistryPlan}
 * of so many missions and members in SQL batches, then persons on file up to so many, and the
 * missions' ids as the measures need them (the smallest active ones for the load generator, whose
 * ceilings are lifted).
 */
final class BenchRegistry {

	final LocalDate today;

	final Function<LocalDate, OffsetDateTime> startOf;

	final RegistryPlan plan;

	final Written written;

	final RegistryFill fill;

	BenchRegistry(BenchClient api, DataSource database, int missions, int members, int persons) {
		JsonNode host = BenchClient.expect(api.get(BenchRoutes.HOST, "application/json"), 200).json();
		ZoneId zone = ZoneId.of(host.get("timeZone").asString());
		this.today = LocalDate.now(zone);
		this.startOf = day -> day == null ? null : day.atStartOfDay(zone).toOffsetDateTime();
		List<String[]> states = BenchClient.expect(api.get(BenchRoutes.STATES, "application/json"), 200).json().valueStream()
			.map(s -> new String[] { s.get("code").asString(), s.get("nameEn").asString() }).toList();
		Set<String> hostMembers = Set.copyOf(host.get("members").valueStream().map(m -> m.get("state").asString()).toList());
		this.plan = RegistryPlan.of(states, hostMembers, today, missions, members);
		JdbcTemplate jdbc = new JdbcTemplate(database);
		this.written = RegistryBatches.write(jdbc, new TransactionTemplate(new DataSourceTransactionManager(database)),
				startOf, OffsetDateTime.now(zone), plan);
		this.fill = new RegistryFill(jdbc, startOf);
		fill.personsUpTo(persons, states.stream().map(s -> s[0]).toList());
		jdbc.execute("analyze");
	}

	/** The ids of that many active missions, the smallest first, their ceilings lifted. */
	List<String> smallest(int count) {
		List<String> ids = plan.missions().stream()
			.filter(m -> m.suspendedOn() == null)
			.sorted(Comparator.comparingInt((PlannedMission m) -> m.members().size()))
			.limit(count)
			.map(written.ids()::get)
			.toList();
		ids.forEach(fill::unlimited);
		return ids;
	}

	/** A person of the plan, by the name the search is asked for. */
	String someName() {
		return plan.missions().get(plan.missions().size() / 2).members().get(0).name().latin();
	}
}
