package org.credence.registry.accreditation;

import org.springframework.modulith.NamedInterface;

import org.credence.registry.person.Person;

/** A mission asked for a person's accreditation; published in the transaction that recorded the request. */
@NamedInterface("accreditation")
public record ArrivalNotified(Accreditation request, Person person) {
}
