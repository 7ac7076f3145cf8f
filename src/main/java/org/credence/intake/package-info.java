/**
 * Moving in: a protocol office brings its current records into the registry from a CSV file, one
 * row per accredited person, checked first (a dry run that reports every error by line and column
 * and writes nothing), then written whole or not at all and journaled as one import. Its own module
 * because it only reads files and hands rows to the registry's public face: the registry's rules
 * and tables stay the registry's, and a second format (another office's export) is added here alone.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake")
package org.credence.intake;
