-- Exports carry the casualty ranges and the source's outlet and URL on every row; the incident_locations
-- layer gains them, filled in for the rows already there.
ALTER TABLE incident_locations ADD COLUMN killed_low INTEGER;
ALTER TABLE incident_locations ADD COLUMN killed_high INTEGER;
ALTER TABLE incident_locations ADD COLUMN injured_low INTEGER;
ALTER TABLE incident_locations ADD COLUMN injured_high INTEGER;
ALTER TABLE incident_locations ADD COLUMN outlet TEXT;
ALTER TABLE incident_locations ADD COLUMN url TEXT;

UPDATE incident_locations SET
  killed_low = (SELECT killed_low FROM incidents WHERE id = incident_locations.incident_id),
  killed_high = (SELECT killed_high FROM incidents WHERE id = incident_locations.incident_id),
  injured_low = (SELECT injured_low FROM incidents WHERE id = incident_locations.incident_id),
  injured_high = (SELECT injured_high FROM incidents WHERE id = incident_locations.incident_id),
  outlet = (SELECT s.outlet FROM evidence e JOIN sources s ON s.id = e.source_id
            WHERE e.incident_id = incident_locations.incident_id ORDER BY e.id LIMIT 1),
  url = (SELECT s.url FROM evidence e JOIN sources s ON s.id = e.source_id
         WHERE e.incident_id = incident_locations.incident_id ORDER BY e.id LIMIT 1);
