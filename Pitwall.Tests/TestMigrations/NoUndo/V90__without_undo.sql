-- A migration with no U90 beside it: rollback must refuse to pass it.
CREATE TABLE no_undo_marker (id int);
