package org.credence.benchmark;

import java.util.Random;

/**
 * The posts of a generated mission's staff, drawn in the proportions of a real mission: about half
 * diplomatic agents, then administrative and technical staff, service staff, local hires and a few
 * private servants, each with the titles and functions such staff hold.
 */
final class StaffMix {

	/** A member's staff category (as the API names it), title and function. */
	record Post(String category, String title, String function) {
	}

	static final Post HEAD = new Post("DIPLOMATIC_AGENT", "Ambassador", "Head of Mission");

	private static final String[] DIPLOMATS = { "Deputy Head of Mission", "Minister-Counsellor", "Counsellor",
			"First Secretary", "Second Secretary", "Third Secretary", "Attaché", "Defence Adviser" };

	private static final String[] DIPLOMATIC_FUNCTIONS = { "Political affairs", "Defence policy", "Economic affairs",
			"Press and public diplomacy", "Legal affairs", "Arms control", "Civil emergency planning", "Budget and resources" };

	private static final String[] ADMINISTRATIVE = { "Administrative Officer", "Archivist", "Accountant", "IT Officer",
			"Communications Officer", "Personal Assistant" };

	private static final String[] SERVICE = { "Driver", "Messenger", "Security Guard", "Receptionist" };

	private static final String[] LOCAL = { "Interpreter", "Translator", "Local Assistant", "Clerk" };

	private StaffMix() {
	}

	static Post post(Random random) {
		int draw = random.nextInt(100);
		if (draw < 50) {
			return new Post("DIPLOMATIC_AGENT", pick(random, DIPLOMATS), pick(random, DIPLOMATIC_FUNCTIONS));
		}
		if (draw < 75) {
			return new Post("ADMINISTRATIVE_TECHNICAL", pick(random, ADMINISTRATIVE), "Mission support");
		}
		if (draw < 87) {
			return new Post("SERVICE_STAFF", pick(random, SERVICE), "Mission services");
		}
		if (draw < 95) {
			return new Post("LOCAL_HIRE", pick(random, LOCAL), "Mission support");
		}
		return new Post("PRIVATE_SERVANT", "Household Employee", "Household of the Head of Mission");
	}

	/** How a mission of that kind is named before its sending state's name. */
	static String missionName(String kind) {
		return switch (kind) {
			case "PERMANENT_MISSION" -> "Permanent Mission of";
			case "LIAISON_OFFICE" -> "Liaison Office of";
			default -> "Mission of";
		};
	}

	private static String pick(Random random, String[] choices) {
		return choices[random.nextInt(choices.length)];
	}
}
