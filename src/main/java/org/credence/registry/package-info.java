/**
 * The registry: missions, their ceilings and status, persons and their accreditations. It
 * answers who is accredited, in which position, from when until when, as of any date.
 * <p>
 * Other modules see {@link org.credence.registry.Registry} (what they read, and the decisions that
 * took effect), {@link org.credence.registry.MovingIn} (an office's records checked and written as a
 * whole, for the intake), the services that change missions, persons and accreditations, and their records,
 * each type marked {@code @NamedInterface}; the repositories and pages stay internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry")
package org.credence.registry;
