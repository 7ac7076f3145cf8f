/**
 * Moving a whole registry: one JSON document of every record the registry, the decisions and the
 * relations register hold, exported as of now and imported into an empty registry, after which it
 * answers every as-of question as the one exported. Each module reads and writes its own section;
 * this module assembles them, checks the whole before writing any, and journals the import.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Transfer")
package org.credence.transfer;
