package org.credence.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.TreeSet;

import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/** The routes of the running application as its handler mappings declare them, and raw calls to them. */
final class Routes {

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	private Routes() {
	}

	/** Every route of every handler mapping (controllers, actuator), named as the access policy names them. */
	static TreeSet<String> of(ApplicationContext context) {
		TreeSet<String> routes = new TreeSet<>();
		for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				for (String pattern : info.getPatternValues()) {
					if (info.getMethodsCondition().getMethods().isEmpty()) {
						routes.add("ANY " + pattern);
					}
					info.getMethodsCondition().getMethods().forEach(method -> routes.add(method.name() + " " + pattern));
				}
			}
		}
		return routes;
	}

	/** A call as a browser (pages) or an API client would make it, with an empty body, bearing the token if any. */
	static HttpResponse<String> call(String baseUrl, String method, String path, String token) {
		boolean api = path.startsWith("/api/") || path.startsWith("/actuator");
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Accept", api ? "application/json" : "text/html")
			.header("Content-Type", api ? "application/json" : "application/x-www-form-urlencoded")
			.method(method, "GET".equals(method) || "DELETE".equals(method) ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(api ? "{}" : ""));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception e) {
			throw new IllegalStateException(method + " " + path, e);
		}
	}
}
