package org.credence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.credence.security.TestAccounts;

/**
 * A browser's page session as its cookies: sent to whichever server a request names, as a load
 * balancer would, each replaced when a server sets it anew (the session's at the login). Forms are posted with
 * the CSRF token of the page they are on. Redirects are not followed.
 */
final class PageSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newHttpClient();

	/** The cookies by name: the session's, and the language's once a page was asked for with {@code lang}. */
	private final Map<String, String> cookies = new LinkedHashMap<>();

	record Page(int status, String location, String html) {

		String csrf() {
			Matcher token = CSRF.matcher(html);
			assertThat(token.find()).as("a form with a CSRF token").isTrue();
			return token.group(1);
		}
	}

	/** Logged in as the test administrator through the login form of that server. */
	static PageSession loggedIn(String server) {
		PageSession session = new PageSession();
		Page form = session.get(server + "/login");
		Page answer = session.send(HttpRequest.newBuilder(URI.create(server + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + encode(TestAccounts.ADMIN_NAME) + "&password="
					+ encode(TestAccounts.ADMIN_PASSWORD) + "&_csrf=" + encode(form.csrf()))));
		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.location()).doesNotContain("error");
		return session;
	}

	Page get(String url) {
		return send(HttpRequest.newBuilder(URI.create(url)).GET());
	}

	/** The form of that page posted, with nothing but its CSRF token. */
	Page post(String url, Page from) {
		return send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(from.csrf()))));
	}

	private Page send(HttpRequest.Builder request) {
		request.header("Accept", "text/html");
		if (!cookies.isEmpty()) {
			request.header("Cookie", cookies.entrySet().stream().map(cookie -> cookie.getKey() + "=" + cookie.getValue())
				.collect(Collectors.joining("; ")));
		}
		try {
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			for (String set : response.headers().allValues("Set-Cookie")) {
				String cookie = set.split(";", 2)[0];
				cookies.put(cookie.substring(0, cookie.indexOf('=')), cookie.substring(cookie.indexOf('=') + 1));
			}
			return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(""), response.body());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
