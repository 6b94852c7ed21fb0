package org.furat.ui;

import org.furat.model.Deletion;
import org.furat.model.Incident;

/**
 * An incident with the lines the incident list shows, worked out once off the FX thread; {@code deletion} is null
 * unless the incident is deleted (listed only while deleted incidents are shown).
 */
record IncidentRow(Incident incident, String when, String what, String who, String toll, String role, Deletion deletion) {}
