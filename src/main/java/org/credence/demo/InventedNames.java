package org.credence.demo;

import java.util.Arrays;
import java.util.List;

import org.credence.registry.person.Sex;

/**
 * Names for the demo's mission members: common given names joined to surnames made up from plants
 * and birds, so that nobody real is named. Each in the native script and in Latin letters.
 */
final class InventedNames {

	/** One person's names and sex. */
	record Name(String nameNative, String nameLatin, Sex sex) {
	}

	private static final String[][] RUSSIAN_SURNAMES = { { "Зимородов", "Zimorodov" }, { "Ласточкин", "Lastochkin" },
			{ "Туманов", "Tumanov" }, { "Верескин", "Vereskin" }, { "Камышов", "Kamyshov" }, { "Рябинин", "Ryabinin" },
			{ "Снегирёв", "Snegiryov" }, { "Ольховцев", "Olkhovtsev" }, { "Черёмухин", "Cheryomukhin" },
			{ "Ковылёв", "Kovylyov" }, { "Брусникин", "Brusnikin" }, { "Ивняков", "Ivnyakov" }, { "Осокин", "Osokin" },
			{ "Клюквин", "Klyukvin" }, { "Вязов", "Vyazov" }, { "Тростников", "Trostnikov" }, { "Полынин", "Polynin" },
			{ "Чабрецов", "Chabretsov" }, { "Багульников", "Bagulnikov" }, { "Свиристелев", "Sviristelev" } };

	private static final String[][] RUSSIAN_MEN = { { "Алексей", "Aleksei" }, { "Дмитрий", "Dmitri" },
			{ "Игорь", "Igor" }, { "Павел", "Pavel" }, { "Сергей", "Sergei" }, { "Олег", "Oleg" },
			{ "Николай", "Nikolai" }, { "Андрей", "Andrei" }, { "Виктор", "Viktor" }, { "Юрий", "Yuri" } };

	private static final String[][] RUSSIAN_WOMEN = { { "Ирина", "Irina" }, { "Елена", "Yelena" },
			{ "Ольга", "Olga" }, { "Наталья", "Natalya" }, { "Татьяна", "Tatyana" } };

	private InventedNames() {
	}

	/** The n-th invented Russian name; one in four is a woman's, her surname in its feminine form. */
	static Name russian(int n) {
		String[] surname = RUSSIAN_SURNAMES[n % RUSSIAN_SURNAMES.length];
		// Shifted once the surnames come round again, so that no two people share both names.
		int g = n + 3 * (n / RUSSIAN_SURNAMES.length);
		if (n % 4 == 3) {
			String[] given = RUSSIAN_WOMEN[g % RUSSIAN_WOMEN.length];
			return new Name(given[0] + " " + surname[0] + "а", given[1] + " " + surname[1] + "a", Sex.FEMALE);
		}
		String[] given = RUSSIAN_MEN[g % RUSSIAN_MEN.length];
		return new Name(given[0] + " " + surname[0], given[1] + " " + surname[1], Sex.MALE);
	}

	/** Names for a partner mission, given as "native|Latin|F or M". */
	static List<Name> of(String... names) {
		return Arrays.stream(names).map(entry -> entry.split("\\|"))
			.map(parts -> new Name(parts[0], parts[1], parts[2].equals("F") ? Sex.FEMALE : Sex.MALE))
			.toList();
	}
}
