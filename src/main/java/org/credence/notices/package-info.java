/**
 * Each user's inbox of notices: what happened to the decisions that concern them (circulated to
 * their state, adopted or not, applied, withdrawn) and deadlines about to pass unanswered. Fed by the
 * decisions module's events; it changes nothing outside its own tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notices")
package org.credence.notices;
