/**
 * What the receiving party publishes: the diplomatic list as of any date (page, CSV, JSON, PDF),
 * the feed of its published changes, and each internal user's calendar of deadlines. It reads the
 * registry and the decisions through their public faces and keeps nothing of its own but the
 * calendar feeds' secrets; all of it lives under {@code /public} but the calendar.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publication")
package org.credence.publication;
