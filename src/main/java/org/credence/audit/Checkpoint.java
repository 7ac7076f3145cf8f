package org.credence.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import com.fasterxml.jackson.annotation.JsonFormat;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.json.JsonMapper;

/**
 * A signed statement that the chain had {@code size} entries, the last with {@code hash}, at
 * {@code time}: what certificate-transparency logs call a signed tree head. Kept outside the
 * database, it lets anyone check later that the chain still reaches that position with that hash,
 * so that nothing up to it was removed or rewritten.
 *
 * <p>The signature is Ed25519, base64, over the UTF-8 text {@code credence-checkpoint/1}, size in
 * decimal, hash, and time as {@link ChainHash#time}, each followed by a line feed; it can be checked
 * with the public key alone ({@code GET /api/journal/public-key}), e.g. with OpenSSL. The time is
 * written in that same UTC form everywhere, the API included, unlike the API's other instants: a
 * keeper checks the signature over the text they were given.
 */
record Checkpoint(long size, String hash,
		@JsonFormat(shape = JsonFormat.Shape.STRING, pattern = ChainHash.TIME_PATTERN, timezone = "UTC")
		@JsonSerialize(using = SignedTime.class) Instant time,
		String signature) {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	byte[] signedText() {
		return ("credence-checkpoint/1\n" + size + "\n" + hash + "\n" + ChainHash.time(time) + "\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	static Checkpoint signed(long size, String hash, Instant time, JournalKeys keys) {
		Checkpoint unsigned = new Checkpoint(size, hash, time, null);
		return new Checkpoint(size, hash, time, Base64.getEncoder().encodeToString(keys.sign(unsigned.signedText())));
	}

	boolean verifies(JournalKeys keys) {
		try {
			return keys.verifies(signedText(), Base64.getDecoder().decode(signature));
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

	/** One line of the checkpoint file, as the API serves it. */
	String json() {
		return JSON.writeValueAsString(this);
	}

	/**
	 * A checkpoint someone kept, as its JSON text: readable, and signed with this journal's key.
	 *
	 * @throws IllegalArgumentException saying what is wrong with it
	 */
	static Checkpoint kept(String text, JournalKeys keys) {
		Checkpoint checkpoint = parse(text);
		if (!checkpoint.verifies(keys)) {
			throw new IllegalArgumentException("its signature does not verify with this journal's public key");
		}
		return checkpoint;
	}

	/** @throws IllegalArgumentException saying what is wrong with the text */
	static Checkpoint parse(String text) {
		try {
			Checkpoint checkpoint = JSON.readValue(text.strip(), Checkpoint.class);
			if (checkpoint.size() < 1 || checkpoint.hash() == null || !checkpoint.hash().matches("[0-9a-f]{64}")
					|| checkpoint.time() == null || checkpoint.signature() == null) {
				throw new IllegalArgumentException("must have a size above 0, a hash of 64 hex digits, a time and a signature");
			}
			return checkpoint;
		}
		catch (JacksonException e) {
			throw new IllegalArgumentException("must be a checkpoint as published: a JSON object with size, hash, time and"
					+ " signature", e);
		}
	}

	/** The time as signed, whichever mapper writes the checkpoint. */
	static final class SignedTime extends ValueSerializer<Instant> {

		@Override
		public void serialize(Instant value, JsonGenerator out, SerializationContext context) {
			out.writeString(ChainHash.time(value));
		}
	}
}
