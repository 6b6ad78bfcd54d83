-- A deliberately broken migration: the first statement succeeds, the second fails on
-- line 6, so the test can see both the rollback and the reported line.
CREATE TABLE broken_marker (id int);

INSERT INTO broken_marker
SELECT id FROM no_such_table;
