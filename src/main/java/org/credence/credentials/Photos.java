package org.credence.credentials;

import java.util.Arrays;

import com.lowagie.text.Image;

import org.springframework.stereotype.Component;

import org.credence.problem.ProblemException;

/**
 * A holder's photo is taken as JPEG or PNG only, known by its first bytes rather than by what the
 * client calls it, and only if the card's PDF can then read it.
 */
@Component
class Photos {

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private final CredentialSettings settings;

	Photos(CredentialSettings settings) {
		this.settings = settings;
	}

	/** The media type of the photo, or an invalid-input problem naming the field {@code photo}. */
	String typeOf(byte[] photo) {
		if (photo == null || photo.length == 0) {
			throw ProblemException.invalid("photo", "must not be empty");
		}
		if (photo.length > settings.maxPhotoBytes()) {
			throw ProblemException.invalid("photo", "must be at most " + settings.maxPhotoBytes() + " bytes, not "
					+ photo.length);
		}
		String type = startsWith(photo, JPEG) ? "image/jpeg" : startsWith(photo, PNG) ? "image/png" : null;
		if (type == null) {
			throw ProblemException.invalid("photo", "must be a JPEG or PNG image");
		}
		try {
			Image.getInstance(photo);
		}
		catch (Exception e) {
			throw ProblemException.invalid("photo", "is not a readable " + (type.equals("image/png") ? "PNG" : "JPEG")
					+ " image");
		}
		return type;
	}

	private static boolean startsWith(byte[] bytes, byte[] magic) {
		return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
	}
}
