package org.credence.start;

import java.util.Map;
import java.util.function.IntSupplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import org.credence.decisions.DecisionQueues;
import org.credence.screening.HitReview;
import org.credence.security.Actors;
import org.credence.security.Viewer;

/**
 * The counts next to the navigation's links to work queues, "Inbox (1)": one count query for each
 * link the reader is shown, none for the others, on pages only (views rendered, not redirects), so
 * that neither the API nor a role without a queue pays for them.
 */
@Component
class WorkCounts implements HandlerInterceptor, WebMvcConfigurer {

	private final Actors actors;

	private final DecisionQueues decisions;

	private final HitReview hits;

	WorkCounts(Actors actors, DecisionQueues decisions, HitReview hits) {
		this.actors = actors;
		this.decisions = decisions;
		this.hits = hits;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		// A 503 is the error page of a database that is down: the counts would fail it too.
		if (page == null || page.getViewName() == null || page.getViewName().startsWith("redirect:")
				|| response.getStatus() == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
			return;
		}
		actors.viewer().ifPresent(viewer -> {
			Map<String, Object> model = page.getModel();
			count(viewer, "GET /decisions/inbox", model, "toAnswer", decisions::toAnswer);
			count(viewer, "GET /decisions/signing", model, "toSign", decisions::toSign);
			count(viewer, "GET /screening", model, "openHits", hits::open);
		});
	}

	private static void count(Viewer viewer, String route, Map<String, Object> model, String name, IntSupplier count) {
		if (viewer.may(route)) {
			model.put(name, count.getAsInt());
		}
	}
}
