-- Rows its v1.8 writes where the ORP fields exist: a racer with an experience level and a
-- driving style, and its new-session insert naming both rounds columns.
INSERT INTO racer_profiles (name, email, sponsors, experience_level, driving_style)
VALUES ('Mia', '', '{}', 'Expert', 'Smooth, late apex');

INSERT INTO sessions (profile_id, vehicle_id, session_name, session_type, session_date, track_name, actual_setup, status,
                      practice_rounds, qualifying_rounds)
SELECT v.profile_id, v.id, 'Sunday rounds', 'Race', '2024-05-12', 'Thunder Alley', '{"SO_F": "500"}', 'active', 3, 2
FROM vehicles v WHERE v.brand = 'Mugen';
