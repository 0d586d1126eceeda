/**
 * Stage 2, cleaning: a {@link org.dateline.read.RawPage} becomes a {@link org.dateline.clean.CleanArticle}, the
 * article a reader sees. {@link org.dateline.clean.PageCleaner} routes plain text to
 * {@link org.dateline.clean.TextCleaner} (line rules: position above the headline, sentence shape, repetition,
 * script, known chrome shapes in {@link org.dateline.clean.Chrome}) and HTML to
 * {@link org.dateline.clean.HtmlCleaner} (visible text of the DOM, block scoring by text, commas, link density and
 * class/id hints, the best container climbed to the ancestor holding the whole article; the standfirst above it kept
 * when it is the page's own description; a JSON-LD articleBody, appended to the source text, when the visible page
 * holds hardly any of the article). Nothing is rewritten: body
 * paragraphs are spans of the source text (the file for text, the visible text for HTML), every dropped line or
 * block is a {@link org.dateline.model.Removal} with a stable reason code. Metadata leaves in
 * {@link org.dateline.clean.ArticleMeta}; publication dates leave as {@link org.dateline.clean.DateHint}s in the
 * page's own local calendar (see {@link org.dateline.clean.Dates}) for the dater to weigh.
 */
package org.dateline.clean;
