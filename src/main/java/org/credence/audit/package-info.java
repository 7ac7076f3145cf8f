/**
 * The journal: every change to the registry, appended in the transaction that makes it with a MAC
 * made with a key the database does not hold, chained by SHA-256, and anchored by signed checkpoints
 * kept outside the database, so that any rewrite shows; verifiable by auditors from the pages, the
 * API and the command line.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.credence.audit;
