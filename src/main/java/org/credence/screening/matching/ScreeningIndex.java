package org.credence.screening.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every name of many subjects, filed under keys of their words, so that a query is compared
 * only with the names that share a key with it: the rarest keys first (a surname before a
 * common given name) bring names, the commoner ones rank them, and the {@value #COMPARED} best
 * ranked are compared in full. Built once, then only read: safe to share between threads.
 */
public final class ScreeningIndex {

	/** Names compared in full for one query, those sharing the most and rarest keys with it. */
	static final int COMPARED = 100;

	/** Enough names gathered: keys commoner than the ones already read only rank them. */
	private static final int GATHERED = 5_000;

	/** What a word of a name weighs against it among names sharing the same keys: less than any key. */
	private static final float SHORTER = 0.01f;

	private final List<Subject> subjects;

	private final int[] subjectOf;

	private final int[] ordinalOf;

	private final ParsedName[] names;

	private final Map<String, int[]> postings;

	private final Set<SubjectKind> kinds = EnumSet.noneOf(SubjectKind.class);

	/** One set of candidate arrays per query running at once, kept for the next: none per thread. */
	private final Queue<Candidates> spare = new ConcurrentLinkedQueue<>();

	private ScreeningIndex(Collection<Subject> subjects) {
		this.subjects = List.copyOf(subjects);
		int count = this.subjects.stream().mapToInt(subject -> subject.names().size()).sum();
		subjectOf = new int[count];
		ordinalOf = new int[count];
		names = new ParsedName[count];
		Postings postings = new Postings();
		Vocabulary vocabulary = new Vocabulary();
		int id = 0;
		for (int s = 0; s < this.subjects.size(); s++) {
			Subject subject = this.subjects.get(s);
			kinds.add(subject.kind());
			for (int n = 0; n < subject.names().size(); n++, id++) {
				subjectOf[id] = s;
				ordinalOf[id] = n;
				names[id] = ParsedName.parse(subject.names().get(n).text(), subject.kind(), vocabulary);
				postings.add(IndexKeys.of(names[id]), id);
			}
		}
		this.postings = postings.build();
	}

	public static ScreeningIndex of(Collection<Subject> subjects) {
		return new ScreeningIndex(subjects);
	}

	/** The subjects whose best match with the query scores at least {@code minScore}, best first. */
	public List<Match> screen(Query query, double minScore) {
		Map<SubjectKind, List<ParsedName>> queryNames = new EnumMap<>(SubjectKind.class);
		Vocabulary words = new Vocabulary();
		for (SubjectKind kind : kinds) {
			queryNames.put(kind, NameMatcher.parse(query, kind, words));
		}
		Map<Integer, List<Integer>> bySubject = new LinkedHashMap<>();
		for (int name : candidates(queryNames.values())) {
			bySubject.computeIfAbsent(subjectOf[name], s -> new ArrayList<>()).add(name);
		}
		List<Match> matches = new ArrayList<>();
		bySubject.forEach((s, ids) -> {
			Subject subject = subjects.get(s);
			List<ListedName> listed = ids.stream().map(id -> subject.names().get(ordinalOf[id])).toList();
			List<ParsedName> parsed = ids.stream().map(id -> names[id]).toList();
			NameMatcher.compare(query, queryNames.get(subject.kind()), subject, listed, parsed, minScore)
				.ifPresent(matches::add);
		});
		matches.sort(Comparator.comparingDouble(Match::score).reversed());
		return matches;
	}

	private int[] candidates(Collection<List<ParsedName>> queryNames) {
		List<int[]> lists = new ArrayList<>();
		for (List<ParsedName> parsed : queryNames) {
			for (ParsedName name : parsed) {
				for (String key : IndexKeys.of(name)) {
					int[] list = postings.get(key);
					if (list != null && !lists.contains(list)) {
						lists.add(list);
					}
				}
			}
		}
		lists.sort(Comparator.comparingInt(list -> list.length));
		Candidates gathered = spare.poll();
		if (gathered == null) {
			gathered = new Candidates(names.length);
		}
		for (int[] list : lists) {
			float weight = (float) Math.log((double) names.length / list.length + 1);
			if (gathered.count() < GATHERED) {
				gathered.add(list, weight);
			}
			else {
				gathered.rank(list, weight);
			}
		}
		int[] best = gathered.best(COMPARED, names, SHORTER);
		spare.offer(gathered);
		return best;
	}
}
