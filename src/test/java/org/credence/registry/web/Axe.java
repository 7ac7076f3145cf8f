package org.credence.registry.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core (src/test/resources/axe, see NOTICE) run on the page the browser shows, once per kind of
 * page (see {@link #PAGE_KIND}), so that a test class walking many records and users pays for each page once.
 */
final class Axe {

	private static final String SCRIPT = load();

	/**
	 * What makes two visits the same page for axe: the records and the user differ, the markup does
	 * not; a role's own forms and a message shown make another page.
	 */
	private static final String PAGE_KIND = """
			return [location.pathname.replace(/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}/g, '{id}'),
				document.documentElement.lang, window.innerWidth, document.forms.length,
				document.querySelectorAll('[role=alert], [role=status], .error-summary').length].join(' ')""";

	private static final String RUN = """
			const done = arguments[arguments.length - 1];
			axe.run(document, { resultTypes: ['violations'] })
				.then(results => done(results.violations.map(violation => violation.id + ' (' + violation.impact + '): '
					+ violation.help + ' at ' + violation.nodes.map(node => node.target.join(' ')).join(', '))))
				.catch(error => done(['axe-core could not run: ' + error]));""";

	private final Set<String> checked = new HashSet<>();

	/** Fails with every violation's rule, impact and elements when axe-core finds any on this page. */
	void check(ChromeDriver driver) {
		if (!checked.add((String) driver.executeScript(PAGE_KIND))) {
			return;
		}
		if (!Boolean.TRUE.equals(driver.executeScript("return typeof window.axe === 'object'"))) {
			driver.executeScript(SCRIPT);
		}
		@SuppressWarnings("unchecked")
		List<String> violations = (List<String>) driver.executeAsyncScript(RUN);
		if (!violations.isEmpty()) {
			throw new AssertionError("axe-core finds " + violations.size() + " violation(s) on " + driver.getCurrentUrl()
					+ ":\n  " + String.join("\n  ", violations));
		}
	}

	private static String load() {
		try (InputStream script = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
			return new String(script.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
