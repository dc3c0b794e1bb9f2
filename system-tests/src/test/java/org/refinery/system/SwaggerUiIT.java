package org.refinery.system;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Swagger UI through the gateway, in a real browser signed in nowhere: each service's document is
 * headed by its title and description, names only parameters a client really sends (never the
 * caller, who comes from the token), and lists the gateway as its only server; "Try it out" on the
 * backlog's product list after "Authorize" (Keycloak's login in a popup, code flow with PKCE) goes
 * to the gateway with the token and answers 200.
 */
class SwaggerUiIT {

	private static final Map<String, String> TITLES = Map.of("backlog-service", "Refinery backlog API",
			"dependency-service", "Refinery dependency API", "alignment-service", "Refinery alignment API",
			"forecast-service", "Refinery forecast API");

	/** Names of what a controller gets from the framework, not from the request. */
	private static final Set<String> NOT_PARAMETERS = Set.of("caller", "currentuser", "principal", "authentication",
			"jwt", "request", "response", "exchange", "session", "locale");

	private final BrowserSession browser = BrowserSession.signedOut("paul");

	@Test
	void everyServicesDocumentShowsItsTitleAndDescriptionAndOnlyRealParametersWithTheGatewayAsServer() throws Exception {
		browser.driver.get(browser.baseUrl + "/swagger-ui.html");
		for (var service : TITLES.entrySet()) {
			show(service.getKey());
			browser.wait(BrowserSession.WAIT).until(d -> browser.text(".info .title").startsWith(service.getValue()));
			assertThat(browser.text(".info .description")).as("%s's description", service.getKey()).hasSizeGreaterThan(40);
			// "/": relative, so whichever gateway served Swagger UI is the one its calls go to.
			assertThat(browser.all(".servers select option")).as("%s's servers", service.getKey())
				.singleElement().satisfies(option -> assertThat(option.getText()).startsWith("/"));

			JsonNode document = document(service.getKey().replace("-service", ""));
			assertThat(document.path("servers")).hasSize(1);
			assertThat(document.path("servers").get(0).path("url").asString()).isEqualTo("/");
			assertThat(parameters(document)).as("parameters of %s that are not parameters", service.getKey())
				.noneMatch(name -> NOT_PARAMETERS.contains(name.toLowerCase()));
		}
	}

	@Test
	void tryItOutAfterAuthorizeReadsTheProductsThroughTheGateway() {
		browser.driver.get(browser.baseUrl + "/swagger-ui.html");
		show("backlog-service");
		browser.wait(BrowserSession.WAIT).until(d -> browser.text(".info .title").startsWith("Refinery backlog API"));
		authorize();

		String operation = "//div[contains(@class,'opblock-get')][.//*[@data-path='/api/backlog/products']]";
		click(operation + "//*[contains(@class,'opblock-summary-path')]");
		click(operation + "//button[contains(@class,'try-out__btn')]");
		click(operation + "//button[contains(@class,'execute')]");

		String status = browser.wait(BrowserSession.WAIT).until(d -> {
			var cells = d.findElements(By.xpath(operation + "//table[contains(@class,'live-responses-table')]"
					+ "/tbody//td[contains(@class,'response-col_status')]"));
			return cells.isEmpty() || cells.get(0).getText().isBlank() ? null : cells.get(0).getText();
		});
		WebElement shown = browser.driver.findElement(By.xpath(operation));
		assertThat(status).as(shown.getText()).isEqualTo("200");
		assertThat(shown.findElement(By.cssSelector(".request-url pre")).getText())
			.as("the gateway, not a service's port").startsWith(browser.baseUrl + "/api/backlog/products");
		assertThat(shown.findElement(By.cssSelector(".curl-command")).getText()).contains("Authorization: Bearer ");
		assertThat(shown.findElement(By.cssSelector(".live-responses-table tbody .response-col_description")).getText())
			.contains("\"content\"").contains("PAY");
	}

	private void click(String xpath) {
		browser.act(() -> browser.wait(BrowserSession.WAIT).until(d -> d.findElement(By.xpath(xpath))).click());
	}

	/** Picks the service's document; the list is disabled while Swagger UI loads a document. */
	private void show(String service) {
		browser.wait(BrowserSession.WAIT).until(d -> browser.find("#select").isEnabled());
		browser.act(() -> new Select(browser.find("#select")).selectByVisibleText(service));
	}

	/** "Authorize": Keycloak's login form in a popup, which closes itself once Swagger UI has the token. */
	private void authorize() {
		String main = browser.driver.getWindowHandle();
		browser.act(() -> browser.find(".auth-wrapper .authorize").click());
		browser.wait(BrowserSession.WAIT).until(d -> browser.find(".modal-ux .auth-btn-wrapper .authorize")).click();
		String popup = browser.wait(BrowserSession.WAIT)
			.until(d -> d.getWindowHandles().stream().filter(handle -> !handle.equals(main)).findFirst().orElse(null));
		browser.driver.switchTo().window(popup);
		browser.wait(BrowserSession.WAIT).until(d -> !d.findElements(By.id("kc-login")).isEmpty());
		browser.driver.findElement(By.name("username")).sendKeys(browser.user);
		browser.driver.findElement(By.name("password")).sendKeys(browser.user + "-demo");
		browser.driver.findElement(By.id("kc-login")).click();
		try {
			browser.wait(BrowserSession.WAIT).until(d -> d.getWindowHandles().size() == 1);
		}
		catch (TimeoutException stuck) {
			throw new AssertionError("The login popup did not hand the token back; it shows " + browser.driver.getCurrentUrl()
					+ ": " + browser.driver.findElement(By.tagName("body")).getText(), stuck);
		}
		browser.driver.switchTo().window(main);
		browser.wait(BrowserSession.WAIT).until(d -> browser.text(".modal-ux").contains("Logout"));
		browser.find(".modal-ux .btn-done").click();
	}

	private JsonNode document(String service) throws Exception {
		HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create(browser.baseUrl + "/v3/api-docs/" + service)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		return PlatformClient.json(answer);
	}

	/** Every parameter name of every operation, shared path parameters included. */
	/**
	 * The names of the document's parameters that could be a framework object; one typed as a UUID
	 * (for example the dependencies' {@code session} filter, a refinement session's id) is a real one.
	 */
	private static List<String> parameters(JsonNode document) {
		List<JsonNode> all = new ArrayList<>();
		document.path("paths").forEach(path -> {
			path.path("parameters").forEach(all::add);
			path.forEach(operation -> operation.path("parameters").forEach(all::add));
		});
		return all.stream()
			.filter(parameter -> !"uuid".equals(parameter.path("schema").path("format").asString()))
			.map(parameter -> parameter.path("name").asString())
			.toList();
	}

}
