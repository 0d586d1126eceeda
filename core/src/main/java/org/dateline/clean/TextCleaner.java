package org.dateline.clean;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.BodyText;
import org.dateline.model.Removal;
import org.dateline.model.RemovalReason;
import org.dateline.model.Span;
import org.dateline.read.RawPage;

/**
 * Cleans scraped plain text line by line. The article starts at its first sentence-shaped line (the lead); the
 * headline is the last title-shaped line before it, and everything above the headline is site chrome (site name,
 * navigation, section lines and blurbs, prompts). Between headline and lead sit byline, date line, a staff credit, a
 * standfirst. In the body, lines are removed only by shape (credits and the caption under them, share, comment and
 * related blocks, counters, copyright, another script than the article's), and the chrome tail that starts at a
 * share, comment or related header. Kept lines stay verbatim slices of the source; consecutive kept lines of one
 * paragraph stay one paragraph, and a page that writes one paragraph per line gets one per line: the paragraphs are
 * decided here, once, for every stage after. The rules live in small classes applied in this order: {@link TextLine}
 * (lines and their shapes), {@link TextRules} (block, lead, headline), the classifier ({@link LineFeatures},
 * {@link LineModel}, {@link LineDecision}) where the text is a scraped page, {@link TextHeader} (the lines above the
 * lead), {@link TextBody} (the article's lines, its paragraphs), {@link Datelines}, {@link Outlets}.
 */
public final class TextCleaner implements Cleaner {

  /** The line classifier that decides body and headline, or null for the rules alone. */
  private final LineModel model;
  private final LineDecision decision;

  /** The cleaner with the shipped line model ({@link LineModel#shipped()}). */
  public TextCleaner() {
    this(LineModel.shipped());
  }

  /** A cleaner deciding body and headline with {@code model}, or by the rules alone when it is null. */
  public TextCleaner(LineModel model) {
    this(model, LineDecision.STANDARD);
  }

  /** A cleaner deciding with {@code model} and other thresholds than the standard ones (to compare them). */
  public TextCleaner(LineModel model, LineDecision decision) {
    this.model = model;
    this.decision = decision;
  }

  @Override
  public CleanArticle clean(RawPage page) {
    String src = page.content();
    List<TextLine> lines = TextLine.lines(src);
    RemovalReason[] reasons = new RemovalReason[lines.size()];
    TextFindings m = new TextFindings();
    List<String> warnings = new ArrayList<>(page.warnings());

    TextRules r = TextRules.of(lines);
    Script main = r.main();
    int[] block = {r.blockStart(), r.blockEnd()};
    int lead = r.lead(), headline = r.headline();
    if (lead < 0) {
      warnings.add("no sentence-shaped line found; all lines kept");
      lead = 0;
      block = new int[] {0, lines.size()};
    }
    double[][] p = null;
    if (model != null && r.lead() >= 0 && LineDecision.scraped(lines)) {
      p = model.probabilities(LineFeatures.of(lines, r));
      Decided d = decision.decide(lines, r, p);
      lead = d.lead();
      block = new int[] {d.lead(), d.end()};
      headline = d.headline();
    }
    if (headline >= 0) {
      m.headline = lines.get(headline).text();
      reasons[headline] = RemovalReason.HEADLINE;
      TextHeader.header(lines, 0, headline, reasons, m);
      TextHeader.between(lines, headline + 1, lead, reasons, m);
    } else {
      TextHeader.between(lines, 0, lead, reasons, m);
    }
    TextBody.body(lines, lead, block[1], reasons, m);
    if (p != null) decision.prune(lines, lead, block[1], p, reasons);
    RemovalReason tail = RemovalReason.PAGE_TAIL;
    for (int i = block[1]; i < lines.size(); i++) {
      TextLine l = lines.get(i);
      // the block a related, comment or share header opens is named by it
      if (l.words() <= 8 && ArticleBlock.TAIL_HEADER.matcher(l.text()).matches()) tail = TextBody.tailReason(l.text());
      reasons[i] = l.shape() != null ? l.shape() : l.script().otherThan(main) ? RemovalReason.OTHER_SCRIPT : tail;
    }
    if (m.byline == null) m.byline = Bylines.near(lines.stream().map(TextLine::text).toList(), headline, lead);
    if (m.hints.isEmpty()) TextHeader.dateNear(lines, headline, lead, m);
    TextDates.firstOfDisagreeing(m.hints);
    Datelines.datelineOf(lines, reasons, m);
    boolean[] body = new boolean[lines.size()];
    for (int i = 0; i < body.length; i++) body[i] = reasons[i] == null;
    String voted = Outlets.vote(lines.stream().map(TextLine::text).toList(), body, m.byline);
    if (voted != null) m.outlet = voted;
    else if (m.outlet == null) m.outlet = m.agency;

    List<Removal> removed = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) if (reasons[i] != null) removed.add(new Removal(lines.get(i).text(), reasons[i]));
    List<Span> kept = TextBody.paragraphs(lines, reasons);
    return new CleanArticle(page.source(), page.url(), src, false, new BodyText(src, kept), removed, m.meta(),
        page.fetched(), warnings);
  }

  /** The paragraphs of a plain text with no line removed, split as {@link #clean} splits an article's body. */
  public static List<Span> paragraphs(String text) {
    List<TextLine> lines = TextLine.lines(text);
    return TextBody.paragraphs(lines, new RemovalReason[lines.size()]);
  }

  /** The classifier's lead, article end (exclusive) and headline (-1 for none). */
  record Decided(int lead, int end, int headline) {}
}
