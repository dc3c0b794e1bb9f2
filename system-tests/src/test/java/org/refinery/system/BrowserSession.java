package org.refinery.system;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.remote.http.ClientConfig;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.logging.Level;

/**
 * One real headless Chromium signed in as one demo user through the real Keycloak login form,
 * reused by every dashboard test of that user in this JVM (a browser start and a login cost
 * seconds). Debian's {@code chromium} and {@code chromedriver} are used explicitly, so Selenium
 * Manager never tries to download anything.
 */
final class BrowserSession {

	static final Duration WAIT = Duration.ofSeconds(45);

	private static final Duration PAGE_LOAD = Duration.ofSeconds(60);

	private static final Map<String, BrowserSession> open = new ConcurrentHashMap<>();

	private static RuntimeException platformFailure;

	static {
		System.setProperty("SE_OFFLINE", "true");
		Runtime.getRuntime().addShutdownHook(new Thread(BrowserSession::quitAll, "quit-browsers"));
	}

	final String user;

	final ChromeDriver driver;

	final String baseUrl;

	private int navigations;

	private BrowserSession(String user, ChromeDriver driver, String baseUrl) {
		this.user = user;
		this.driver = driver;
		this.baseUrl = baseUrl;
	}

	/**
	 * The browser of one demo user, started and signed in on first use. The platform starts
	 * first, so a platform that cannot start leaves no browser behind; and it is not retried by
	 * every test after it failed once (a start costs minutes).
	 */
	static synchronized BrowserSession of(String user) {
		if (platformFailure != null) {
			throw new IllegalStateException("The platform did not start for an earlier dashboard test", platformFailure);
		}
		BrowserSession session = open.get(user);
		if (session == null) {
			String baseUrl;
			try {
				baseUrl = SharedPlatform.stack().gatewayUrl();
			}
			catch (RuntimeException failure) {
				platformFailure = failure;
				throw failure;
			}
			session = new BrowserSession(user, start(), baseUrl);
			open.put(user, session);
			session.driver.get(baseUrl + "/");
			session.logIn();
			session.awaitRendered("portfolio");
		}
		else {
			// A test that failed half-way left its console errors behind: they are not the next test's.
			session.driver.manage().logs().get(LogType.BROWSER);
		}
		return session;
	}

	/**
	 * A browser of {@code user} signed in nowhere, for pages with a sign-in of their own (Swagger
	 * UI's "Authorize"); reused like the others and quit with them.
	 */
	static synchronized BrowserSession signedOut(String user) {
		BrowserSession session = open.get("signed out: " + user);
		if (session == null) {
			session = new BrowserSession(user, start(), SharedPlatform.stack().gatewayUrl());
			open.put("signed out: " + user, session);
		}
		return session;
	}

	static synchronized void quitAll() {
		open.values().forEach(session -> session.driver.quit());
		open.clear();
	}

	private static ChromeDriver start() {
		try {
			Path profile = Files.createTempDirectory("refinery-chromium-");
			var options = new ChromeOptions().setBinary("/usr/bin/chromium")
				.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
						"--disable-quic", "--no-first-run", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--window-size=1400,1000",
						"--user-data-dir=" + profile);
			var logs = new LoggingPreferences();
			logs.enable(LogType.BROWSER, Level.ALL);
			options.setCapability("goog:loggingPrefs", logs);
			var service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
				.usingAnyFreePort()
				.build();
			// A page load is bounded well below Selenium's own read timeout (three minutes), so a
			// stalled navigation surfaces as a WebDriver timeout the login can inspect and explain.
			options.setPageLoadTimeout(PAGE_LOAD);
			return new ChromeDriver(service, options,
					ClientConfig.defaultConfig().readTimeout(PAGE_LOAD.plusSeconds(60)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Fills the real Keycloak login form if it shows (Keycloak may also sign in silently from its
	 * own session), then waits for a freshly loaded dashboard: a page marked with
	 * {@code window.__before} by a test is the old document, not the one after the login.
	 */
	void logIn() {
		try {
			wait(WAIT).until(d -> loginFormShown() || freshDashboard());
			if (loginFormShown()) {
				driver.findElement(By.name("username")).sendKeys(user);
				driver.findElement(By.name("password")).sendKeys(user + "-demo");
				driver.findElement(By.id("kc-login")).click();
			}
			wait(WAIT).until(d -> freshDashboard());
		}
		catch (WebDriverException failed) {
			throw new IllegalStateException(PlatformLogs.describe("The login of " + user + " did not reach the dashboard; "
					+ "the browser shows " + currentUrl(), "gateway", "keycloak"), failed);
		}
	}

	private String currentUrl() {
		try {
			return driver.getCurrentUrl();
		}
		catch (WebDriverException unreachable) {
			return "nothing it can tell (" + unreachable.getClass().getSimpleName() + ")";
		}
	}

	private boolean loginFormShown() {
		try {
			return driver.getCurrentUrl().contains("/realms/refinery/") && !driver.findElements(By.id("kc-login")).isEmpty();
		}
		catch (WebDriverException navigating) {
			return false;
		}
	}

	private boolean freshDashboard() {
		try {
			return driver.getCurrentUrl().startsWith(baseUrl) && !driver.findElements(By.id("page")).isEmpty()
					&& Boolean.TRUE.equals(script("return window.__before === undefined"));
		}
		catch (WebDriverException navigating) {
			return false;
		}
	}

	/** Loads the dashboard afresh on a page ({@code backlog}, {@code session/<id>}, …) and waits until it rendered. */
	void open(String route) {
		driver.get(baseUrl + "/?v=" + (++navigations) + "#/" + route);
		awaitRendered(route.split("/")[0]);
	}

	/** Waits until the item panel shows the item (a click or a route opens it, a re-render may replace it). */
	void awaitItemPanel(String itemId) {
		wait(WAIT).until(d -> itemId.equals(find("#item-panel").getAttribute("data-item-id")));
	}

	/** Waits until the item panel shows some item. */
	void awaitAnyItemPanel() {
		wait(WAIT).until(d -> find("#item-panel").getAttribute("data-item-id") != null);
	}

	void awaitRendered(String page) {
		wait(WAIT).until(ExpectedConditions.attributeToBe(By.id("page"), "data-rendered", page));
	}

	/** A wait that also outlasts a re-render replacing the element it reads (live updates do that). */
	WebDriverWait wait(Duration timeout) {
		var wait = new WebDriverWait(driver, timeout);
		wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
		return wait;
	}

	/**
	 * Does a few interactions that belong together again when a re-render replaced or hid what they
	 * touch (a saved change re-renders the item panel, and a live update may do it again): an
	 * element gone stale was never clicked, so repeating the whole is safe.
	 */
	void act(Runnable interactions) {
		wait(WAIT).ignoring(org.openqa.selenium.ElementNotInteractableException.class).until(d -> {
			interactions.run();
			return true;
		});
	}

	WebElement find(String css) {
		return driver.findElement(By.cssSelector(css));
	}

	/** The text of an element, read again when a re-render replaced it between finding and reading. */
	String text(String css) {
		return wait(WAIT).until(d -> find(css).getText());
	}

	List<WebElement> all(String css) {
		return driver.findElements(By.cssSelector(css));
	}

	Object script(String script, Object... args) {
		return ((JavascriptExecutor) driver).executeScript(script, args);
	}

	/** The problem the page shows in plain words, or empty when it shows none. */
	String problemShown() {
		WebElement problem = find("#problem");
		return problem.isDisplayed() ? problem.getText() : "";
	}

	/**
	 * The browser console's errors since the last call, without the failed requests the test
	 * provoked on purpose ({@code expected}, for example a 412 of a stale write): the network
	 * log of Chromium reports every 4xx as an error.
	 */
	List<String> consoleErrors(Predicate<String> expected) {
		List<String> errors = new ArrayList<>();
		for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
			if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && !expected.test(entry.getMessage())) {
				errors.add(entry.getMessage());
			}
		}
		return errors;
	}

	/**
	 * The console errors apart from the 404s of reads the dashboard makes optional on purpose and
	 * answers with "not available yet": an item's forecast before any forecast ran, a product's
	 * latest forecast, its calibration, its refinement health.
	 */
	List<String> consoleErrors() {
		return consoleErrors(BrowserSession::optionalReadNotFound);
	}

	static boolean optionalReadNotFound(String message) {
		return message.contains("status of 404")
				&& message.matches("(?s).*/api/(forecasts/items/[^ ]+|forecasts/products/[A-Z0-9]+(/calibration)?"
						+ "|backlog/products/[A-Z0-9]+/health|alignment/links\\?itemId=[^ ]+) .*");
	}

	/**
	 * What does not fit the window sideways: the page itself if it scrolls sideways, and elements
	 * wider than the viewport or than the nearest ancestor that clips or scrolls them (at most 20).
	 * Empty when the page fits, as it must at 390 px.
	 */
	@SuppressWarnings("unchecked")
	List<String> overflowing() {
		return (List<String>) script("""
				const root = document.documentElement;
				const width = root.clientWidth;
				const container = element => {
				  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
				    if (getComputedStyle(parent).overflowX !== 'visible') return parent;
				  }
				  return null;
				};
				const page = root.scrollWidth > width ? [`the page scrolls sideways: ${root.scrollWidth} > ${width}`] : [];
				return page.concat([...document.querySelectorAll('body *')].filter(element => {
				  if (element.closest('.skip, .visually-hidden, option')) return false;
				  const box = element.getBoundingClientRect();
				  if (box.width === 0 || box.height === 0) return false;
				  const clip = container(element);
				  const right = clip ? Math.min(width, clip.getBoundingClientRect().right) : width;
				  return box.right > right + 1 || box.left < -1;
				}).slice(0, 20).map(element => `${element.tagName.toLowerCase()}#${element.id}.${element.className}`
				  + ` right=${Math.round(element.getBoundingClientRect().right)}`));
				""");
	}

	/** Saves what the browser shows into {@code docs/screenshots/<name>.png} of the repository. */
	void screenshot(String name) {
		Path root = Path.of(System.getProperty("refinery.repository.root", ".."));
		Path target = root.resolve("docs/screenshots").resolve(name + ".png");
		try {
			Files.createDirectories(target.getParent());
			Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	WebDriver driver() {
		return driver;
	}

}
