package org.refinery.devstack.seed;

import java.util.List;

/** The readiness rules a product enables plus its own checklist (stable code and question). */
record DefinitionOfReady(List<String> rules, List<Check> checklist) {

	record Check(String code, String text) {
	}

}
