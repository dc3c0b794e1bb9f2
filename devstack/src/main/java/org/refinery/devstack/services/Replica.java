package org.refinery.devstack.services;

import java.util.ArrayList;
import java.util.List;

/**
 * One process of the fleet: a module (a service's or the gateway's) and which of its replicas,
 * counted from 1. Replica 1 keeps the module's name, so a stack of one replica looks as it always
 * did; replica i is {@code <module>-i}, e.g. backlog-service-2 or gateway-2.
 */
record Replica(String module, int number) {

	static String name(String module, int number) {
		return number == 1 ? module : module + "-" + number;
	}

	static List<String> names(String module, int replicas) {
		var names = new ArrayList<String>();
		for (int number = 1; number <= replicas; number++) {
			names.add(name(module, number));
		}
		return names;
	}

	/** Which component and which replica a process name stands for, among {@code replicas} of each. */
	static Replica named(String name, int replicas) {
		for (String module : modules()) {
			for (int number = 1; number <= replicas; number++) {
				if (name(module, number).equals(name)) {
					return new Replica(module, number);
				}
			}
		}
		throw new IllegalArgumentException("Unknown service " + name);
	}

	/** The services' modules and the gateway's. */
	static List<String> modules() {
		var modules = new ArrayList<>(ServiceFleet.modules());
		modules.add(ServiceFleet.GATEWAY);
		return modules;
	}

	boolean gateway() {
		return ServiceFleet.GATEWAY.equals(module);
	}

	RefineryService service() {
		return ServiceFleet.service(module);
	}

}
