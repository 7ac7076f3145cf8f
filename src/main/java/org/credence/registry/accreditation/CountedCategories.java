package org.credence.registry.accreditation;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.credence.audit.Journal;
import org.credence.registry.StaffCategory;

/**
 * Which staff categories count toward a mission's ceilings: configuration kept per category in the
 * table staff_category, since receiving parties differ (NATO's ceilings count the mission's staff,
 * not the members of their households). A category that does not count is neither in the total
 * held against a ceiling nor capped by it.
 */
@Service
@NamedInterface("accreditation")
public class CountedCategories {

	private final JdbcClient jdbc;

	private final Journal journal;

	CountedCategories(JdbcClient jdbc, Journal journal) {
		this.jdbc = jdbc;
		this.journal = journal;
	}

	/** The categories that count toward ceilings now. */
	public Set<StaffCategory> counted() {
		Set<StaffCategory> counted = EnumSet.noneOf(StaffCategory.class);
		jdbc.sql("select code from staff_category where counts_toward_ceiling").query(rs -> {
			counted.add(StaffCategory.valueOf(rs.getString(1)));
		});
		return counted;
	}

	/** Whether the category counts from now on; positions already approved stay approved. */
	@Transactional
	public Set<StaffCategory> count(StaffCategory category, boolean counts) {
		boolean before = jdbc.sql("select counts_toward_ceiling from staff_category where code = ? for update")
			.param(category.name())
			.query(Boolean.class)
			.single();
		if (before != counts) {
			jdbc.sql("update staff_category set counts_toward_ceiling = ? where code = ?")
				.params(counts, category.name())
				.update();
			journal.append("staff-category.counting-changed", "staff-category", category.name(),
					Map.of("before", before, "after", counts));
		}
		return counted();
	}
}
