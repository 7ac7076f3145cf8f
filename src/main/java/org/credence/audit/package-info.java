/**
 * The journal: every change to the registry, appended in the transaction that makes it, chained
 * by SHA-256 so that any rewrite shows, verifiable by auditors from the pages, the API and the
 * command line.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.credence.audit;
