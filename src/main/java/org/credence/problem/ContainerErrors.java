package org.credence.problem;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Tomcat refuses some requests before the application sees them (an encoded slash or NUL in the
 * path, a request line too long): its error report valve then wrote its own HTML page, naming the
 * server. This valve takes its place and writes a minimal problem document, or a plain page for a
 * browser; it writes nothing when the application's error path already answered.
 */
@Component
class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		// The host adds its error valve when it starts, unless one of the class it names is there already.
		factory.addContextCustomizers(context -> {
			StandardHost host = (StandardHost) context.getParent();
			host.setErrorReportValveClass(ProblemReportValve.class.getName());
			for (Valve valve : host.getPipeline().getValves()) {
				if (valve instanceof ProblemReportValve) {
					return;
				}
			}
			host.getPipeline().addValve(new ProblemReportValve());
		});
	}

	static class ProblemReportValve extends ErrorReportValve {

		@Override
		protected void report(Request request, Response response, Throwable failure) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			HttpStatus known = HttpStatus.resolve(status);
			String title = known == null ? "Error" : known.getReasonPhrase();
			String accept = request.getHeader("Accept");
			boolean browser = accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
			try {
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				response.setContentType(browser ? MediaType.TEXT_HTML_VALUE : MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				Writer writer = response.getReporter();
				if (writer != null) {
					// Only the status and its standard phrase: nothing the client sent is repeated.
					writer.write(browser ? "<!DOCTYPE html><html lang=\"en\"><head><title>" + status + " " + title
							+ " · Credence</title></head><body><main><h1>" + status + " " + title
							+ "</h1><p>The server could not read this request.</p></main></body></html>"
							: "{\"type\":\"/problems/http-" + status + "\",\"title\":\"" + title + "\",\"status\":" + status
									+ ",\"detail\":\"The server could not read this request.\"}");
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException e) {
				// The connection is gone or the response was committed meanwhile: there is nobody left to tell.
			}
		}
	}
}
