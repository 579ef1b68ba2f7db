-- Scheduled work that every node schedules but one node at a time should do holds its row here for
-- its transaction (SELECT … FOR UPDATE SKIP LOCKED): the others skip that turn.
CREATE TABLE job_lock (
    name VARCHAR(40) NOT NULL PRIMARY KEY
) ENGINE=InnoDB;
INSERT INTO job_lock (name) VALUES ('retention');
