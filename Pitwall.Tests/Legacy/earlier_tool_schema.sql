-- The earlier Streamlit tool's schema file (its v2), as its users ran it with psql, following
-- its Railway guide. Its catalog equals ../shared/legacy/schema-v2-*.tsv column for column,
-- constraint for constraint, index for index and trigger for trigger (EarlierToolSchemaTests
-- compares them). Kept with its traits: the timestamp trigger that sets last_updated on
-- tables without it, the nullable is_default with its own index idx_profiles_is_default, and
-- 'Default Racer' inserted on every run (ON CONFLICT DO NOTHING on a table without a unique
-- name). IS_DEFAULT_COLUMN / IS_DEFAULT_INDEX are cut out for the older file without the flag.

CREATE TABLE IF NOT EXISTS teams (
    id SERIAL PRIMARY KEY,
    name VARCHAR(255) NOT NULL UNIQUE,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE IF NOT EXISTS racer_profiles (
    id SERIAL PRIMARY KEY,
    team_id INTEGER REFERENCES teams(id) ON DELETE SET NULL,
    name VARCHAR(255) NOT NULL,
    email VARCHAR(255),
    facebook VARCHAR(255),
    instagram VARCHAR(255),
    sponsors TEXT[] DEFAULT '{}',
    is_default BOOLEAN DEFAULT FALSE, -- IS_DEFAULT_COLUMN
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE IF NOT EXISTS vehicles (
    id SERIAL PRIMARY KEY,
    profile_id INTEGER NOT NULL REFERENCES racer_profiles(id) ON DELETE CASCADE,
    brand VARCHAR(100) NOT NULL,
    model VARCHAR(100) NOT NULL,
    nickname VARCHAR(255),
    transponder VARCHAR(100),
    baseline_setup JSONB DEFAULT '{}',
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    UNIQUE(profile_id, brand, model)
);

CREATE TABLE IF NOT EXISTS sessions (
    id SERIAL PRIMARY KEY,
    profile_id INTEGER NOT NULL REFERENCES racer_profiles(id) ON DELETE CASCADE,
    vehicle_id INTEGER NOT NULL REFERENCES vehicles(id) ON DELETE CASCADE,
    session_name VARCHAR(255),
    session_type VARCHAR(50) NOT NULL DEFAULT 'Practice',
    session_date DATE DEFAULT CURRENT_DATE,
    track_name VARCHAR(255),
    track_size VARCHAR(50),
    traction VARCHAR(50),
    surface_type VARCHAR(50),
    surface_condition VARCHAR(50),
    racing_classes TEXT[],
    actual_setup JSONB DEFAULT '{}',
    weather JSONB,
    liverc_url VARCHAR(500),
    status VARCHAR(50) DEFAULT 'active',
    device_info VARCHAR(255),
    last_updated TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE IF NOT EXISTS setup_changes (
    id SERIAL PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    parameter VARCHAR(100) NOT NULL,
    old_value VARCHAR(255),
    new_value VARCHAR(255),
    source VARCHAR(50) DEFAULT 'ai',
    ai_reasoning TEXT,
    status VARCHAR(50) DEFAULT 'pending',
    lap_time_before DECIMAL(10,3),
    lap_time_after DECIMAL(10,3),
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    decided_at TIMESTAMP
);

CREATE TABLE IF NOT EXISTS master_library (
    id SERIAL PRIMARY KEY,
    track_name VARCHAR(255) NOT NULL,
    track_size VARCHAR(50),
    traction VARCHAR(50),
    surface_type VARCHAR(50),
    surface_condition VARCHAR(50),
    brand VARCHAR(100) NOT NULL,
    vehicle_model VARCHAR(100) NOT NULL,
    setup JSONB NOT NULL,
    source VARCHAR(255) DEFAULT 'User Upload',
    submitted_by INTEGER REFERENCES racer_profiles(id),
    driver_name VARCHAR(255),
    event_name VARCHAR(255),
    verified BOOLEAN DEFAULT FALSE,
    upvotes INTEGER DEFAULT 0,
    date_created DATE DEFAULT CURRENT_DATE,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE IF NOT EXISTS race_results (
    id SERIAL PRIMARY KEY,
    session_id INTEGER REFERENCES sessions(id) ON DELETE CASCADE,
    profile_id INTEGER NOT NULL REFERENCES racer_profiles(id) ON DELETE CASCADE,
    heat_name VARCHAR(255),
    race_class VARCHAR(255),
    position INTEGER,
    laps_completed INTEGER,
    total_time INTERVAL,
    best_lap DECIMAL(10,3),
    average_lap DECIMAL(10,3),
    consistency DECIMAL(10,3),
    lap_times JSONB,
    liverc_event_id VARCHAR(100),
    liverc_driver_id VARCHAR(100),
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE IF NOT EXISTS media (
    id SERIAL PRIMARY KEY,
    session_id INTEGER REFERENCES sessions(id) ON DELETE CASCADE,
    profile_id INTEGER NOT NULL REFERENCES racer_profiles(id) ON DELETE CASCADE,
    filename VARCHAR(255) NOT NULL,
    file_type VARCHAR(50),
    file_url VARCHAR(500),
    file_size INTEGER,
    media_type VARCHAR(50),
    description TEXT,
    ai_analysis JSONB,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE IF NOT EXISTS pit_wall_messages (
    id SERIAL PRIMARY KEY,
    team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    profile_id INTEGER NOT NULL REFERENCES racer_profiles(id) ON DELETE CASCADE,
    session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
    message TEXT NOT NULL,
    message_type VARCHAR(50) DEFAULT 'note',
    data JSONB,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE IF NOT EXISTS theory_documents (
    id SERIAL PRIMARY KEY,
    filename VARCHAR(255) NOT NULL UNIQUE,
    title VARCHAR(255),
    category VARCHAR(100),
    content TEXT,
    author VARCHAR(255),
    source VARCHAR(255),
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE IF NOT EXISTS activity_log (
    id SERIAL PRIMARY KEY,
    profile_id INTEGER REFERENCES racer_profiles(id) ON DELETE SET NULL,
    session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
    action VARCHAR(100) NOT NULL,
    details JSONB,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX IF NOT EXISTS idx_profiles_team ON racer_profiles(team_id);
CREATE INDEX IF NOT EXISTS idx_profiles_is_default ON racer_profiles(is_default) WHERE is_default = TRUE; -- IS_DEFAULT_INDEX
CREATE INDEX IF NOT EXISTS idx_vehicles_profile ON vehicles(profile_id);
CREATE INDEX IF NOT EXISTS idx_vehicles_brand_model ON vehicles(brand, model);
CREATE INDEX IF NOT EXISTS idx_vehicles_setup ON vehicles USING GIN (baseline_setup);
CREATE INDEX IF NOT EXISTS idx_sessions_profile ON sessions(profile_id);
CREATE INDEX IF NOT EXISTS idx_sessions_vehicle ON sessions(vehicle_id);
CREATE INDEX IF NOT EXISTS idx_sessions_date ON sessions(session_date DESC);
CREATE INDEX IF NOT EXISTS idx_sessions_track ON sessions(track_name);
CREATE INDEX IF NOT EXISTS idx_sessions_status ON sessions(status);
CREATE INDEX IF NOT EXISTS idx_sessions_profile_status ON sessions(profile_id, status);
CREATE INDEX IF NOT EXISTS idx_sessions_draft_updated ON sessions(profile_id, last_updated DESC) WHERE status = 'draft';
CREATE INDEX IF NOT EXISTS idx_sessions_setup ON sessions USING GIN (actual_setup);
CREATE INDEX IF NOT EXISTS idx_changes_session ON setup_changes(session_id);
CREATE INDEX IF NOT EXISTS idx_changes_status ON setup_changes(status);
CREATE INDEX IF NOT EXISTS idx_library_track ON master_library(track_name);
CREATE INDEX IF NOT EXISTS idx_library_vehicle ON master_library(brand, vehicle_model);
CREATE INDEX IF NOT EXISTS idx_library_setup ON master_library USING GIN (setup);
CREATE INDEX IF NOT EXISTS idx_results_session ON race_results(session_id);
CREATE INDEX IF NOT EXISTS idx_results_profile ON race_results(profile_id);
CREATE INDEX IF NOT EXISTS idx_media_session ON media(session_id);
CREATE INDEX IF NOT EXISTS idx_media_type ON media(media_type);
CREATE INDEX IF NOT EXISTS idx_pitwall_team ON pit_wall_messages(team_id);
CREATE INDEX IF NOT EXISTS idx_pitwall_created ON pit_wall_messages(created_at DESC);
CREATE INDEX IF NOT EXISTS idx_theory_category ON theory_documents(category);
CREATE INDEX IF NOT EXISTS idx_activity_profile ON activity_log(profile_id);
CREATE INDEX IF NOT EXISTS idx_activity_created ON activity_log(created_at DESC);

CREATE OR REPLACE FUNCTION update_updated_at()
RETURNS TRIGGER AS $$
BEGIN
    NEW.updated_at = CURRENT_TIMESTAMP;
    NEW.last_updated = CURRENT_TIMESTAMP;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

DROP TRIGGER IF EXISTS racer_profiles_updated_at ON racer_profiles;
CREATE TRIGGER racer_profiles_updated_at BEFORE UPDATE ON racer_profiles
    FOR EACH ROW EXECUTE FUNCTION update_updated_at();
DROP TRIGGER IF EXISTS vehicles_updated_at ON vehicles;
CREATE TRIGGER vehicles_updated_at BEFORE UPDATE ON vehicles
    FOR EACH ROW EXECUTE FUNCTION update_updated_at();
DROP TRIGGER IF EXISTS sessions_updated_at ON sessions;
CREATE TRIGGER sessions_updated_at BEFORE UPDATE ON sessions
    FOR EACH ROW EXECUTE FUNCTION update_updated_at();

INSERT INTO racer_profiles (name, email, sponsors)
VALUES ('Default Racer', 'default@apex.local', '{AGR Labs,Tekno RC}')
ON CONFLICT DO NOTHING;
