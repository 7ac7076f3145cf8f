package org.credence.screening.lists;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A file a version was imported from: its part of the list ({@code sdn}, {@code alt}, {@code add},
 * {@code consolidated}), its name as uploaded, and what proves which file it was.
 */
@Schema(name = "WatchListFile")
record ListFile(@Schema(example = "sdn") String part, @Schema(example = "sdn.csv") String name,
		@Schema(description = "SHA-256 of the file, 64 lower-case hexadecimal digits") String sha256, long bytes) {
}
