/** Named so that the relations register may link incidents to the registry's persons. */
@org.springframework.modulith.NamedInterface("person")
package org.credence.registry.person;
