package org.credence.registry.person;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.credence.host.Host;
import org.credence.registry.Vetting;

@Tag(name = "Persons")
@RestController
@RequestMapping("/api/persons")
class PersonController {

	private final PersonRegistration registration;

	private final Persons persons;

	private final NotAcceptableDeclarations declarations;

	private final Host host;

	private final Vetting vetting;

	PersonController(PersonRegistration registration, Persons persons, NotAcceptableDeclarations declarations,
			Host host, Vetting vetting) {
		this.vetting = vetting;
		this.declarations = declarations;
		this.registration = registration;
		this.persons = persons;
		this.host = host;
	}

	record RegisterPerson(@NotBlank @Size(max = 300) String nameNative, @NotBlank @Size(max = 300) String nameLatin,
			@Size(max = 20) List<@NotBlank @Size(max = 300) String> otherNames,
			@Pattern(regexp = BirthDate.PATTERN, message = "must be written yyyy, yyyy-mm or yyyy-mm-dd") String birthDate,
			@NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code such as RUS") String nationality,
			Sex sex) {
	}

	/** notAcceptableSince: when the declaration that the person is not acceptable took effect, while it stands. */
	record PersonView(UUID id, String nameNative, String nameLatin, List<String> otherNames, String birthDate,
			String nationality, Sex sex, OffsetDateTime recordedAt, OffsetDateTime notAcceptableSince) {
	}

	@Operation(summary = "Register a person (date of birth may be yyyy, yyyy-mm or yyyy-mm-dd)")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<PersonView> register(@Valid @RequestBody RegisterPerson body) {
		Person person = registration.register(body.nameNative(), body.nameLatin(), body.otherNames(), body.birthDate(),
				body.nationality(), body.sex());
		// Just registered: no declaration can stand against them yet.
		return ResponseEntity.created(URI.create("/api/persons/" + person.id())).body(view(person, null));
	}

	record OtherNames(@Size(max = 20) List<@NotBlank @Size(max = 300) String> otherNames) {
	}

	@Operation(summary = "Replace the other names a person is known by (aliases, earlier spellings); screened again at once")
	@PutMapping("/{id}/other-names")
	PersonView rename(@PathVariable UUID id, @Valid @RequestBody OtherNames body) {
		return view(registration.changeOtherNames(id, body.otherNames()));
	}

	record ScreeningStanding(Vetting.Standing state) {
	}

	@Operation(summary = "Whether the person is cleared by screening (NOT_SCREENED, CLEAR, PENDING or CONFIRMED); the hits are for security officers")
	@GetMapping("/{id}/screening")
	ScreeningStanding screening(@PathVariable UUID id) {
		return new ScreeningStanding(vetting.standing(persons.get(id).id()));
	}

	@Operation(summary = "Persons whose names contain the text, in any script")
	@GetMapping
	List<PersonView> search(@RequestParam(required = false) @Size(max = 300) String name) {
		List<Person> found = persons.search(name, 200);
		Map<UUID, OffsetDateTime> notAcceptable = declarations.standingSince(found.stream().map(Person::id).toList());
		return found.stream().map(person -> view(person, notAcceptable.get(person.id()))).toList();
	}

	@Operation(summary = "One person, and since when they are declared not acceptable if they are")
	@GetMapping("/{id}")
	PersonView get(@PathVariable UUID id) {
		return view(persons.get(id));
	}

	private PersonView view(Person person) {
		return view(person, declarations.standing(person.id()).map(NotAcceptable::declaredFrom).orElse(null));
	}

	private PersonView view(Person person, OffsetDateTime notAcceptableSince) {
		return new PersonView(person.id(), person.nameNative(), person.nameLatin(), person.otherNames(),
				person.birthDate() == null ? null : person.birthDate().toString(), person.nationality(), person.sex(),
				host.local(person.recordedAt()), notAcceptableSince == null ? null : host.local(notAcceptableSince));
	}
}
