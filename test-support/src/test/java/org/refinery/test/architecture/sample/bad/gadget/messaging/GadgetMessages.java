package org.refinery.test.architecture.sample.bad.gadget.messaging;

/** A messaging adapter, where the wire format would be allowed. */
class GadgetMessages {

}
