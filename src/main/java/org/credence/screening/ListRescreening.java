package org.credence.screening;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import org.credence.registry.Registry;
import org.credence.registry.person.Person;
import org.credence.screening.lists.ListVersionImported;
import org.credence.screening.lists.WatchLists;
import org.credence.screening.matching.ScreeningIndex;
import org.credence.screening.matching.Subject;
import org.credence.screening.matching.SubjectKind;

/**
 * A new version of a list, once committed, is screened against every person with a request or an
 * accreditation; only its new or changed individuals, since the others met these persons already.
 * Each person's check commits on its own, so that one failure leaves the others done.
 */
@Component
class ListRescreening {

	private static final Logger log = LoggerFactory.getLogger(ListRescreening.class);

	private static final int PROGRESS_EVERY = 1000;

	private final WatchLists lists;

	private final Registry registry;

	private final PersonScreening screening;

	private final ScreeningSettings settings;

	private final TransactionTemplate eachPerson;

	ListRescreening(WatchLists lists, Registry registry, PersonScreening screening, ScreeningSettings settings,
			PlatformTransactionManager transactions) {
		this.lists = lists;
		this.registry = registry;
		this.screening = screening;
		this.settings = settings;
		this.eachPerson = new TransactionTemplate(transactions);
		// After the import's commit its transaction is still bound to the thread: join it and nothing would commit.
		this.eachPerson.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@TransactionalEventListener
	void on(ListVersionImported imported) {
		List<Subject> changed = changed(imported);
		if (changed.isEmpty()) {
			log.info("Version {} of {} changes no entry: nobody to screen again", imported.version(), imported.list());
			return;
		}
		ScreeningIndex index = ScreeningIndex.of(changed);
		List<Person> persons = eachPerson.execute(status -> registry.seekingOrHolding());
		log.info("Screening {} persons again against the {} new or changed entries of {}", persons.size(), changed.size(),
				imported.list());
		int done = 0;
		for (Person person : persons) {
			eachPerson.executeWithoutResult(status -> screening.screen(person, Occasion.LIST_VERSION,
					index.screen(RegistryNames.query(person), settings.threshold())));
			if (++done % PROGRESS_EVERY == 0) {
				log.info("Screened {} of {} persons against {}", done, persons.size(), imported.list());
			}
		}
	}

	private List<Subject> changed(ListVersionImported imported) {
		return eachPerson.execute(status -> {
			Set<String> before = imported.previous() == null ? Set.of()
					: lists.subjectsOf(imported.previous()).stream().map(EntryDigest::of).collect(Collectors.toSet());
			return lists.subjectsOf(imported.version()).stream()
				.filter(subject -> subject.kind() == SubjectKind.INDIVIDUAL)
				.filter(subject -> !before.contains(EntryDigest.of(subject)))
				.toList();
		});
	}
}
