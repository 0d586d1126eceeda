/**
 * The HTTP face of the store: a JSON API under {@code /api} (documented in docs/api.md) and the web UI (plain
 * HTML/CSS/JS from the classpath folder {@code web/}, no CDN). Handlers only parse parameters and call
 * {@link org.dateline.store.Queries}; one place ({@link org.dateline.web.WebServer}) maps failures to JSON errors
 * with stable codes. Every response carries a strict Content-Security-Policy: article text is untrusted.
 */
package org.dateline.web;
