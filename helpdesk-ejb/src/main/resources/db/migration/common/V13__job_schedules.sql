-- How often each batch job runs; administrators change it in the operator console.

CREATE TABLE job_schedule (
    job_name       VARCHAR(80) PRIMARY KEY,
    every_minutes  INTEGER NOT NULL,
    enabled        BOOLEAN NOT NULL,
    version        BIGINT NOT NULL,
    CONSTRAINT ck_job_schedule_minutes CHECK (every_minutes BETWEEN 1 AND 10080)
);

INSERT INTO job_schedule (job_name, every_minutes, enabled, version) VALUES ('sla-evaluation', 5, TRUE, 0);
