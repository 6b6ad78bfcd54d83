-- Whether team @team exists (a live board of no team is a 404).
SELECT EXISTS (SELECT 1 FROM teams WHERE id = @team);
