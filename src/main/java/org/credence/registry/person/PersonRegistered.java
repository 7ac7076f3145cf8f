package org.credence.registry.person;

import org.springframework.modulith.NamedInterface;

/** Published in the transaction that registered the person, so that what it starts (screening) commits or fails with it. */
@NamedInterface("person")
public record PersonRegistered(Person person) {
}
