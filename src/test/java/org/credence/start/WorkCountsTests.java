package org.credence.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

import org.credence.security.Role;
import org.credence.security.TestAccounts;
import org.credence.support.CredenceTest;
import org.credence.support.SentStatements;

/**
 * The navigation's counts are computed on every page: one count query for each queue the reader's
 * role is shown, none for the others, and nothing for a redirect.
 */
@CredenceTest
class WorkCountsTests {

	@Autowired
	WorkCounts counts;

	@Autowired
	TestAccounts accounts;

	@Autowired
	DataSource dataSource;

	@ParameterizedTest
	@EnumSource(Role.class)
	void aPageCostsOneCountQueryForEachQueueInTheNavigation(Role role) {
		ModelAndView page = new ModelAndView("missions");
		List<String> sent = SentStatements.during(dataSource,
				() -> accounts.as(role, null, () -> counts.postHandle(new MockHttpServletRequest(),
						new MockHttpServletResponse(), null, page)));

		List<String> shown = switch (role) {
			case EXECUTIVE -> List.of("toSign");
			case ADMINISTRATOR, SECURITY_OFFICER -> List.of("openHits");
			// The test's delegate answers for no state: its inbox is empty without asking.
			case MEMBER_STATE_DELEGATE -> List.of("toAnswer");
			default -> List.of();
		};
		assertThat(page.getModel()).containsOnlyKeys(shown);
		assertThat(sent).hasSize(role == Role.MEMBER_STATE_DELEGATE ? 0 : shown.size()).allMatch(sql -> sql.contains("count(*)"));

		ModelAndView redirect = new ModelAndView("redirect:/missions");
		assertThat(SentStatements.during(dataSource, () -> accounts.as(role, null, () -> counts.postHandle(
				new MockHttpServletRequest(), new MockHttpServletResponse(), null, redirect)))).isEmpty();
		assertThat(redirect.getModel()).isEmpty();
	}
}
