package org.credence.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.credence.security.PresetAccounts;
import org.credence.security.Role;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.EmptyDatabase;

/**
 * The pages of the main journeys, on the demo data, as each role sees them in French: their text
 * shows no id, no timestamp as Java or ISO writes it, and no English but the data's own (names,
 * titles and texts typed in English, which are removed from the text before it is read).
 */
@CredenceTest
class FrenchPagesScanTests {

	private static final Map<String, Pattern> CHECKS = new LinkedHashMap<>();

	static {
		CHECKS.put("error page", Pattern.compile("\\A\\s*[45]\\d\\d\\s"));
		CHECKS.put("id", Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
		CHECKS.put("ISO timestamp", Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d"));
		CHECKS.put("Java timestamp", Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\."));
		// Words and labels that French never writes; "on", "Journal", "Relations", "Date" are French too.
		CHECKS.put("English", Pattern.compile("\\b(the|and|of|is|was|with|by|from|for|not|has|are|this|that|which|"
				+ "held|until|since|Status|Members|Requests|History|Ceiling|Mission of|Persons|Inbox|To sign|Log out|"
				+ "Screening|Notices|Users|Access tokens|Overdue)\\b|\\b[A-Z]+_[A-Z_]+\\b"));
	}

	/**
	 * Findings accepted for now, by page and check, each with the reason in a comment: none. Kept so
	 * that a finding that must wait names itself here rather than weakening a check for every page.
	 */
	private static final List<Known> KNOWN = List.of();

	/** Findings of one check on the pages whose address starts with {@code page}, whose text around holds {@code found}. */
	record Known(String page, String check, String found) {

		boolean covers(Finding finding) {
			return finding.page().substring(finding.page().indexOf(' ') + 1).startsWith(page)
					&& finding.check().equals(check) && finding.found().contains(found);
		}
	}

	record Finding(String page, String check, String found) {
	}

	/** One role's journey: the account it logs in with and the pages it goes through. */
	record Journey(Role role, UUID mission, String memberState, List<String> pages) {
	}

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	Api api;

	@Autowired
	DataSource dataSource;

	@Test
	void theDemoPagesInFrenchShowNoIdNoRawTimestampAndNoEnglishOfTheirOwn() {
		try (EmptyDatabase database = new EmptyDatabase(dataSource);
				ConfigurableApplicationContext demo = database.start(true, "--credence.screening.sample-lists=true")) {
			String base = api.to(demo.getEnvironment()).baseUrl();
			JdbcClient jdbc = demo.getBean(JdbcClient.class);
			PresetAccounts accounts = demo.getBean(PresetAccounts.class);
			List<String> data = data(jdbc);
			List<Finding> findings = new ArrayList<>();
			int account = 0;
			for (Journey journey : journeys(jdbc)) {
				String name = "scan." + (++account);
				browser.logIn(base, name, accounts.create(name, journey.role(), journey.mission(), journey.memberState()));
				for (String page : journey.pages()) {
					browser.open(base + page + (page.contains("?") ? "&" : "?") + "lang=en");
					String english = browser.text(By.tagName("main"));
					browser.open(base + page + (page.contains("?") ? "&" : "?") + "lang=fr");
					findings.addAll(scan(journey.role() + " " + page, browser.text(By.tagName("main")), english, data));
				}
			}
			List<Finding> unknown = findings.stream().filter(f -> KNOWN.stream().noneMatch(k -> k.covers(f))).toList();
			assertThat(unknown).as(() -> "findings on the French pages, by page and check:\n" + summary(unknown)).isEmpty();
		}
	}

	private static List<Journey> journeys(JdbcClient jdbc) {
		UUID russia = id(jdbc, "select id from mission where sending_state = 'RUS'");
		UUID ukraine = id(jdbc, "select id from mission where sending_state = 'UKR'");
		UUID person = id(jdbc, "select person_id from accreditation where mission_id = '" + russia + "' limit 1");
		UUID requester = id(jdbc, "select person_id from accreditation where status = 'REQUESTED' limit 1");
		List<String> decisions = jdbc.sql("select distinct on (status) id from decision order by status, id").query(String.class)
			.list().stream().map(id -> "/decisions/" + id).toList();
		UUID incident = id(jdbc, "select id from incident order by occurred_on desc limit 1");
		UUID forum = id(jdbc, "select id from forum limit 1");
		UUID check = id(jdbc, "select id from screening_check where occasion = 'MANUAL' limit 1");
		UUID hit = id(jdbc, "select h.id from screening_hit h join screening_check c on c.id = h.check_id"
				+ " where c.occasion = 'MANUAL' order by h.score desc limit 1");
		List<String> officer = new ArrayList<>(List.of("/", "/missions", "/missions/" + russia, "/missions/" + ukraine,
				"/missions/" + russia + "/members", "/missions/" + russia + "/requests", "/missions/" + russia + "/departures",
				"/missions/" + russia + "/history", "/missions/" + russia + "/arrivals", "/missions/" + russia + "/measures",
				"/missions/" + ukraine + "/arrivals", "/persons", "/persons/" + person, "/persons/" + requester, "/departures/overdue", "/decisions"));
		officer.addAll(decisions);
		officer.addAll(List.of("/incidents", "/incidents/" + incident, "/relations", "/relations/timeline", "/forums",
				"/forums/" + forum, "/notices", "/intake", "/public/diplomatic-list",
				"/public/diplomatic-list?date=2021-11-01"));
		return List.of(new Journey(Role.PROTOCOL_OFFICER, null, null, officer),
				new Journey(Role.EXECUTIVE, null, null, List.of("/", "/decisions/signing", "/decisions", "/notices")),
				new Journey(Role.MEMBER_STATE_DELEGATE, null, "BEL", List.of("/", "/decisions/inbox", "/notices")),
				new Journey(Role.SECURITY_OFFICER, null, null, List.of("/", "/screening", "/screening/lists", "/screening/checks",
						"/screening/checks/" + check, "/screening/hits/" + hit)),
				new Journey(Role.AUDITOR, null, null, List.of("/", "/journal", "/journal?action=decision.adopted", "/missions/" + russia)),
				new Journey(Role.MISSION_ADMINISTRATOR, ukraine, null, List.of("/", "/missions/" + ukraine, "/missions/" + ukraine + "/requests")),
				new Journey(Role.ADMINISTRATOR, null, null, List.of("/", "/admin/users", "/account/tokens", "/account/password",
						"/account/calendar")));
	}

	/** Every text the demo data holds (names, titles, grounds, sources...), longest first, to be left out of the scan. */
	private static List<String> data(JdbcClient jdbc) {
		List<String> texts = new ArrayList<>();
		for (Map<String, Object> column : jdbc.sql("""
				select table_name, column_name from information_schema.columns
				where table_schema = current_schema() and data_type in ('text', 'character varying')
				and table_name not like 'journal%' and table_name not like 'flyway%'""").query().listOfRows()) {
			texts.addAll(jdbc.sql("select distinct \"" + column.get("column_name") + "\"::text from \"" + column.get("table_name")
					+ "\" where \"" + column.get("column_name") + "\" is not null and length(\"" + column.get("column_name")
					+ "\") between 4 and 2000 limit 5000").query(String.class).list());
		}
		texts.sort(Comparator.comparingInt(String::length).reversed());
		return texts;
	}

	/**
	 * The checks on the French text; then, the data left out, any line of words the English page
	 * shows the same, which is a label left untranslated.
	 */
	private static List<Finding> scan(String page, String text, String english, List<String> data) {
		List<Finding> findings = new ArrayList<>();
		String own = text;
		for (Map.Entry<String, Pattern> check : CHECKS.entrySet()) {
			if (check.getKey().equals("English")) {
				own = withoutData(own, data);
			}
			Matcher found = check.getValue().matcher(own);
			while (found.find()) {
				int from = Math.max(0, found.start() - 40);
				int to = Math.min(own.length(), found.end() + 40);
				findings.add(new Finding(page, check.getKey(), own.substring(from, to).replace('\n', '⏎')));
			}
		}
		List<String> englishLines = withoutData(english, data).lines().map(String::strip).toList();
		own.lines().map(String::strip).filter(line -> WORDS.matcher(line).find() && englishLines.contains(line))
			.forEach(line -> findings.add(new Finding(page, "same as in English", line)));
		return findings;
	}

	/** Two words of letters: not a number, a code or a date. */
	private static final Pattern WORDS = Pattern.compile("\\p{L}{2,}\\s+\\p{L}{2,}");

	private static String withoutData(String text, List<String> data) {
		String without = text;
		for (String datum : data) {
			without = without.replace(datum, " ");
		}
		return without;
	}

	/** How many of each check on each page, with the first text found, so that a failure reads in a few lines. */
	private static String summary(List<Finding> findings) {
		Map<String, List<Finding>> grouped = new LinkedHashMap<>();
		findings.forEach(f -> grouped.computeIfAbsent(f.page() + " · " + f.check(), key -> new ArrayList<>()).add(f));
		StringBuilder summary = new StringBuilder();
		grouped.forEach((key, found) -> summary.append(found.size()).append(" × ").append(key).append(": ")
			.append(found.get(0).found()).append('\n'));
		return summary.toString();
	}

	private static UUID id(JdbcClient jdbc, String sql) {
		return jdbc.sql(sql).query(UUID.class).single();
	}
}
