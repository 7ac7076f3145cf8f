package org.credence.registry.person;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.NamedInterface;

/**
 * A person who is or may be accredited: their name in their own script and in Latin script, other
 * names they are known by, and what identifies them.
 */
@NamedInterface("person")
public record Person(UUID id, String nameNative, String nameLatin, List<String> otherNames, BirthDate birthDate,
		String nationality, Sex sex, OffsetDateTime recordedAt, String recordedBy) {
}
