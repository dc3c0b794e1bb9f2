package org.refinery.devstack.cli;

import org.refinery.devstack.Devstack;
import org.refinery.devstack.DevstackSettings;
import org.refinery.devstack.ports.PortUnavailable;
import org.refinery.devstack.process.Progress;
import org.refinery.devstack.process.StackStopped;
import org.refinery.devstack.process.StartFailed;
import org.refinery.devstack.seed.SeedingFailed;
import org.refinery.devstack.state.StateFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * {@code up}: start everything, print where to go, then watch until a signal stops the stack,
 * serving {@code ./refinery restart} requests meanwhile.
 */
final class UpCommand {

	private final DevstackSettings settings;

	private final boolean fresh;

	UpCommand(Path repositoryRoot, Arguments arguments) {
		this.settings = SettingsArguments.apply(repositoryRoot, arguments);
		this.fresh = arguments.flag("--fresh");
	}

	int run() {
		Progress progress = Progress.console();
		if (fresh && !wipe(progress)) {
			return 1;
		}
		Devstack stack = Devstack.prepare(settings, progress).stopOnJvmExit();
		try {
			stack.start();
		}
		catch (PortUnavailable | StartFailed | SeedingFailed ex) {
			System.err.println("error: " + ex.getMessage());
			return 1;
		}
		catch (StackStopped ex) {
			return 130;
		}
		catch (RuntimeException ex) {
			System.err.println("error: the devstack did not start: " + ex);
			return 1;
		}
		System.gc(); // the start's garbage (seeding, admin clients) goes before the launcher idles
		Banner.print(stack, System.out);
		Thread.ofVirtual().name("restart-requests").start(() -> new RestartRequests(settings.dataDirectory())
			.serve(stack.state().startedAt(), stack::stopping, component -> {
				progress.info(component, "restarting (./refinery restart)");
				stack.restart(component);
			}));
		new StatusStream(stack, System.out).follow();
		return 0;
	}

	private boolean wipe(Progress progress) {
		var running = new StateFile(settings.dataDirectory()).read().filter(state -> state.launcherAlive());
		if (running.isPresent()) {
			System.err.printf("error: a devstack runs from %s (launcher pid %d); ./refinery down first%n",
					settings.dataDirectory(), running.get().launcherPid());
			return false;
		}
		if (Files.exists(settings.dataDirectory().resolve("postgres").resolve("postmaster.pid"))) {
			new DownCommand(settings).run();
		}
		try (Stream<Path> paths = Files.walk(settings.dataDirectory())) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
			progress.info("devstack", "wiped " + settings.dataDirectory() + " (--fresh)");
		}
		catch (java.nio.file.NoSuchFileException ex) {
			return true;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return true;
	}

}
