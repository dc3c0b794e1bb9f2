-- Ranks lengthen when one gap is hammered by moves; leave room well past Ranks.MAX_LENGTH.
alter table item alter column rank type varchar(255) collate "C";
