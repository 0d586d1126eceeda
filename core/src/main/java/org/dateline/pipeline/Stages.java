package org.dateline.pipeline;

import org.dateline.clean.Cleaner;
import org.dateline.nlp.Nlp;
import org.dateline.people.SpeakerResolver;
import org.dateline.quote.StatementFinder;
import org.dateline.time.Dater;
import org.dateline.time.TimeTagger;

/** The stages of one pipeline, in order. Configuration is this final record; stages are stateless. */
public record Stages(Cleaner cleaner, Dater dater, Nlp nlp, StatementFinder statements, SpeakerResolver speakers,
    TimeTagger times) {}
