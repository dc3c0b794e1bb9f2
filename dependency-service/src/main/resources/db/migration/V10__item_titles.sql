-- Item titles in the backlog read model, for the dependency export (issue 20): people read the
-- file without looking every key up. Items whose last event came before this column stay without
-- a title until their next event.
alter table backlog_item add column title varchar(300);
