package org.credence.security;

import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Requests under {@code /public} that the configuration has closed to the public: they then need
 * a login like any other page, though the access policy lists them as public. A module that
 * publishes something it may be told to keep internal provides one.
 */
public interface ClosedToThePublic extends RequestMatcher {
}
