-- Work-shift access (D4): the shift an agent may use the help desk in; null leaves the agent unbound.
ALTER TABLE agent ADD COLUMN access_shift_id BIGINT REFERENCES work_shift (id);
