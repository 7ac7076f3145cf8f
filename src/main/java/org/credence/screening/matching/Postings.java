package org.credence.screening.matching;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds, for each key, the ids of the names filed under it, in increasing order, each once. */
final class Postings {

	private final Map<String, Growing> lists = new HashMap<>();

	void add(List<String> keys, int name) {
		for (String key : keys) {
			lists.computeIfAbsent(key, k -> new Growing()).add(name);
		}
	}

	/** The lists trimmed to their size: built once, read many times. */
	Map<String, int[]> build() {
		Map<String, int[]> built = new HashMap<>(lists.size() * 4 / 3 + 1);
		lists.forEach((key, list) -> built.put(key, Arrays.copyOf(list.ids, list.size)));
		return built;
	}

	private static final class Growing {

		int[] ids = new int[2];

		int size;

		void add(int id) {
			if (size > 0 && ids[size - 1] == id) {
				return;
			}
			if (size == ids.length) {
				ids = Arrays.copyOf(ids, size * 2);
			}
			ids[size++] = id;
		}
	}
}
