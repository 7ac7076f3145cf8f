package org.credence.audit;

/**
 * The journal's filter as typed into the page's form or an address's query, before it is read
 * ({@link JournalFilter#parse}): the same six parameters on the page, the API and the exports.
 */
record JournalQuery(String subject, String actor, String action, String name, String from, String to) {
}
