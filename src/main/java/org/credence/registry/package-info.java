/**
 * The registry: missions, their ceilings and status, persons and their accreditations. It
 * answers who is accredited, in which position, from when until when, as of any date.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry")
package org.credence.registry;
