package org.credence.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** What Prometheus reads at /actuator/prometheus: the text of one scrape, and the values of its samples. */
public record Scrape(String text) {

	/** A scrape by that caller (the administrator unless the Api says otherwise), which must be allowed. */
	public static Scrape of(Api caller) {
		Api.Response response = caller.request("GET", "/actuator/prometheus", null, null, "Accept", "text/plain");
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		return new Scrape(response.text());
	}

	/** The samples of that metric whose line holds every one of those labels, e.g. {@code uri="/api/missions"}. */
	public List<String> samples(String metric, String... labels) {
		return text.lines()
			.filter(line -> line.startsWith(metric + " ") || line.startsWith(metric + "{"))
			.filter(line -> List.of(labels).stream().allMatch(line::contains))
			.toList();
	}

	/** The value of the one sample of that metric with those labels. */
	public double value(String metric, String... labels) {
		List<String> samples = samples(metric, labels);
		assertThat(samples).as(metric + " " + List.of(labels)).hasSize(1);
		String sample = samples.get(0);
		return Double.parseDouble(sample.substring(sample.lastIndexOf(' ') + 1));
	}
}
