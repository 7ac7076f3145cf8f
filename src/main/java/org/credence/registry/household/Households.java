package org.credence.registry.household;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.credence.audit.Journal;
import org.credence.host.Host;
import org.credence.problem.InvalidField;
import org.credence.problem.ProblemException;
import org.credence.problem.ProblemKind;
import org.credence.registry.RegistryProblems;
import org.credence.registry.StaffCategory;
import org.credence.registry.accreditation.Accreditation;
import org.credence.registry.accreditation.AccreditationManagement;
import org.credence.registry.accreditation.Accreditations;
import org.credence.registry.person.Person;
import org.credence.registry.person.Persons;
import org.credence.security.Actors;

/**
 * The members of an accredited member's household (VCDR art. 37): each a person of the registry
 * linked to the principal, with an accreditation of their own (category FAMILY_MEMBER) tied to the
 * principal's, which starts no earlier and ends with it (see Departures). Also the conditions users
 * ask about: a child's age limit and a permission to work.
 */
@Service
@NamedInterface("household")
public class Households {

	/** The function a household member's accreditation states: they hold no post at the mission. */
	static final String FUNCTION = "Member of the household";

	private final AccreditationManagement management;

	private final Accreditations accreditations;

	private final HouseholdLinks links;

	private final Persons persons;

	private final HouseholdSettings settings;

	private final Host host;

	private final Clock clock;

	private final Journal journal;

	private final Actors actors;

	Households(AccreditationManagement management, Accreditations accreditations, HouseholdLinks links, Persons persons,
			HouseholdSettings settings, Host host, Clock clock, Journal journal, Actors actors) {
		this.management = management;
		this.accreditations = accreditations;
		this.links = links;
		this.persons = persons;
		this.settings = settings;
		this.host = host;
		this.clock = clock;
		this.journal = journal;
		this.actors = actors;
	}

	/** A member of the household with their accreditation, their record and, for a child, the day they pass the age limit. */
	public record Member(HouseholdLink link, Accreditation accreditation, Person person, LocalDate ageLimit) {
	}

	/**
	 * Links the person to the principal of that accreditation from {@code linkedFrom} and notifies
	 * their arrival as a member of the household, tied to the principal's accreditation.
	 */
	@Transactional
	public Member add(UUID principalAccreditationId, UUID personId, Relation relation, LocalDate linkedFrom,
			LocalDate arrivalDate, LocalDate educationUntil) {
		if (linkedFrom.isAfter(arrivalDate)) {
			throw new ProblemException(RegistryProblems.INVALID_DATES,
					"The link from " + linkedFrom + " would begin after the arrival on " + arrivalDate + ".")
				.saying("link-after-arrival")
				.with("linkedFrom", linkedFrom)
				.with("arrivalDate", arrivalDate)
				.with("errors", List.of(new InvalidField("linkedFrom", "must not be after " + arrivalDate)
					.saying("not-after", Map.of("day", arrivalDate))));
		}
		requireEducationOfChild(relation, educationUntil);
		Accreditation request = management.notifyTiedArrival(principalAccreditationId, personId,
				StaffCategory.FAMILY_MEMBER, title(relation), FUNCTION, arrivalDate);
		Accreditation principal = accreditations.get(principalAccreditationId);
		HouseholdLink link = new HouseholdLink(UUID.randomUUID(), principal.personId(), personId, request.id(), relation,
				linkedFrom, null, educationUntil, null, null, OffsetDateTime.now(clock), actors.current());
		links.add(link);
		journal.append("household.member-linked", "household-link", link.id(), link);
		return member(link, request, persons.get(personId));
	}

	/**
	 * The dates kept with a link: its end, a child's full-time education, a permission to work (only
	 * where the host allows household members to work).
	 */
	@Transactional
	public Member changeConditions(UUID linkId, LocalDate linkedUntil, LocalDate educationUntil,
			LocalDate workPermittedFrom, LocalDate workPermittedUntil) {
		HouseholdLink before = links.lock(linkId).orElseThrow(() -> ProblemException.notFound("household-link", linkId));
		// Read through the caller's scope: a link of another mission's member does not exist for them.
		Accreditation accreditation = accreditations.find(before.accreditationId())
			.orElseThrow(() -> ProblemException.notFound("household-link", linkId));
		if (linkedUntil != null && !linkedUntil.isAfter(before.linkedFrom())) {
			throw invalid("linkedUntil", before.linkedFrom());
		}
		requireEducationOfChild(before.relation(), educationUntil);
		if ((workPermittedFrom != null || workPermittedUntil != null) && !settings.workPermitted()) {
			throw new ProblemException(ProblemKind.INVALID_INPUT,
					"The host does not allow members of a household to work.")
				.saying("work-not-allowed")
				.with("errors", List.of(new InvalidField("workPermittedFrom", "is not allowed by the host")
					.saying("work-not-allowed", Map.of())));
		}
		if (workPermittedUntil != null && workPermittedFrom == null) {
			throw new ProblemException(ProblemKind.INVALID_INPUT, "A permission to work ends only after it begins.")
				.with("errors", List.of(new InvalidField("workPermittedFrom", "must be given")));
		}
		if (workPermittedUntil != null && !workPermittedUntil.isAfter(workPermittedFrom)) {
			throw invalid("workPermittedUntil", workPermittedFrom);
		}
		HouseholdLink after = before.withConditions(linkedUntil, educationUntil, workPermittedFrom, workPermittedUntil);
		links.update(after);
		journal.append("household.conditions-changed", "household-link", after.id(),
				Map.of("before", before, "after", after));
		return member(after, accreditation, persons.get(after.memberId()));
	}

	/** The members of the household of that accreditation's holder, in the order they were linked. */
	public List<Member> of(UUID principalAccreditationId) {
		accreditations.get(principalAccreditationId);
		List<HouseholdLink> found = links.ofPrincipalAccreditation(principalAccreditationId);
		return members(found);
	}

	/** Those of the members whose link held on that day: who was in the household then. */
	static List<Member> linkedOn(List<Member> members, LocalDate on) {
		return members.stream()
			.filter(member -> !member.link().linkedFrom().isAfter(on)
					&& (member.link().linkedUntil() == null || member.link().linkedUntil().isAfter(on)))
			.toList();
	}

	/**
	 * Children of the households whose accreditation is active and who pass their age limit within
	 * the configured number of days from today, the soonest first.
	 */
	public List<Member> passingAgeLimit() {
		LocalDate today = host.localDate(OffsetDateTime.now(clock));
		LocalDate until = today.plusDays(settings.ageLimitNoticeDays());
		return members(links.currentChildren(today)).stream()
			.filter(member -> member.ageLimit() != null && !member.ageLimit().isBefore(today)
					&& !member.ageLimit().isAfter(until))
			.sorted(Comparator.comparing(Member::ageLimit))
			.toList();
	}

	public int ageLimitNoticeDays() {
		return settings.ageLimitNoticeDays();
	}

	/** Those of the links whose accreditation the caller may see, each with its person, read in two queries. */
	private List<Member> members(List<HouseholdLink> found) {
		Map<UUID, Accreditation> held = accreditations.byId(found.stream().map(HouseholdLink::accreditationId).toList());
		Map<UUID, Person> people = persons.byId(found.stream().map(HouseholdLink::memberId).distinct().toList());
		return found.stream()
			.filter(link -> held.containsKey(link.accreditationId()) && people.containsKey(link.memberId()))
			.map(link -> member(link, held.get(link.accreditationId()), people.get(link.memberId())))
			.toList();
	}

	private Member member(HouseholdLink link, Accreditation accreditation, Person person) {
		return new Member(link, accreditation, person, ageLimit(link, person));
	}

	/**
	 * The day a child stops being a member of the household: the age limit, or, while in full-time
	 * education past it, the higher limit or the end of the education, whichever comes first. Taken
	 * from the earliest day a partial birth date can mean, so that nobody passes it unlisted.
	 */
	LocalDate ageLimit(HouseholdLink link, Person person) {
		if (link.relation() != Relation.CHILD || person.birthDate() == null) {
			return null;
		}
		LocalDate born = person.birthDate().earliest();
		LocalDate limit = born.plusYears(settings.childAgeLimit());
		LocalDate education = link.educationUntil();
		if (education != null && education.isAfter(limit)) {
			LocalDate higher = born.plusYears(settings.childAgeLimitInEducation());
			return education.isBefore(higher) ? education : higher;
		}
		return limit;
	}

	private static void requireEducationOfChild(Relation relation, LocalDate educationUntil) {
		if (educationUntil != null && relation != Relation.CHILD) {
			throw new ProblemException(ProblemKind.INVALID_INPUT, "Only a child's full-time education moves an age limit.")
				.with("errors", List.of(new InvalidField("educationUntil", "is kept for a child only")
					.saying("child-only", Map.of())));
		}
	}

	private static ProblemException invalid(String field, LocalDate after) {
		return new ProblemException(RegistryProblems.INVALID_DATES, "The " + field + " must be after " + after + ".")
			.with("errors", List.of(new InvalidField(field, "must be after " + after).saying("after", Map.of("day", after))));
	}

	/** The title a household member's accreditation states: data, kept in the registry's language like every title. */
	private static String title(Relation relation) {
		return switch (relation) {
			case SPOUSE_OR_PARTNER -> "Spouse or partner";
			case CHILD -> "Child";
			case OTHER_DEPENDANT -> "Dependant";
		};
	}
}
