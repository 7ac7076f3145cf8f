package org.credence.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import org.credence.problem.InvalidField;
import org.credence.problem.ProblemException;

/**
 * A query parameter the route does not take is refused, as an unknown body field is: a filter
 * misspelt or not supported must not quietly answer everything. Runs after the access gate, so that
 * a caller who may not call the route learns nothing of its parameters.
 */
@Configuration(proxyBeanMethods = false)
class KnownParameters implements HandlerInterceptor, WebMvcConfigurer {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method) || !method.getBeanType().isAnnotationPresent(RestController.class)
				|| request.getQueryString() == null) {
			return true;
		}
		Set<String> known = known(method);
		if (known == null) {
			return true;
		}
		List<InvalidField> unknown = new ArrayList<>();
		for (String name : names(request.getQueryString())) {
			if (!known.contains(name)) {
				unknown.add(new InvalidField(name, known.isEmpty() ? "is not a parameter of this route, which takes none"
						: "is not a parameter of this route, which takes " + String.join(", ", known)));
			}
		}
		if (!unknown.isEmpty()) {
			throw ProblemException.invalid(unknown);
		}
		return true;
	}

	/** The names the route binds, or null when it takes any (a map of all parameters). */
	private static Set<String> known(HandlerMethod method) {
		Set<String> known = new TreeSet<>();
		for (MethodParameter parameter : method.getMethodParameters()) {
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param == null) {
				continue;
			}
			if (Map.class.isAssignableFrom(parameter.getParameterType())) {
				return null;
			}
			parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
			String named = param.name().isEmpty() ? param.value() : param.name();
			known.add(named.isEmpty() ? parameter.getParameterName() : named);
		}
		if (ListPaging.pages(method.getReturnType())) {
			known.addAll(List.of(ListPaging.LIMIT, ListPaging.PAGE));
		}
		return known;
	}

	private static Set<String> names(String query) {
		Set<String> names = new TreeSet<>();
		Arrays.stream(query.split("&")).map(pair -> pair.split("=", 2)[0]).filter(name -> !name.isEmpty()).forEach(name -> {
			try {
				names.add(URLDecoder.decode(name, StandardCharsets.UTF_8));
			}
			catch (IllegalArgumentException e) {
				names.add(name);
			}
		});
		return names;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/api/**").order(Ordered.LOWEST_PRECEDENCE);
	}
}
