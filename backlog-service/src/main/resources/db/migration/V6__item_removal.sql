-- A removed item keeps why it was removed and the status it returns to when restored.
alter table item add column removed_reason varchar(1000);
alter table item add column status_before_removal varchar(14);
