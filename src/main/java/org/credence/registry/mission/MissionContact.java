package org.credence.registry.mission;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.modulith.NamedInterface;

import org.credence.problem.MultiLine;
import org.credence.problem.OptionalText;

/**
 * How the diplomatic list tells a reader to reach a mission, and when its head took up functions,
 * which orders the heads of mission accredited to a host state. Each part may be left out.
 */
@NamedInterface("mission")
@Schema(name = "MissionContact")
public record MissionContact(
		@Schema(description = "Postal address, one line per line of the address", example = "Boulevard Léopold III\n1110 Brussels")
		@OptionalText(payload = MultiLine.class) @Size(max = 1000) String address,
		@Schema(example = "+32 2 707 41 11")
		@OptionalText @Pattern(regexp = TELEPHONE, message = TELEPHONE_RULE) String telephone,
		@Schema(example = "protocol@example.org")
		@OptionalText @Size(max = 254) @Pattern(regexp = EMAIL, message = EMAIL_RULE) String email,
		@Schema(example = "https://example.org")
		@OptionalText @Size(max = 500) @Pattern(regexp = WEB_ADDRESS, message = WEB_ADDRESS_RULE) String webAddress,
		@Schema(description = "The day the head of mission took up functions", example = "2021-11-01")
		LocalDate headTookUpFunctionsOn) {

	/** A form's text area sends its lines ended by CR LF: the address keeps them ended by LF alone, as the API takes them. */
	public MissionContact {
		address = address == null ? null : address.replace("\r\n", "\n").replace('\r', '\n');
	}

	public static final String TELEPHONE = "\\+?[0-9][0-9 ()./-]{3,38}";

	public static final String TELEPHONE_RULE = "must be a telephone number such as +32 2 707 41 11";

	/** One @, something before it, and a domain with a dot after it: the shape, not a deliverability check. */
	public static final String EMAIL = "[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+";

	public static final String EMAIL_RULE = "must be an e-mail address such as protocol@example.org";

	public static final String WEB_ADDRESS = "https?://[^\\s/?#.]+(\\.[^\\s/?#.]+)+([/?#]\\S*)?";

	public static final String WEB_ADDRESS_RULE = "must be a web address starting with http:// or https://";

	public static final MissionContact NONE = new MissionContact(null, null, null, null, null);
}
