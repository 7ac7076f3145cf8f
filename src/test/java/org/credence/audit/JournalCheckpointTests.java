package org.credence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.ProblemAssertions.assertInvalid;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.MutableClock;

/**
 * Checkpoints as their keepers get them: published when due, in the file, the API and signed with a
 * key anyone can check them with; two of them checked for consistency; verification incremental.
 */
@CredenceTest
class JournalCheckpointTests {

	@Autowired
	Api api;

	@Autowired
	Journal journal;

	@Autowired
	JournalSealer sealer;

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	CheckpointFile file;

	@Autowired
	JournalProperties properties;

	@Autowired
	MutableClock clock;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aCheckpointIsDueAfterTheIntervalOrEnoughEntries() {
		written(1);
		checkpoints.publish();
		long before = file.latest().map(Checkpoint::size).orElse(0L);
		written(1);

		checkpoints.publishIfDue();
		assertThat(file.latest().map(Checkpoint::size).orElse(0L)).as("not due yet").isEqualTo(before);

		Instant now = clock.instant();
		try {
			clock.set(file.latest().orElseThrow().time().plus(properties.checkpointInterval()));
			checkpoints.publishIfDue();
		}
		finally {
			clock.set(now);
		}
		assertThat(file.latest().orElseThrow().size()).isGreaterThan(before);
	}

	@Test
	void checkpointsAreInTheFileAndTheApiNewestFirstSignedWithThePublishedKey() throws Exception {
		written(1);
		Checkpoint older = checkpoints.publish().orElseThrow();
		written(1);
		Checkpoint newer = checkpoints.publish().orElseThrow();

		List<String> lines = Files.readAllLines(file.path());
		assertThat(lines.get(lines.size() - 1)).isEqualTo(newer.json());
		JsonNode page = api.get("/api/journal/checkpoints?limit=1").json();
		assertThat(page.get("checkpoints").get(0).toString()).isEqualTo(newer.json());
		JsonNode next = api.get("/api/journal/checkpoints?limit=1&before=" + page.get("next").asLong()).json();
		assertThat(next.get("checkpoints").get(0).toString()).isEqualTo(older.json());

		// Checked as a keeper would, with the public key alone and the documented signed text.
		String pem = api.get("/api/journal/public-key").json().get("pem").asString();
		Signature signature = Signature.getInstance("Ed25519");
		signature.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getMimeDecoder()
			.decode(pem.replaceAll("-----[A-Z ]+-----", "")))));
		signature.update(("credence-checkpoint/1\n" + newer.size() + "\n" + newer.hash() + "\n"
				+ page.get("checkpoints").get(0).get("time").asString() + "\n").getBytes(StandardCharsets.UTF_8));
		assertThat(signature.verify(Base64.getDecoder().decode(newer.signature()))).isTrue();
	}

	@Test
	void twoCheckpointsAreConsistentWhenTheChainFromTheFirstLeadsToTheSecond() {
		written(2);
		Checkpoint first = checkpoints.publish().orElseThrow();
		written(2);
		Checkpoint second = checkpoints.publish().orElseThrow();

		JsonNode consistency = api.get("/api/journal/consistency?from=" + encode(first.json()) + "&to="
				+ encode(second.json())).json();

		assertThat(consistency.get("consistent").asBoolean()).as(consistency.toString()).isTrue();
		assertThat(consistency.get("from").asLong()).isEqualTo(first.size());
		assertThat(consistency.get("to").asLong()).isEqualTo(second.size());
		assertInvalid(api.get("/api/journal/consistency?from=" + encode(second.json()) + "&to=" + encode(first.json())))
			.containsKey("to");
	}

	@Test
	void aCheckpointNotSignedWithTheJournalsKeyOrUnreadableIsRefused() {
		written(1);
		Checkpoint real = checkpoints.publish().orElseThrow();
		Checkpoint moved = new Checkpoint(real.size() + 1, real.hash(), real.time(), real.signature());

		assertThat(assertInvalid(api.get("/api/journal/verification?checkpoint=" + encode(moved.json()))))
			.containsEntry("checkpoint", "its signature does not verify with this journal's public key");
		assertThat(assertInvalid(api.get("/api/journal/verification?checkpoint=" + encode("{\"size\":\"x\"}"))))
			.containsKey("checkpoint");
		assertThat(assertInvalid(api.get("/api/journal/consistency?from=" + encode(real.json()) + "&to=nonsense")))
			.containsKey("to");
	}

	@Test
	void verificationStartsWhereThisServerVerifiedLast() {
		written(1);
		JsonNode whole = api.get("/api/journal/verification?whole=true").json();
		written(2);

		JsonNode incremental = api.get("/api/journal/verification").json();

		assertThat(whole.get("from").asLong()).isZero();
		assertThat(incremental.get("ok").asBoolean()).as(incremental.toString()).isTrue();
		assertThat(incremental.get("from").asLong()).isGreaterThanOrEqualTo(whole.get("verified").asLong());
		assertThat(incremental.get("verified").asLong()).isGreaterThanOrEqualTo(whole.get("verified").asLong() + 2);
	}

	private void written(int count) {
		transactions.executeWithoutResult(status -> {
			for (int n = 0; n < count; n++) {
				journal.append("test.written", "test", "checkpoints", Map.of("n", n));
			}
		});
		sealer.sealPending();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
