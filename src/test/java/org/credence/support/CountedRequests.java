package org.credence.support;

import java.io.UnsupportedEncodingException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import jakarta.servlet.Filter;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Requests served on the test's own thread (MockMvc, through the security filters), each with the
 * SQL it sends ({@link SentStatements}): how tests show that a request costs a fixed number of
 * statements, the token's lookup included.
 */
@Component
public class CountedRequests {

	/** The answer's status and body, and every statement the request sent. */
	public record Answer(int status, String body, List<String> statements) {
	}

	private final DataSource dataSource;

	private final MockMvc mvc;

	CountedRequests(WebApplicationContext context, @Qualifier("springSecurityFilterChain") Filter security,
			DataSource dataSource) {
		this.dataSource = dataSource;
		this.mvc = MockMvcBuilders.webAppContextSetup(context).addFilters(security).build();
	}

	public Answer get(String path, String token) {
		return send(MockMvcRequestBuilders.get(path).header("Authorization", "Bearer " + token));
	}

	public Answer post(String path, String token, String json) {
		return send(MockMvcRequestBuilders.post(path)
			.header("Authorization", "Bearer " + token)
			.contentType("application/json")
			.content(json));
	}

	private Answer send(RequestBuilder request) {
		AtomicReference<MockHttpServletResponse> response = new AtomicReference<>();
		List<String> statements = SentStatements.during(dataSource, () -> {
			try {
				response.set(mvc.perform(request).andReturn().getResponse());
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		try {
			return new Answer(response.get().getStatus(), response.get().getContentAsString(), statements);
		}
		catch (UnsupportedEncodingException e) {
			throw new IllegalStateException(e);
		}
	}
}
