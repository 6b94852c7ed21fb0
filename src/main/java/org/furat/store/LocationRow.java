package org.furat.store;

import java.time.LocalDate;

/**
 * One row of the incident_locations layer: an incident at one of its places, with everything an export
 * carries (dates and their precision, location precision, type, actors, casualties, status, descriptions,
 * the source's title, outlet and URL, the evidence quote, and the names and codes of the place's
 * governorate, district and sub-district). Integers are null where unknown.
 */
public record LocationRow(long incidentId, double lon, double lat, String incident, String place, String placeAr,
                          String placeEn, String role, int locationPrecision, LocalDate dateStart, LocalDate dateEnd,
                          int timePrecision, String eventType, String subEventType, String actor1, String actor2,
                          Integer killed, Integer killedLow, Integer killedHigh, Integer injured, Integer injuredLow,
                          Integer injuredHigh, String status, String descriptionEn, String descriptionAr, String source,
                          String outlet, String url, String evidence, String adm1Name, String adm1Code,
                          String adm2Name, String adm2Code, String adm3Name, String adm3Code) {}
