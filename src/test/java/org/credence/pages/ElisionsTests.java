package org.credence.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** French elides "de" and "que" before a vowel that a message's argument brings; English is left alone. */
class ElisionsTests {

	@Test
	void deAndQueBeforeAVowelAreElidedInFrenchOnly() {
		assertThat(Elisions.elided("La demande de Aleksei, que Irène a reçue de OTAN", Locale.FRENCH))
			.isEqualTo("La demande d’Aleksei, qu’Irène a reçue d’OTAN");
		assertThat(Elisions.elided("La demande de Boris, à compter de 1er avril", Locale.FRENCH))
			.isEqualTo("La demande de Boris, à compter de 1er avril");
		assertThat(Elisions.elided("A demande de Aleksei", Locale.ENGLISH)).isEqualTo("A demande de Aleksei");
	}
}
