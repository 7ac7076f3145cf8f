/**
 * What the receiving party publishes: the diplomatic list as of any date (page, CSV, JSON, PDF),
 * the feed of its published changes, and each internal user's calendar of deadlines. It reads the
 * registry and the decisions through their public faces and keeps nothing of its own: the calendar
 * addresses' secrets stand in for a login, so the security module keeps them and runs the calendar's
 * reading as their account ({@code security.CalendarAddresses}). All of it lives under {@code /public}
 * but the calendar and its page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publication")
package org.credence.publication;
