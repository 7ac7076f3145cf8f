package org.credence.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

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
 * The generated registry's two writers agree: a small plan written through the API and the same
 * plan written in SQL beside it leave the same rows in the registry's tables, but for ids and the
 * instants of recording. Tagged as a benchmark: it supports {@link PublicationBenchmark} and runs with it.
 */
@Tag("benchmark")
@CredenceTest
class GeneratedRegistryTests {

	private static final String COPY = " (batch)";

	/** One line per mission and one per member, everything the API wrote but ids and recording instants. */
	private static final String ROWS = """
			select concat_ws(' | ', m.sending_state, replace(m.name, :copy, ''), m.kind, m.recorded_by,
			         (select string_agg(concat_ws(' ', s.effective_from, s.status, s.reason, s.recorded_by), '; ' order by s.effective_from)
			          from mission_status s where s.mission_id = m.id),
			         (select string_agg(concat_ws(' ', c.effective_from, c.total, c.reason, c.recorded_by,
			                  (select count(*) from ceiling_category cc where cc.ceiling_id = c.id)), '; ')
			          from ceiling c where c.mission_id = m.id))
			from mission m where (m.name like '%' || :copy) = :copies
			union all
			select concat_ws(' | ', m.sending_state, replace(m.name, :copy, ''), p.name_native, p.name_latin, p.birth_year,
			         p.birth_month, p.birth_day, p.nationality, p.sex, p.recorded_by,
			         (select count(*) from person_other_name o where o.person_id = p.id), a.category, a.title, a.function,
			         a.requested_start, a.start_at, a.end_at, a.status, a.credential_number, a.credential_expires,
			         a.departure_deadline, a.departed_on,
			         (select string_agg(concat_ws(' ', e.kind, case when e.kind = 'APPROVED'
			                 then (e.occurred_at between a.recorded_at and e.recorded_at)::text else e.occurred_at::text end,
			                 e.reason, e.recorded_by), '; ' order by e.id)
			          from accreditation_event e where e.accreditation_id = a.id))
			from accreditation a join person p on p.id = a.person_id join mission m on m.id = a.mission_id
			where (m.name like '%' || :copy) = :copies""";

	@Autowired
	Api api;

	@Autowired
	DataSource dataSource;

	@Test
	void sqlBatchesWriteWhatTheApiWrites() throws Exception {
		try (EmptyDatabase database = new EmptyDatabase(dataSource); ConfigurableApplicationContext server = database.start(false)) {
			Api officer = api.to(server.getEnvironment()).as(EmptyDatabase.token("benchmark.officer", "PROTOCOL_OFFICER"));
			LocalDate today = LocalDate.now(server.getBean(Host.class).timeZone());
			RegistryPlan plan = RegistryPlan.of(List.of(new String[] { "BEL", "Belgium" }, new String[] { "CHL", "Chile" },
					new String[] { "KEN", "Kenya" }), Set.of("BEL"), today, 3, 24);
			GeneratedRegistry.write(officer, plan, 2);
			RegistryBatches.write(server, plan.withNameSuffix(COPY));
			JdbcClient jdbc = JdbcClient.create(server.getBean(DataSource.class));
			List<String> throughApi = rows(jdbc, false);
			List<String> inSql = rows(jdbc, true);
			assertThat(throughApi).hasSize(3 + plan.missions().stream().mapToInt(m -> m.members().size()).sum());
			assertThat(inSql).containsExactlyInAnyOrderElementsOf(throughApi);
		}
	}

	private static List<String> rows(JdbcClient jdbc, boolean copies) {
		return jdbc.sql(ROWS).param("copy", COPY).param("copies", copies).query(String.class).list();
	}
}
