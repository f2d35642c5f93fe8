-- A department status may let the customer finish a ticket while it is applied ("Permitir o cliente finalizar
-- chamados com esse status aplicado").
ALTER TABLE ticket_status ADD COLUMN customer_may_finish BOOLEAN DEFAULT FALSE NOT NULL;

-- A customer may manage their organization: they follow its tickets, and those of the organizations under it.
ALTER TABLE customer ADD COLUMN manages_organization BOOLEAN DEFAULT FALSE NOT NULL;
