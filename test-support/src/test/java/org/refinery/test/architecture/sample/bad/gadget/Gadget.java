package org.refinery.test.architecture.sample.bad.gadget;

import org.springframework.stereotype.Component;

/** A domain type that wrongly depends on Spring. */
@Component
public class Gadget {

	java.sql.Connection connection;

}
