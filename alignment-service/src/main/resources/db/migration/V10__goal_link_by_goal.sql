-- The goals page lists the items serving one goal: its active links, found by goal.
create index goal_link_by_goal on goal_link (goal_id) where active;
