package org.credence.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.core.io.ClassPathResource;

import org.credence.support.Api;
import org.credence.support.Api.FilePart;

/**
 * The bundled lists, imported through the API when the test database has no current version of
 * them yet (the tests turn the first-start loading off, and other tests import versions of their own).
 */
public final class SampleListsLoaded {

	private SampleListsLoaded() {
	}

	public static void ensure(Api api) {
		var lists = api.get("/api/screening/lists").json();
		boolean ofac = false;
		boolean un = false;
		for (var list : lists) {
			boolean current = !list.path("current").isNull() && !list.path("current").isMissingNode();
			ofac |= "ofac-sdn".equals(list.path("id").asString()) && current;
			un |= "un-consolidated".equals(list.path("id").asString()) && current;
		}
		if (!ofac) {
			Api.Response imported = api.upload("/api/screening/lists/ofac-sdn/versions?published=2019-01-15",
					new FilePart("sdn", "sdn.csv", bundled("ofac-sdn/sdn.csv")),
					new FilePart("alt", "alt.csv", bundled("ofac-sdn/alt.csv")),
					new FilePart("add", "add.csv", bundled("ofac-sdn/add.csv")));
			assertThat(imported.status()).as(imported.text()).isEqualTo(201);
		}
		if (!un) {
			Api.Response imported = api.upload("/api/screening/lists/un-consolidated/versions",
					new FilePart("consolidated", "consolidated.xml", bundled("un-consolidated/consolidated.xml")));
			assertThat(imported.status()).as(imported.text()).isEqualTo(201);
		}
	}

	public static byte[] bundled(String path) {
		try (InputStream in = new ClassPathResource("watchlists/" + path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
