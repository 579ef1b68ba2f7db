-- Per queue, how a case that lands in it gets an owner: MANUAL (claimed by hand),
-- ROUND_ROBIN over the members, LEAST_LOADED present member. last_assignee is where the
-- round robin continues.
ALTER TABLE queue
    ADD COLUMN assignment_policy VARCHAR(20) NOT NULL DEFAULT 'MANUAL',
    ADD COLUMN last_assignee     VARCHAR(100);
