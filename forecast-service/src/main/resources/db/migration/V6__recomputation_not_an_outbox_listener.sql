-- Recomputation no longer listens through the outbox (it notes a change after commit itself), so
-- its publications would be resubmitted, on restart and by the periodic resubmission, to a
-- listener that no longer exists.
delete from event_publication
 where listener_id = 'org.refinery.forecast.forecast.application.Recomputation.on(org.refinery.forecast.backlog.BacklogChanged)';
