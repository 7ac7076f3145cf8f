/** Named so that the decisions pages may name the persons their acts concern. */
@org.springframework.modulith.NamedInterface("person")
package org.credence.registry.person;
