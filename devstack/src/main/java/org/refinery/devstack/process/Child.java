package org.refinery.devstack.process;

/** A started child process and how it was started. */
public record Child(ProcessSpec spec, Process process) {

	public String name() {
		return spec.name();
	}

}
