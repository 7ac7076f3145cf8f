package org.credence.host;

import java.util.List;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/** Refuses to start with a configured member state that is not an ISO 3166-1 code. */
@Component
class HostMembersCheck implements SmartInitializingSingleton {

	private final Host host;

	private final States states;

	HostMembersCheck(Host host, States states) {
		this.host = host;
		this.states = states;
	}

	@Override
	public void afterSingletonsInstantiated() {
		List<String> unknown = host.members().stream().map(Host.Member::state).filter(code -> !states.exists(code)).toList();
		if (!unknown.isEmpty()) {
			throw new IllegalStateException("credence.host.members names unknown ISO 3166-1 alpha-3 codes: " + unknown);
		}
	}
}
