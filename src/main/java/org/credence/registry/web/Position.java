package org.credence.registry.web;

import org.credence.registry.accreditation.Accreditation;
import org.credence.registry.person.Person;

/** An accreditation or request shown with the person who holds or asks for it. */
record Position(Accreditation accreditation, Person person) {
}
