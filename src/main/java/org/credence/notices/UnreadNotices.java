package org.credence.notices;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The logged-in reader's count of unread notices, for the link in every page's navigation. Pages
 * only (views rendered, not redirects), so the API pays nothing for it.
 */
@Component
class UnreadNotices implements HandlerInterceptor, WebMvcConfigurer {

	private final Inbox inbox;

	UnreadNotices(Inbox inbox) {
		this.inbox = inbox;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean loggedIn = authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
		// A 503 is the error page of a database that is down: the count would fail it too.
		boolean databaseDown = response.getStatus() == HttpServletResponse.SC_SERVICE_UNAVAILABLE;
		if (loggedIn && !databaseDown && page != null && page.getViewName() != null && !page.getViewName().startsWith("redirect:")) {
			page.addObject("unreadNotices", inbox.unread());
		}
	}
}
