package org.credence.security;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** Who is acting: recorded with every change the registry makes. */
@Component
public class Actors {

	static final String ATTRIBUTE = Actors.class.getName() + ".actor";

	/** The actor admitted by the {@link AccessGate} for this request, or "system" outside a request. */
	public String current() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		Object actor = attributes == null ? null : attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		return actor == null ? "system" : actor.toString();
	}
}
