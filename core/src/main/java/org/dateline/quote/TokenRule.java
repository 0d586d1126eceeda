package org.dateline.quote;

/**
 * A rule over one token of a parsed sentence, tried in the order {@link QuoteFinder} lists. Rules read the
 * {@link Context}, add to the {@link Findings} and keep no state of their own.
 */
interface TokenRule {
  /** Looks at token {@code i} of {@code tree}; true when the rule took the token, so the rules after it skip it. */
  boolean apply(Context c, Findings f, Tree tree, int i);
}
