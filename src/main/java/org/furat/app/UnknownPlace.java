package org.furat.app;

/** A place a report names ("قرية الشحيل الصغيرة") that the gazetteer lacks; the analyst may pick it on the map. */
public record UnknownPlace(String name, int start, int end) {}
