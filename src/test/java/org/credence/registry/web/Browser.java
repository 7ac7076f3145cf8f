package org.credence.registry.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its own chromedriver: both paths are given so that Selenium
 * never looks for (or downloads) a browser or driver. Every action that leaves the page waits for
 * the next page, so assertions never read the page being left.
 */
final class Browser implements BeforeAllCallback, AfterAllCallback {

	private Path profile;

	private ChromeDriver driver;

	private WebDriverWait wait;

	private final Axe axe = new Axe();

	private final int phoneWidth;

	/** A browser with a desk's window. */
	Browser() {
		this(0);
	}

	private Browser(int phoneWidth) {
		this.phoneWidth = phoneWidth;
	}

	/** A browser shown as on a phone of that width in CSS pixels, for all its pages. */
	static Browser phone(int cssPixels) {
		return new Browser(cssPixels);
	}

	/**
	 * Without Debian's Chromium the browser tests are skipped, so that {@code ./mvnw verify} runs on a
	 * machine with only a JDK; CI sets CREDENCE_REQUIRE_BROWSER=1 so that they can never be skipped there.
	 * One browser serves a test class that registers it: started before its first test, quit after its last.
	 */
	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		boolean installed = Files.isExecutable(Path.of("/usr/bin/chromium")) && Files.isExecutable(Path.of("/usr/bin/chromedriver"));
		if (!installed && "1".equals(System.getenv("CREDENCE_REQUIRE_BROWSER"))) {
			throw new IllegalStateException("CREDENCE_REQUIRE_BROWSER=1 but /usr/bin/chromium or /usr/bin/chromedriver is missing");
		}
		Assumptions.assumeTrue(installed, "Debian's chromium and chromium-driver are not installed: browser tests skipped");
		profile = Files.createTempDirectory("credence-chromium");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium")
			.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-dev-shm-usage", "--no-first-run", "--disable-component-update", "--disable-sync",
					"--user-data-dir=" + profile);
		driver = new ChromeDriver(service, options);
		wait = new WebDriverWait(driver, Duration.ofSeconds(10));
		restoreWidth();
	}

	/** Opens the page and has axe-core check it (see {@link #press}). */
	void open(String url) {
		driver.get(url);
		axe.check(driver);
	}

	/** Logs in through the login form (leaving any session first) and lands on the list of missions. */
	void logIn(String baseUrl, String name, String password) {
		driver.manage().deleteAllCookies();
		open(baseUrl + "/login");
		type("login-username", name);
		type("login-password", password);
		submit("login");
	}

	String url() {
		return driver.getCurrentUrl();
	}

	void type(String id, String text) {
		WebElement field = driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	/** Chooses a file in a file input, as a user picking it from their disk. */
	void attach(String id, java.nio.file.Path file) {
		driver.findElement(By.id(id)).sendKeys(file.toAbsolutePath().toString());
	}

	/** Typing into a date input depends on the browser's locale (mm/dd or dd/mm); its value does not. */
	void date(String id, String isoDate) {
		driver.executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id(id)), isoDate);
	}

	void choose(String selectId, String value) {
		new Select(driver.findElement(By.id(selectId))).selectByValue(value);
	}

	void check(String id) {
		driver.findElement(By.id(id)).click();
	}

	/**
	 * Clicks and waits for the next document. A mark left on the old window object is gone in the
	 * new one; element staleness is not used because Chromium may report the old node in ways
	 * Selenium does not read as stale. Every page reached is checked by axe-core, once per kind of page.
	 */
	void press(By button) {
		driver.executeScript("window.credenceLeaving = true");
		driver.findElement(button).click();
		wait.ignoring(WebDriverException.class)
			.until(browser -> Boolean.TRUE.equals(driver.executeScript(
					"return window.credenceLeaving === undefined && document.readyState === 'complete'")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
		axe.check(driver);
	}

	void submit(String formId) {
		press(By.cssSelector("#" + formId + " button[type=submit]"));
	}

	/** The id of the element that has the focus. */
	String focused() {
		return (String) driver.executeScript("return document.activeElement.id");
	}

	String text(By element) {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(element)).getText();
	}

	/**
	 * Whether the page, shown as on a phone of that width, needs no sideways scroll: a wide table
	 * may scroll within itself, the page may not. The browser's own width is restored after.
	 */
	boolean fitsWidth(int cssPixels) {
		emulatePhone(cssPixels);
		try {
			return Boolean.TRUE.equals(driver.executeScript(
					"return document.documentElement.scrollWidth <= document.documentElement.clientWidth"));
		}
		finally {
			restoreWidth();
		}
	}

	private void emulatePhone(int cssPixels) {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", cssPixels, "height", 844,
				"deviceScaleFactor", 1, "mobile", true));
	}

	private void restoreWidth() {
		if (phoneWidth > 0) {
			emulatePhone(phoneWidth);
		}
		else {
			driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}

	/** Whether any element found would be on paper: the page shown as printed (print style sheet), then as on the screen again. */
	boolean printed(By element) {
		driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		try {
			return driver.findElements(element).stream().anyMatch(WebElement::isDisplayed);
		}
		finally {
			driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		}
	}

	/** Where the navigation's links lead, whether its menu is open or not. */
	List<String> menuLinks() {
		return driver.findElements(By.cssSelector(".site-nav a")).stream().map(link -> link.getDomProperty("href")).toList();
	}

	/**
	 * The navigation's links a user cannot see within the window's width, after pressing its menu
	 * button where the menu is folded (as on a phone).
	 */
	List<String> hiddenMenuLinks() {
		WebElement menu = driver.findElement(By.cssSelector(".site-nav > .menu-button"));
		if (menu.isDisplayed() && !driver.findElement(By.id("site-menu")).isDisplayed()) {
			menu.click();
		}
		return driver.findElements(By.cssSelector(".site-nav a")).stream()
			.filter(link -> !link.isDisplayed() || !Boolean.TRUE.equals(driver.executeScript("""
					const box = arguments[0].getBoundingClientRect();
					return box.left >= 0 && box.right <= document.documentElement.clientWidth""", link)))
			.map(link -> link.getDomProperty("href"))
			.toList();
	}

	boolean present(By element) {
		return !driver.findElements(element).isEmpty();
	}

	/**
	 * Saves a picture of the element as PNG, at a fixed window size so that pictures taken on
	 * different runs match: the README's pictures come from here, so they always show the real pages.
	 */
	void screenshot(By element, Path file) {
		driver.manage().window().setSize(new Dimension(1200, 1800));
		WebElement shown = wait.until(ExpectedConditions.visibilityOfElementLocated(element));
		driver.executeScript("arguments[0].scrollIntoView(true)", shown);
		byte[] png = shown.getScreenshotAs(OutputType.BYTES);
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.write(file, png);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	String language() {
		return driver.findElement(By.tagName("html")).getAttribute("lang");
	}

	/** Where the keyboard lands first on a freshly loaded page. */
	WebElement firstTabStop() {
		new Actions(driver).sendKeys(Keys.TAB).perform();
		return driver.switchTo().activeElement();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (driver == null) {
			return;
		}
		try {
			driver.quit();
		}
		finally {
			try (Stream<Path> files = Files.walk(profile)) {
				files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
			catch (IOException e) {
				// A leftover temporary profile is harmless; the test result is what matters.
			}
		}
	}
}
