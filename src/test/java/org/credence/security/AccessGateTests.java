package org.credence.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;

/** Every controller route passes the access gate, so access control has one place to live, and changes name who made them. */
@CredenceTest
class AccessGateTests {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Test
	void everyControllerRouteGoesThroughTheGate() throws Exception {
		Map<RequestMappingInfo, HandlerMethod> routes = handlerMapping.getHandlerMethods();
		assertThat(routes.keySet().stream().flatMap(info -> info.getPatternValues().stream()))
			.contains("/api/missions", "/api/accreditations/{id}/approval");
		for (RequestMappingInfo route : routes.keySet()) {
			for (String pattern : route.getPatternValues()) {
				String method = route.getMethodsCondition().getMethods().stream().findFirst().map(Enum::name).orElse("GET");
				MockHttpServletRequest request = new MockHttpServletRequest(method, pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString()));
				route.getConsumesCondition().getExpressions().stream().findFirst()
					.ifPresent(type -> request.setContentType(type.getMediaType().toString()));
				route.getProducesCondition().getExpressions().stream().findFirst()
					.ifPresent(type -> request.addHeader("Accept", type.getMediaType().toString()));
				HandlerExecutionChain chain = handlerMapping.getHandler(request);
				assertThat(chain).as(method + " " + pattern).isNotNull();
				List<Object> interceptors = List.copyOf(chain.getInterceptorList());
				assertThat(interceptors).as(method + " " + pattern).anyMatch(AccessGate.class::isInstance);
			}
		}
	}

	@Autowired
	TestAccounts accounts;

	@Test
	void changesAreRecordedWithTheNameOfTheLoggedInUser() {
		TestAccounts.User officer = accounts.user(Role.PROTOCOL_OFFICER);
		String mission = fixtures.mission("RUS", "2017-01-01");
		api.as(officer.token()).post("/api/missions/" + mission + "/status",
				Fixtures.json("status", "SUSPENDED", "effectiveOn", "2020-01-01"));

		Api.Response statuses = api.get("/api/missions/" + mission + "/status");
		assertThat(statuses.json().get(0).get("recordedBy").asString()).isEqualTo(TestAccounts.ADMIN_NAME);
		assertThat(statuses.json().get(1).get("recordedBy").asString()).isEqualTo(officer.name());
	}
}
