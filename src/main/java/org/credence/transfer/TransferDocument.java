package org.credence.transfer;

import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.credence.decisions.DecisionsSection;
import org.credence.registry.RegistrySection;
import org.credence.relations.RegisterDocument;

/** The whole registry as one document: a format version, when it was exported, and each module's section. */
@Schema(name = "RegistryTransferDocument", description = "The whole registry (format " + TransferDocument.FORMAT
		+ "): ids, instants and who recorded what are kept as recorded. Accounts are not part of it.")
record TransferDocument(
		@Schema(description = "The format and its version", example = FORMAT) @NotNull @Pattern(regexp = FORMAT,
				message = "must be " + FORMAT) String format,
		@Schema(description = "When it was exported; not read on import") OffsetDateTime exportedAt,
		@NotNull @Valid RegistrySection registry, @NotNull @Valid DecisionsSection decisions,
		@Schema(description = "The relations register, in its own export format (credence-relations/1)")
		@NotNull @Valid RegisterDocument relations) {

	static final String FORMAT = "credence-registry/1";
}
