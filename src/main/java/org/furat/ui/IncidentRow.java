package org.furat.ui;

import org.furat.model.Deletion;
import org.furat.model.Incident;

/**
 * An incident with the text the incident table and its card show, worked out once off the FX thread: {@code role} is
 * its role at the one chosen place (or its places' names when none is chosen), {@code places} always its places' names;
 * {@code deletion} is null unless the incident is deleted (listed only while deleted incidents are shown).
 */
record IncidentRow(Incident incident, String when, String what, String who, String toll, String role, String places,
                   Deletion deletion) {}
