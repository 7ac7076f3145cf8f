package org.credence.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.credence.registry.web.Pages;
import org.credence.security.Role;
import org.credence.security.TestAccounts;
import org.credence.support.Api;

/** Pages as a new user of a role fetches them without a browser, and what they read there: an element's text, a count. */
final class StartPages {

	private StartPages() {
	}

	static Pages as(Role role, TestAccounts accounts, Api api) {
		TestAccounts.User user = accounts.user(role);
		return Pages.as(api.baseUrl(), user.name(), user.password());
	}

	/** The text of the element of that id, its tags left out and its spaces joined. */
	static String of(Pages.Page page, String id) {
		Matcher element = Pattern.compile("<(\\w+)[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</\\1>", Pattern.DOTALL)
			.matcher(page.html());
		assertThat(element.find()).as("element #" + id + " in " + page.html()).isTrue();
		return element.group(2).replaceAll("<[^>]+>", " ").replace("&#39;", "'").replaceAll("\\s+", " ").strip();
	}

	/** The count the element's text starts with, none ("No …", "Aucun …") being 0. */
	static int count(Pages.Page page, String id) {
		Matcher digits = Pattern.compile("^(\\d[\\d,]*)").matcher(of(page, id));
		return digits.find() ? Integer.parseInt(digits.group(1).replace(",", "")) : 0;
	}
}
