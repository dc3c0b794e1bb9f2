package org.refinery.backlog.session.web;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/** An emitter that keeps what was written to it, and whose client can leave: then every write fails as Tomcat's does. */
class RecordingEmitter extends SseEmitter {

	final List<String> written = new CopyOnWriteArrayList<>();

	volatile boolean departed;

	volatile boolean completed;

	@Override
	public void send(SseEventBuilder event) throws IOException {
		if (departed) {
			throw new IOException("Broken pipe");
		}
		written.add(event.build().stream().map(part -> String.valueOf(part.getData())).collect(Collectors.joining()));
	}

	@Override
	public void complete() {
		completed = true;
	}

	@Override
	public void completeWithError(Throwable failure) {
		completed = true;
	}

	/** The lines of every write, the last write last. */
	List<String> lines() {
		return written.stream().flatMap(String::lines).toList();
	}

}
