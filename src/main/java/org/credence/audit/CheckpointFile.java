package org.credence.audit;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The checkpoints this server published, appended one JSON object a line to a file outside the
 * database. The last one is what every verification of this server checks the chain against.
 */
@Component
class CheckpointFile {

	/** Far more than one line: the last line is read from the end, whatever the file's length. */
	private static final int TAIL = 8192;

	private final Path file;

	CheckpointFile(JournalProperties properties) {
		this.file = properties.checkpointPath();
	}

	synchronized void append(Checkpoint checkpoint) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.writeString(file, checkpoint.json() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND, StandardOpenOption.SYNC);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not append to the journal's checkpoint file " + file.toAbsolutePath(), e);
		}
	}

	synchronized Optional<Checkpoint> latest() {
		if (!Files.exists(file)) {
			return Optional.empty();
		}
		try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
			long length = in.length();
			byte[] tail = new byte[(int) Math.min(length, TAIL)];
			in.seek(length - tail.length);
			in.readFully(tail);
			String[] lines = new String(tail, StandardCharsets.UTF_8).strip().split("\n");
			String last = lines[lines.length - 1];
			return last.isBlank() ? Optional.empty() : Optional.of(Checkpoint.parse(last));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not read the journal's checkpoint file " + file.toAbsolutePath(), e);
		}
	}

	Path path() {
		return file;
	}
}
