-- Departments, categories and statuses are arranged by hand: a position (1 the first) orders every list and menu,
-- the name next. Existing rows start in the order they were shown until now, by name. Portable SQL (PostgreSQL, H2).

ALTER TABLE department ADD COLUMN position INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE category ADD COLUMN position INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE ticket_status ADD COLUMN position INTEGER DEFAULT 0 NOT NULL;

UPDATE department SET position = (SELECT COUNT(*) FROM department other
    WHERE other.name < department.name OR (other.name = department.name AND other.id <= department.id));
UPDATE category SET position = (SELECT COUNT(*) FROM category other WHERE other.department_id = category.department_id
    AND (other.name < category.name OR (other.name = category.name AND other.id <= category.id)));
UPDATE ticket_status SET position = (SELECT COUNT(*) FROM ticket_status other
    WHERE other.department_id = ticket_status.department_id
    AND (other.name < ticket_status.name OR (other.name = ticket_status.name AND other.id <= ticket_status.id)));
