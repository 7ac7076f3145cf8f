package org.credence.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * The keys the database does not hold: the MAC key every entry is signed with when it is written,
 * and the Ed25519 key pair of the checkpoints. Read from the configured files, or generated in the
 * key folder at the first start. The command line only reads them, and needs only the public key.
 */
@Component
class JournalKeys {

	static final String ED25519 = "Ed25519";

	private final SecretKeySpec macKey;

	private final PrivateKey signingKey;

	private final PublicKey publicKey;

	JournalKeys(JournalProperties properties) {
		this.macKey = new SecretKeySpec(KeyFiles.macKey(properties), "HmacSHA256");
		Path privateFile = properties.signingKeyPath();
		Path publicFile = properties.publicKeyPath();
		if (!Files.exists(publicFile) && properties.mayCreate(properties.signingKeyFile())) {
			KeyFiles.generateKeyPair(privateFile, publicFile);
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
