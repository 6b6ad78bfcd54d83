-- The earlier Streamlit tool's schema file, rebuilt from LEGACY.md ("What the real databases
-- hold"): its users ran it with psql, as its Railway guide said. Kept as that tool had it,
-- traits included: the timestamp trigger that sets last_updated on tables without it, the
-- nullable is_default with its own index idx_profiles_is_default, and 'Default Racer'
-- inserted on every run (ON CONFLICT DO NOTHING on a table without a unique name).
-- IS_DEFAULT_COLUMN / IS_DEFAULT_INDEX are cut out for the older file without the flag.

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
    session_id INTEGER REFERENCES sessions(id) ON DELETE CASCADE,
    vehicle_id INTEGER REFERENCES vehicles(id),
    parameter VARCHAR(100),
    old_value TEXT,
    new_value TEXT,
    lap_time_before NUMERIC,
    lap_time_after NUMERIC,
    source VARCHAR(50),
    status VARCHAR(50) DEFAULT 'pending',
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE IF NOT EXISTS master_library (
    id SERIAL PRIMARY KEY,
    submitted_by INTEGER REFERENCES racer_profiles(id),
    brand VARCHAR(100),
    model VARCHAR(100),
    track_name VARCHAR(255),
    traction VARCHAR(50),
    surface_condition VARCHAR(50),
    source VARCHAR(100),
    driver_name VARCHAR(255),
    event_name VARCHAR(255),
    setup JSONB DEFAULT '{}',
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE IF NOT EXISTS race_results (
    id SERIAL PRIMARY KEY,
    session_id INTEGER REFERENCES sessions(id),
    profile_id INTEGER REFERENCES racer_profiles(id),
    heat VARCHAR(100),
    position INTEGER,
    laps_completed INTEGER,
    best_lap NUMERIC,
    average_lap NUMERIC,
    total_time NUMERIC,
    consistency NUMERIC,
    lap_times JSONB,
    liverc_id VARCHAR(100),
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE IF NOT EXISTS media (
    id SERIAL PRIMARY KEY,
    session_id INTEGER REFERENCES sessions(id) ON DELETE CASCADE,
    url TEXT,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE IF NOT EXISTS pit_wall_messages (
    id SERIAL PRIMARY KEY,
    profile_id INTEGER REFERENCES racer_profiles(id),
    message TEXT,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE IF NOT EXISTS theory_documents (
    id SERIAL PRIMARY KEY,
    title VARCHAR(255),
    content TEXT,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE IF NOT EXISTS activity_log (
    id SERIAL PRIMARY KEY,
    profile_id INTEGER REFERENCES racer_profiles(id) ON DELETE SET NULL,
    action VARCHAR(255),
    details JSONB,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX IF NOT EXISTS idx_profiles_is_default ON racer_profiles(is_default) WHERE is_default = TRUE; -- IS_DEFAULT_INDEX
CREATE INDEX IF NOT EXISTS idx_vehicles_profile ON vehicles(profile_id);
CREATE INDEX IF NOT EXISTS idx_sessions_profile ON sessions(profile_id);

CREATE OR REPLACE FUNCTION update_updated_at()
RETURNS TRIGGER AS $$
BEGIN
    NEW.updated_at = NOW();
    NEW.last_updated = NOW();
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

DROP TRIGGER IF EXISTS update_racer_profiles_updated_at ON racer_profiles;
CREATE TRIGGER update_racer_profiles_updated_at BEFORE UPDATE ON racer_profiles
    FOR EACH ROW EXECUTE FUNCTION update_updated_at();
DROP TRIGGER IF EXISTS update_vehicles_updated_at ON vehicles;
CREATE TRIGGER update_vehicles_updated_at BEFORE UPDATE ON vehicles
    FOR EACH ROW EXECUTE FUNCTION update_updated_at();
DROP TRIGGER IF EXISTS update_sessions_updated_at ON sessions;
CREATE TRIGGER update_sessions_updated_at BEFORE UPDATE ON sessions
    FOR EACH ROW EXECUTE FUNCTION update_updated_at();

INSERT INTO racer_profiles (name, email, sponsors)
VALUES ('Default Racer', 'default@apex.local', '{AGR Labs,Tekno RC}')
ON CONFLICT DO NOTHING;
