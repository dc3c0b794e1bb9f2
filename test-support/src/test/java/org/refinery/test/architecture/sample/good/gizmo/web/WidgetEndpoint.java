package org.refinery.test.architecture.sample.good.gizmo.web;

import org.refinery.test.architecture.sample.good.gizmo.Widget;
import org.springframework.stereotype.Component;

/** An adapter may use Spring. */
@Component
class WidgetEndpoint {

	Widget widget() {
		return new Widget("w");
	}

}
