package org.refinery.dependency.session.application;

import org.refinery.dependency.session.RefinementSession;
import org.refinery.dependency.session.RefinementSessions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the read model of refinement sessions at the newest version each session event announced. */
@Service
public class SessionReadModel {

	private final RefinementSessions sessions;

	SessionReadModel(RefinementSessions sessions) {
		this.sessions = sessions;
	}

	/** Stores the session's state if it is newer than what is held; answers whether it was. */
	@Transactional
	public boolean apply(RefinementSession incoming) {
		return incoming.supersedes(sessions.byId(incoming.id())) && sessions.save(incoming);
	}

}
