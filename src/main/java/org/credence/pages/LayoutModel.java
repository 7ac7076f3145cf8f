package org.credence.pages;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

import org.credence.host.Host;

/**
 * What the shared layout needs on every page, the error page included (which is rendered by a
 * controller outside this package): the receiving party's name, date display, the fields' labels
 * and the links that switch language on the same page.
 */
@Component
class LayoutModel implements HandlerInterceptor {

	private final Host host;

	private final Labels labels;

	private final Dates dates;

	LayoutModel(Host host, Labels labels, Dates dates) {
		this.host = host;
		this.labels = labels;
		this.dates = dates;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page == null || page.getViewName() == null || page.getViewName().startsWith("redirect:")) {
			return;
		}
		Locale locale = LocaleContextHolder.getLocale();
		page.addObject("hostName", "fr".equals(locale.getLanguage()) ? host.nameFr() : host.nameEn());
		page.addObject("dates", dates);
		page.addObject("labels", labels);
		String self = self(request, page);
		page.addObject("englishLink", withLanguage(self, "en"));
		page.addObject("frenchLink", withLanguage(self, "fr"));
	}

	/**
	 * The page to show again in the other language: the address asked for, or after a POST that
	 * shows its form again, the page the form was on (a GET of the POST's address would fail).
	 */
	private static String self(HttpServletRequest request, ModelAndView page) {
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (failed != null) {
			return failed.toString();
		}
		if (!"GET".equals(request.getMethod()) && page.getModel().get("self") instanceof String self) {
			return self;
		}
		String query = request.getQueryString();
		return request.getRequestURI() + (query == null ? "" : "?" + query);
	}

	private static String withLanguage(String self, String language) {
		return UriComponentsBuilder.fromUriString(self).replaceQueryParam("lang", language).build().toUriString();
	}
}
