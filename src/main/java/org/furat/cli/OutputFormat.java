package org.furat.cli;

/** How list commands print: aligned columns for people, JSON or CSV for programs. */
public enum OutputFormat { table, json, csv }
