-- V1: the racing schema, written to adopt the earlier Streamlit tool's databases.
-- That tool created these tables itself (LEGACY.md), so every statement creates only
-- what is missing: existing rows, extra columns and unrelated tables are left alone.

CREATE TABLE IF NOT EXISTS teams (
    id         serial PRIMARY KEY,
    name       varchar(255) NOT NULL UNIQUE,
    created_at timestamp DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE IF NOT EXISTS racer_profiles (
    id         serial PRIMARY KEY,
    team_id    integer REFERENCES teams (id) ON DELETE SET NULL,
    name       varchar(255) NOT NULL,
    email      varchar(255),
    facebook   varchar(255),
    instagram  varchar(255),
    sponsors   text[] DEFAULT '{}',
    created_at timestamp DEFAULT CURRENT_TIMESTAMP,
    updated_at timestamp DEFAULT CURRENT_TIMESTAMP
);
-- Early builds of the earlier tool lacked some columns; add the ones Pitwall reads.
ALTER TABLE racer_profiles ADD COLUMN IF NOT EXISTS email      varchar(255);
ALTER TABLE racer_profiles ADD COLUMN IF NOT EXISTS facebook   varchar(255);
ALTER TABLE racer_profiles ADD COLUMN IF NOT EXISTS instagram  varchar(255);
ALTER TABLE racer_profiles ADD COLUMN IF NOT EXISTS sponsors   text[] DEFAULT '{}';
ALTER TABLE racer_profiles ADD COLUMN IF NOT EXISTS created_at timestamp DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE racer_profiles ADD COLUMN IF NOT EXISTS updated_at timestamp DEFAULT CURRENT_TIMESTAMP;

CREATE TABLE IF NOT EXISTS vehicles (
    id             serial PRIMARY KEY,
    profile_id     integer NOT NULL REFERENCES racer_profiles (id) ON DELETE CASCADE,
    brand          varchar(100) NOT NULL,
    model          varchar(100) NOT NULL,
    nickname       varchar(255),
    transponder    varchar(100),
    baseline_setup jsonb DEFAULT '{}',
    created_at     timestamp DEFAULT CURRENT_TIMESTAMP,
    updated_at     timestamp DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (profile_id, brand, model)
);
ALTER TABLE vehicles ADD COLUMN IF NOT EXISTS nickname       varchar(255);
ALTER TABLE vehicles ADD COLUMN IF NOT EXISTS transponder    varchar(100);
ALTER TABLE vehicles ADD COLUMN IF NOT EXISTS baseline_setup jsonb DEFAULT '{}';
ALTER TABLE vehicles ADD COLUMN IF NOT EXISTS created_at     timestamp DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE vehicles ADD COLUMN IF NOT EXISTS updated_at     timestamp DEFAULT CURRENT_TIMESTAMP;

-- Racing sessions (practice, qualifier, main), not browser sessions.
CREATE TABLE IF NOT EXISTS sessions (
    id                serial PRIMARY KEY,
    profile_id        integer NOT NULL REFERENCES racer_profiles (id) ON DELETE CASCADE,
    vehicle_id        integer NOT NULL REFERENCES vehicles (id) ON DELETE CASCADE,
    session_name      varchar(255),
    session_type      varchar(50) NOT NULL DEFAULT 'Practice',
    session_date      date DEFAULT CURRENT_DATE,
    track_name        varchar(255),
    track_size        varchar(50),
    traction          varchar(50),
    surface_type      varchar(50),
    surface_condition varchar(50),
    racing_classes    text[],
    actual_setup      jsonb DEFAULT '{}',
    weather           jsonb,
    liverc_url        varchar(500),
    status            varchar(50) DEFAULT 'active',
    device_info       varchar(255),
    last_updated      timestamp DEFAULT CURRENT_TIMESTAMP,
    created_at        timestamp DEFAULT CURRENT_TIMESTAMP,
    updated_at        timestamp DEFAULT CURRENT_TIMESTAMP
);
ALTER TABLE sessions ADD COLUMN IF NOT EXISTS session_name      varchar(255);
ALTER TABLE sessions ADD COLUMN IF NOT EXISTS session_date      date DEFAULT CURRENT_DATE;
ALTER TABLE sessions ADD COLUMN IF NOT EXISTS track_name        varchar(255);
ALTER TABLE sessions ADD COLUMN IF NOT EXISTS track_size        varchar(50);
ALTER TABLE sessions ADD COLUMN IF NOT EXISTS traction          varchar(50);
ALTER TABLE sessions ADD COLUMN IF NOT EXISTS surface_type      varchar(50);
ALTER TABLE sessions ADD COLUMN IF NOT EXISTS surface_condition varchar(50);
ALTER TABLE sessions ADD COLUMN IF NOT EXISTS actual_setup      jsonb DEFAULT '{}';
ALTER TABLE sessions ADD COLUMN IF NOT EXISTS status            varchar(50) DEFAULT 'active';
ALTER TABLE sessions ADD COLUMN IF NOT EXISTS last_updated      timestamp DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE sessions ADD COLUMN IF NOT EXISTS created_at        timestamp DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE sessions ADD COLUMN IF NOT EXISTS updated_at        timestamp DEFAULT CURRENT_TIMESTAMP;

CREATE INDEX IF NOT EXISTS idx_vehicles_profile_id ON vehicles (profile_id);
CREATE INDEX IF NOT EXISTS idx_sessions_profile_vehicle ON sessions (profile_id, vehicle_id);
