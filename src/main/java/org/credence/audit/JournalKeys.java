package org.credence.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The keys the database does not hold: the MAC key every entry is signed with when it is written,
 * and the Ed25519 key pair of the checkpoints. Read from the configured files, or generated in the
 * key folder at the first start. The command line only reads them, and needs only the public key.
 */
@Component
class JournalKeys {

	private static final Logger log = LoggerFactory.getLogger(JournalKeys.class);

	private static final String ED25519 = "Ed25519";

	private final SecretKeySpec macKey;

	private final PrivateKey signingKey;

	private final PublicKey publicKey;

	JournalKeys(JournalProperties properties) {
		this.macKey = new SecretKeySpec(macKey(properties), "HmacSHA256");
		Path privateFile = properties.signingKeyPath();
		Path publicFile = properties.publicKeyPath();
		if (!Files.exists(publicFile) && properties.mayCreate(properties.signingKeyFile())) {
			generateKeyPair(privateFile, publicFile);
		}
		if (!Files.exists(publicFile)) {
			throw new IllegalStateException("The journal's checkpoint public key is missing: " + publicFile.toAbsolutePath());
		}
		try {
			KeyFactory keys = KeyFactory.getInstance(ED25519);
			this.publicKey = keys.generatePublic(new X509EncodedKeySpec(KeyFiles.read(publicFile)));
			this.signingKey = properties.createKeys()
					? keys.generatePrivate(new PKCS8EncodedKeySpec(KeyFiles.read(privateFile))) : null;
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("The journal's checkpoint keys in " + privateFile.toAbsolutePath().getParent()
					+ " are not Ed25519 keys", e);
		}
	}

	private static byte[] macKey(JournalProperties properties) {
		if (properties.macKey() != null && !properties.macKey().isBlank()) {
			return atLeast32Bytes(Base64.getDecoder().decode(properties.macKey().strip()), "credence.journal.mac-key");
		}
		Path file = properties.macKeyPath();
		if (!Files.exists(file) && properties.mayCreate(properties.macKeyFile())) {
			byte[] key = new byte[32];
			new SecureRandom().nextBytes(key);
			if (KeyFiles.create(file, Base64.getEncoder().encodeToString(key) + "\n")) {
				log.warn("Generated the journal's MAC key in {}: keep a copy where the database's administrators cannot"
						+ " read it; without it the journal cannot be verified", file.toAbsolutePath());
			}
		}
		if (!Files.exists(file)) {
			throw new IllegalStateException("The journal's MAC key is missing: " + file.toAbsolutePath());
		}
		return atLeast32Bytes(KeyFiles.read(file), file.toAbsolutePath().toString());
	}

	private static byte[] atLeast32Bytes(byte[] key, String source) {
		if (key.length < 32) {
			throw new IllegalStateException("The journal's MAC key (" + source + ") must have at least 32 bytes");
		}
		return key;
	}

	private static void generateKeyPair(Path privateFile, Path publicFile) {
		try {
			KeyPair pair = KeyPairGenerator.getInstance(ED25519).generateKeyPair();
			if (KeyFiles.create(privateFile, KeyFiles.pem("PRIVATE KEY", pair.getPrivate().getEncoded()))) {
				KeyFiles.create(publicFile, KeyFiles.pem("PUBLIC KEY", pair.getPublic().getEncoded()));
				log.warn("Generated the journal's checkpoint signing key in {}", privateFile.toAbsolutePath());
			}
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Every Java runtime since 15 has Ed25519", e);
		}
	}

	/** A MAC for one thread: {@link Mac} instances are not thread-safe. */
	Mac mac() {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(macKey);
			return mac;
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
		}
	}

	byte[] sign(byte[] text) {
		if (signingKey == null) {
			throw new IllegalStateException("Only a server signs checkpoints");
		}
		try {
			Signature signature = Signature.getInstance(ED25519);
			signature.initSign(signingKey);
			signature.update(text);
			return signature.sign();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	boolean verifies(byte[] text, byte[] signed) {
		try {
			Signature signature = Signature.getInstance(ED25519);
			signature.initVerify(publicKey);
			signature.update(text);
			return signature.verify(signed);
		}
		catch (GeneralSecurityException e) {
			return false;
		}
	}

	String publicKeyPem() {
		return KeyFiles.pem("PUBLIC KEY", publicKey.getEncoded());
	}
}
