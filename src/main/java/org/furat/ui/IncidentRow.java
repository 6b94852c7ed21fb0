package org.furat.ui;

import org.furat.model.Incident;

/** An incident with the lines the incident list shows, worked out once off the FX thread. */
record IncidentRow(Incident incident, String when, String what, String who, String toll, String role) {}
