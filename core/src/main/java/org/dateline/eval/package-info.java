/**
 * Measuring Dateline against gold data. Gold attributions are read from disk at run time (never shipped), system
 * statements come from the real pipeline, and both are compared as spans on the same source text.
 */
package org.dateline.eval;
