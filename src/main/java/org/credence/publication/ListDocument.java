package org.credence.publication;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.credence.host.Host;
import org.credence.registry.MissionStatus;
import org.credence.registry.StaffCategory;
import org.credence.registry.listing.PublishedMember;
import org.credence.registry.mission.MissionKind;

/** The diplomatic list as JSON: the documented schema of {@code /public/diplomatic-list.json}. */
@Schema(name = "PublicDiplomaticList", description = "The diplomatic list at the end of a day, missions in the list's order")
record ListDocument(@Schema(example = "2021-11-01") LocalDate date, List<Mission> missions) {

	@Schema(name = "PublicListMission", description = "A mission not closed that day; a suspended one with its status only (no contact, no members)")
	record Mission(@Schema(example = "RUS") String sendingState,
			@Schema(description = "The sending state's name in the language asked for", example = "Russian Federation") String sendingStateName,
			String name, MissionKind kind, MissionStatus status,
			@Schema(description = "Postal address, lines separated by a line feed") String address, String telephone,
			String email, String webAddress,
			@Schema(description = "The day the head of mission took up functions (precedence to a host state)") LocalDate headTookUpFunctionsOn,
			@Schema(description = "Published strength: the members listed, those of the published categories") int strength,
			List<Member> members) {
	}

	@Schema(name = "PublicListMember", description = "A member holding a position at the end of the day")
	record Member(@Schema(description = "Name in Latin script") String name, StaffCategory category, String title,
			String function, @Schema(description = "Date of arrival, in the receiving party's zone") LocalDate arrivedOn,
			@Schema(description = "Name in Latin script of the spouse or partner forming part of the member's household "
					+ "and accredited that day; null when there is none") String spouse) {

		static Member of(PublishedMember member, Host host) {
			return new Member(member.name(), member.category(), member.title(), member.function(),
					host.localDate(member.arrivedAt()), member.spouse());
		}
	}

	static ListDocument of(DiplomaticList.Listed list, Host host) {
		return new ListDocument(list.date(), list.missions().stream().map(entry -> {
			var mission = entry.mission();
			var contact = mission.contact();
			return new Mission(mission.sendingState(), entry.stateName(), mission.name(), mission.kind(),
					mission.status(), contact.address(), contact.telephone(), contact.email(), contact.webAddress(),
					contact.headTookUpFunctionsOn(), entry.strength(),
					mission.members().stream().map(member -> Member.of(member, host)).toList());
		}).toList());
	}
}
