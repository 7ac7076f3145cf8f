package org.credence.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import org.credence.security.AccessPolicy.Decision;

/**
 * Every request to a controller passes here, after Spring Security has established who is calling,
 * and is let through only if the {@link AccessPolicy} lists its route for the caller's role. The
 * route is the pattern the handler mapping matched, so the table and the controllers name routes
 * the same way.
 */
@Configuration(proxyBeanMethods = false)
class AccessGate implements HandlerInterceptor, WebMvcConfigurer {

	private static final Logger log = LoggerFactory.getLogger(AccessGate.class);

	private final SecurityProblems problems;

	private final ViewerModel viewer;

	private final SessionCallers callers;

	AccessGate(SecurityProblems problems, ViewerModel viewer, SessionCallers callers) {
		this.problems = problems;
		this.viewer = viewer;
		this.callers = callers;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws IOException {
		if (!(handler instanceof HandlerMethod)) {
			// Static files: Spring Security has already asked for a login where one is needed.
			return true;
		}
		Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		String route = AccessPolicy.route(request.getMethod(), String.valueOf(pattern));
		if (!AccessPolicy.listed(route)) {
			log.warn("{} is not in the access policy: only administrators may call it", route);
		}
		Decision decision = AccessPolicy.decide(route, callers.current(request, response));
		if (decision == Decision.ALLOWED) {
			return true;
		}
		boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		if (decision == Decision.UNAUTHENTICATED) {
			if (api) {
				problems.write(request, response, SecurityProblems.UNAUTHENTICATED, "This address needs a login.");
			}
			else {
				response.sendRedirect(request.getContextPath() + "/login");
			}
		}
		else if (api) {
			problems.write(request, response, SecurityProblems.FORBIDDEN, "Your role may not call " + route + ".");
		}
		else {
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
		}
		return false;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/**");
		registry.addInterceptor(viewer);
	}
}
