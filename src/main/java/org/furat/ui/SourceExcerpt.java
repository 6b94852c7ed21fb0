package org.furat.ui;

import org.furat.model.Evidence;
import org.furat.model.Source;

/** A source to show and the evidence span in it to highlight. */
record SourceExcerpt(Source source, Evidence evidence) {}
