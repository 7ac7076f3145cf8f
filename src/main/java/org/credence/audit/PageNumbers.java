package org.credence.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The page numbers a long list offers: the first, the last, and two either side of the current
 * one, with a gap marked where numbers are left out (1 … 4 5 [6] 7 8 … 4000).
 */
final class PageNumbers {

	private static final int AROUND = 2;

	/** A page's number and address; a gap has neither. */
	record Link(Integer number, String href, boolean current) {

		public boolean gap() {
			return number == null;
		}
	}

	private PageNumbers() {
	}

	static List<Link> around(int current, int last, IntFunction<String> href) {
		List<Link> links = new ArrayList<>();
		int previous = 0;
		for (int page = 1; page <= last; page++) {
			boolean shown = page == 1 || page == last || Math.abs(page - current) <= AROUND;
			if (!shown) {
				continue;
			}
			if (page > previous + 1) {
				links.add(new Link(null, null, false));
			}
			links.add(new Link(page, href.apply(page), page == current));
			previous = page;
		}
		return links;
	}
}
