package org.dateline.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Why a piece of the source was removed as site chrome. Each reason has a short stable code, which is what the
 * record's JSON carries ({@code "reason": "navigation"}).
 */
public enum RemovalReason {
  NAVIGATION("navigation"),
  SUBSCRIBE("subscribe-prompt"),
  BROWSER("browser-notice"),
  COMMENTS("comment-widget"),
  COUNTER("counter"),
  SHARE("share-block"),
  RELATED("related-links"),
  CAPTION("caption"),
  OTHER_SCRIPT("other-script"),
  REPEATED_LEAD("repeated-lead"),
  REPEATED("repeated"),
  COPYRIGHT("copyright"),
  CREDIT("credit"),
  SITE_NAME("site-name"),
  HEADLINE("headline"),
  BYLINE("byline"),
  DATE_LINE("date-line"),
  SECTION("section"),
  LINK_LIST("link-list"),
  BOILERPLATE("boilerplate"),
  OTHER("other"),
  /** Lines after the article block of scraped text (related links, comments, footers) with no more specific shape. */
  PAGE_TAIL("after-article"),
  /** Visible text set aside because the page's own JSON-LD articleBody holds the article and the page hardly any. */
  STRUCTURED_BODY("structured-body");

  private final String code;

  RemovalReason(String code) {
    this.code = code;
  }

  @JsonValue
  public String code() {
    return code;
  }

  /** The reason with this code; an unknown code is a programming or storage error. */
  @JsonCreator
  public static RemovalReason of(String code) {
    for (RemovalReason r : values()) if (r.code.equals(code)) return r;
    throw new IllegalArgumentException("unknown removal reason '%s' (known: %s)".formatted(code,
        java.util.Arrays.stream(values()).map(RemovalReason::code).toList()));
  }

  @Override
  public String toString() {
    return code;
  }
}
