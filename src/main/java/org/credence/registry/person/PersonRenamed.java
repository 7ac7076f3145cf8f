package org.credence.registry.person;

import org.springframework.modulith.NamedInterface;

/** The names a person is also known by changed; published in the transaction that changed them. */
@NamedInterface("person")
public record PersonRenamed(Person person) {
}
