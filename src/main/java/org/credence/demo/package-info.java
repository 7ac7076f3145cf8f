/**
 * Demo data: on the first start of an empty registry, the reference case of the design (the Russian
 * mission to NATO from 2017 to its suspension in 2021, with the relations register around it) and a
 * few partner missions, loaded through the same services as real use, as the demo users, with the
 * clock standing at the instants it happened. Turned off by {@code credence.demo.enabled=false}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package org.credence.demo;
