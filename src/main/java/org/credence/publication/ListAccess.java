package org.credence.publication;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import org.credence.security.ClosedToThePublic;

/**
 * With {@code credence.publication.public-list=false}, the diplomatic list in every format and
 * everything under {@code /public/diplomatic-list/} (its feed of changes) need a login.
 */
@Component
class ListAccess implements ClosedToThePublic {

	private static final String LIST = "/public/diplomatic-list";

	private final PublicationSettings settings;

	ListAccess(PublicationSettings settings) {
		this.settings = settings;
	}

	@Override
	public boolean matches(HttpServletRequest request) {
		if (settings.publicList()) {
			return false;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals(LIST) || path.startsWith(LIST + ".") || path.startsWith(LIST + "/");
	}
}
