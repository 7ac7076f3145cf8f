package org.credence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The profile json-logs writes the console log as ECS JSON, one object a line. Its own JVM, with
 * nothing but Spring Boot's logging and the application's configuration: switching the format in
 * this one would change the log of every other test.
 */
class JsonLogsTests {

	static final String MESSAGE = "One line for a log collector";

	@Test
	void theProfileJsonLogsWritesEachLineAsAnObjectOfTheElasticCommonSchema() throws Exception {
		Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), LoggingOnly.class.getName())
			.redirectErrorStream(true)
			.start();
		String output = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(jvm.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(jvm.exitValue()).as(output).isZero();

		List<String> lines = output.lines().filter(line -> line.contains(MESSAGE)).toList();
		assertThat(lines).as(output).hasSize(1);
		JsonNode line = JsonMapper.builder().build().readTree(lines.get(0));
		assertThat(line.path("message").asString()).isEqualTo(MESSAGE);
		assertThat(line.path("@timestamp").asString()).isNotBlank();
		assertThat(line.path("log").path("level").asString()).isEqualTo("WARN");
		assertThat(line.path("log").path("logger").asString()).isEqualTo(LoggingOnly.class.getName());
		assertThat(line.path("service").path("name").asString()).isEqualTo("credence");
		assertThat(line.path("ecs").path("version").asString()).isNotBlank();
	}

	/** A Spring application of no beans, started with the profile json-logs, that logs one line. */
	static final class LoggingOnly {

		public static void main(String[] args) {
			SpringApplication application = new SpringApplication(LoggingOnly.class);
			application.setWebApplicationType(WebApplicationType.NONE);
			application.setAdditionalProfiles("json-logs");
			try (ConfigurableApplicationContext context = application.run(args)) {
				LoggerFactory.getLogger(LoggingOnly.class).warn(MESSAGE);
			}
		}
	}
}
