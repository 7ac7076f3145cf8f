package org.credence.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The one place every request to a handler passes through, and where access control decides.
 * There are no logins yet: every caller is admitted as the actor {@code anonymous}.
 */
@Configuration(proxyBeanMethods = false)
class AccessGate implements HandlerInterceptor, WebMvcConfigurer {

	static final String ANONYMOUS = "anonymous";

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		request.setAttribute(Actors.ATTRIBUTE, ANONYMOUS);
		return true;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/**");
	}
}
