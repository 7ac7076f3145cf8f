package org.credence.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of a long list on a page, cut after the query or by it ({@link #read}): {@link #SIZE}
 * items of page {@code number} (from 1; one past the last shows the last), with links to the other
 * pages at the same address, filters kept, only {@code page} changed.
 *
 * @param address the address asked for, with its query, from which the other pages' links are made
 */
public record Paged<T>(List<T> items, int number, int count, int total, String address) {

	public static final int SIZE = 50;

	/** Around the current page, how many page numbers are linked on each side (with the first and the last). */
	private static final int AROUND = 2;

	/** The page {@code page} (null: the first) of the list, for the request that asked for it. */
	public static <T> Paged<T> of(List<T> all, Integer page, HttpServletRequest request) {
		return read(all.size(), page, request, (from, size) -> all.subList(from, Math.min(all.size(), from + size)));
	}

	/**
	 * The page {@code page} (null: the first) of a list of {@code total} items too long to read whole:
	 * {@code read} answers the items from the {@code from}-th (from 0), {@code size} at most, as a
	 * query's offset and limit.
	 */
	public static <T> Paged<T> read(int total, Integer page, HttpServletRequest request,
			BiFunction<Integer, Integer, List<T>> read) {
		int count = Math.max(1, (total + SIZE - 1) / SIZE);
		int number = page == null ? 1 : Math.min(Math.max(page, 1), count);
		String address = UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
			.build().toUriString();
		return new Paged<>(read.apply((number - 1) * SIZE, SIZE), number, count, total, address);
	}

	/** The same page with each item made into what the page shows, e.g. with the names it needs read at once. */
	public <R> Paged<R> map(Function<List<T>, List<R>> shown) {
		return new Paged<>(shown.apply(items), number, count, total, address);
	}

	/** The address of page {@code n}, with the filters that chose the list. */
	public String link(int n) {
		return UriComponentsBuilder.fromUriString(address).replaceQueryParam("page", n).build().toUriString();
	}

	/** The page numbers to link, in order: the first, those around this one and the last; 0 stands for a gap. */
	public List<Integer> numbers() {
		List<Integer> numbers = new ArrayList<>();
		for (int n = 1; n <= count; n++) {
			if (n == 1 || n == count || Math.abs(n - number) <= AROUND) {
				numbers.add(n);
			}
			else if (numbers.get(numbers.size() - 1) != 0) {
				numbers.add(0);
			}
		}
		return numbers;
	}

	/** The position of the first item shown, from 1, for "51–100 of 230". */
	public int first() {
		return total == 0 ? 0 : (number - 1) * SIZE + 1;
	}

	public int last() {
		return (number - 1) * SIZE + items.size();
	}
}
