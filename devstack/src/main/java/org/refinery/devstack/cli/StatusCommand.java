package org.refinery.devstack.cli;

import org.refinery.devstack.DevstackSettings;
import org.refinery.devstack.process.Restarts;
import org.refinery.devstack.state.ComponentHealth;
import org.refinery.devstack.state.ComponentState;
import org.refinery.devstack.state.StackState;
import org.refinery.devstack.state.StateFile;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code status}: each component's URL, management URL, PID and health, and what the crash
 * recovery did about it (restarts, last exit code and restart time, whether it gave up), as a
 * table or as JSON.
 */
final class StatusCommand {

	private final DevstackSettings settings;

	private final boolean json;

	StatusCommand(DevstackSettings settings, boolean json) {
		this.settings = settings;
		this.json = json;
	}

	int run() {
		Optional<StackState> state = new StateFile(settings.dataDirectory()).read();
		if (json) {
			System.out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
				.writeValueAsString(document(state)));
			return state.isPresent() ? 0 : 3;
		}
		if (state.isEmpty()) {
			System.out.println("No devstack is running from " + settings.dataDirectory() + " (start one with ./refinery up)");
			return 3;
		}
		StackState stack = state.get();
		System.out.printf("devstack: %s, launcher pid %d%s, started %s%n", stack.phase(), stack.launcherPid(),
				stack.launcherAlive() ? "" : " (GONE: run ./refinery down to clean up)", stack.startedAt());
		System.out.printf("%-20s %-8s %-8s %-8s %-40s %s%n", "COMPONENT", "HEALTH", "PID", "RESTARTS", "URL",
				"MANAGEMENT");
		for (ComponentState component : stack.components()) {
			System.out.printf("%-20s %-8s %-8s %-8s %-40s %s%n", component.name(), ComponentHealth.of(component),
					component.pid() > 0 ? component.pid() : "-", component.restarts().count(), component.url(),
					component.management() == null ? "-" : component.management());
		}
		stack.components().stream().filter(component -> component.restarts().lastExitCode() != null)
			.forEach(component -> System.out.println(crashes(component)));
		return 0;
	}

	/** For example: {@code backlog-service crashed with exit code 137; last restart 2026-...; gave up}. */
	private static String crashes(ComponentState component) {
		Restarts restarts = component.restarts();
		String restarted = restarts.lastRestartAt() == null ? "not restarted yet"
				: "last restart " + restarts.lastRestartAt();
		return "%s last crashed with exit code %d; %s; %d crash(es) in a row%s".formatted(component.name(),
				restarts.lastExitCode(), restarted, restarts.crashesInARow(),
				restarts.gaveUp() ? "; GAVE UP restarting it (./refinery restart " + component.name() + ")" : "");
	}

	private Map<String, Object> document(Optional<StackState> state) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("dataDirectory", settings.dataDirectory().toString());
		document.put("running", state.map(StackState::launcherAlive).orElse(false));
		state.ifPresent(stack -> {
			document.put("launcherPid", stack.launcherPid());
			document.put("phase", stack.phase());
			document.put("startedAt", stack.startedAt().toString());
			List<Map<String, Object>> components = stack.components().stream().map(component -> {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("name", component.name());
				entry.put("url", component.url());
				entry.put("management", component.management());
				entry.put("pid", component.pid());
				entry.put("health", ComponentHealth.of(component));
				entry.put("log", component.log());
				entry.put("restarts", component.restarts().count());
				entry.put("lastExitCode", component.restarts().lastExitCode());
				entry.put("lastRestartAt", Objects.toString(component.restarts().lastRestartAt(), null));
				entry.put("restartGaveUp", component.restarts().gaveUp());
				return entry;
			}).toList();
			document.put("components", components);
		});
		return document;
	}

}
