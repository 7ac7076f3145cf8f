/** Named so that the decisions module may name persons in its acts and check whether they are declared not acceptable. */
@org.springframework.modulith.NamedInterface("person")
package org.credence.registry.person;
