package org.credence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Page numbers: the first, the last, two either side of the current one, gaps marked. */
class PageNumbersTests {

	@Test
	void aLongJournalOffersItsEndsAndTheNeighbourhood() {
		List<PageNumbers.Link> links = PageNumbers.around(40, 4000, page -> "/journal?page=" + page);

		assertThat(links).extracting(PageNumbers.Link::number).containsExactly(1, null, 38, 39, 40, 41, 42, null, 4000);
		assertThat(links).filteredOn(PageNumbers.Link::current).singleElement()
			.satisfies(link -> assertThat(link.href()).isEqualTo("/journal?page=40"));
	}

	@Test
	void noGapWhereNoNumberIsLeftOut() {
		assertThat(PageNumbers.around(1, 4, page -> "/p" + page)).extracting(PageNumbers.Link::number)
			.containsExactly(1, 2, 3, 4);
	}
}
