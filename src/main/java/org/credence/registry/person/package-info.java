/** Named so that decisions may check, apply and show acts about persons, and the relations register link them. */
@org.springframework.modulith.NamedInterface("person")
package org.credence.registry.person;
