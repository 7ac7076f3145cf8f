/**
 * Where each user starts: their role's work in front of them, counted, each count linked to the
 * list it counts, and the same counts in every page's navigation. It only asks each module's public
 * face how many records wait; it keeps and changes nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Start")
package org.credence.start;
