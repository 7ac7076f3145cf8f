package org.credence.screening.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.credence.support.CredenceTest;
import org.credence.support.EmptyDatabase;
import org.credence.support.Fixtures;

/** The bundled lists: loaded at the first start on an empty database when turned on, and never into one holding data. */
@CredenceTest
class SampleListsTests {

	private static final String SAMPLE_LISTS = "--credence.screening.sample-lists=true";

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	SampleLists sampleLists;

	@Test
	void theFirstStartOnAnEmptyDatabaseLoadsBothListsOnceAsTheSystem() {
		try (EmptyDatabase database = new EmptyDatabase(dataSource)) {
			try (ConfigurableApplicationContext off = database.start(false)) {
				assertThat(versions(off)).as("turned off, as in the tests' configuration").isEmpty();
			}
			try (ConfigurableApplicationContext first = database.start(false, SAMPLE_LISTS)) {
				assertThat(versions(first)).containsExactly(Map.of("list_id", "ofac-sdn", "entries", 7379, "number", 1),
						Map.of("list_id", "un-consolidated", "entries", 1003, "number", 1));
				assertThat(JdbcClient.create(first.getBean(DataSource.class))
					.sql("select actor from journal_entry where action = 'watch-list.imported'").query(String.class).list())
					.containsExactly("system", "system");
			}
			try (ConfigurableApplicationContext again = database.start(false, SAMPLE_LISTS)) {
				assertThat(versions(again)).as("not loaded again").hasSize(2);
			}
		}
	}

	@Test
	void neverLoadsIntoARegistryHoldingData() {
		fixtures.mission("NOR", "2020-01-01");
		long versions = jdbc.sql("select count(*) from watch_list_version").query(Long.class).single();

		assertThat(sampleLists.load()).isFalse();
		assertThat(jdbc.sql("select count(*) from watch_list_version").query(Long.class).single()).isEqualTo(versions);
	}

	private static List<Map<String, Object>> versions(ConfigurableApplicationContext server) {
		return JdbcClient.create(server.getBean(DataSource.class))
			.sql("select list_id, entries, number from watch_list_version order by list_id")
			.query()
			.listOfRows();
	}
}
