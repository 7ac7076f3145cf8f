package org.credence.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/** Puts the {@link Viewer} into every page's model, the error page included; absent when nobody is logged in. */
@Component
class ViewerModel implements HandlerInterceptor {

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		Caller caller = Actors.caller();
		if (page != null && caller != null && page.getViewName() != null && !page.getViewName().startsWith("redirect:")) {
			page.addObject("viewer", new Viewer(caller.name(), caller.role()));
		}
	}
}
