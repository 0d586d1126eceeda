package org.dateline.model;

/** The dateline opening an agency story, exactly as written: place "BRDO", text "BRDO, February 13 (RIA Novosti)". */
public record Dateline(String place, String text) {}
