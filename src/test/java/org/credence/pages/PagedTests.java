package org.credence.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** A long list cut into pages of 50: which items, which page numbers are linked, and links that keep the filter. */
class PagedTests {

	private static final List<Integer> ITEMS = IntStream.rangeClosed(1, 480).boxed().toList();

	@Test
	void aPageHoldsItsFiftyItemsAndLinksTheOthersWithTheFilterKept() {
		Paged<Integer> page = Paged.of(ITEMS, 4, request("/missions/1/history", "kind=CEILING_SET&name=Zimorodov&page=4"));

		assertThat(page.items()).first().isEqualTo(151);
		assertThat(page.items()).hasSize(50).last().isEqualTo(200);
		assertThat(page.count()).isEqualTo(10);
		assertThat(page.numbers()).containsExactly(1, 2, 3, 4, 5, 6, 0, 10);
		assertThat(page.link(10)).isEqualTo("/missions/1/history?kind=CEILING_SET&name=Zimorodov&page=10");
		assertThat(List.of(page.first(), page.last())).containsExactly(151, 200);
	}

	@Test
	void aPageNumberOutOfRangeShowsTheNearestPage() {
		assertThat(Paged.of(ITEMS, 99, request("/persons", null)).items()).containsExactly(451, 452, 453, 454, 455, 456,
				457, 458, 459, 460, 461, 462, 463, 464, 465, 466, 467, 468, 469, 470, 471, 472, 473, 474, 475, 476, 477, 478,
				479, 480);
		assertThat(Paged.of(ITEMS, 0, request("/persons", null)).number()).isEqualTo(1);
		Paged<Integer> empty = Paged.of(List.of(), null, request("/persons", "q=nobody"));
		assertThat(List.of(empty.count(), empty.first(), empty.last())).containsExactly(1, 0, 0);
		assertThat(empty.numbers()).containsExactly(1);
		assertThat(empty.link(1)).isEqualTo("/persons?q=nobody&page=1");
	}

	private static MockHttpServletRequest request(String path, String query) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setQueryString(query);
		return request;
	}
}
