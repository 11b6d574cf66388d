package org.newsgraph.extract.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Finds the article in a page cut into {@link TextBlock}s: the element that holds the bulk of the
 * page's prose, and the blocks inside it that belong to the article.
 *
 * <p>Prose is what looks like sentences: blocks of some length with few links. Page furniture
 * (navigation, asides, footers, and boxes whose class or id names them share tools, comments, ads
 * and the like) does not count, unless the box holds most of the prose on the page: whatever a
 * layout calls it, the box with the article in it is not furniture. Starting from the page body,
 * the search descends into a child as long as that child keeps most of the prose of its parent, and
 * stops where the prose spreads over several children: that element is the article's container.
 */
public final class MainContent {

  /** A block this long or longer, with few links, is prose. */
  static final int PROSE_CHARS = 80;

  static final double PROSE_MAX_LINK_DENSITY = 0.33;

  /** Descend into a child that keeps at least this share of its parent's prose. */
  static final double KEEP_SHARE = 0.7;

  /** Stop descending where at least this share of the prose is in paragraphs of its own. */
  static final double DIRECT_SHARE = 0.1;

  /** The page's declared article body is the container when it holds this share of the prose. */
  static final double DECLARED_BODY_SHARE = 0.6;

  /** Teaser cards are the content when other prose is below this share of theirs. */
  static final double LISTICLE_SHARE = 0.25;

  static final int MAX_CARD_CHARS = 1500;

  private static final Set<String> CARD_TAGS =
      Set.of("div", "li", "article", "section", "aside", "figure");

  /** A small box named after the article (a post's meta line) is still furniture below this. */
  static final double ARTICLE_NAMED_FURNITURE_SHARE = 0.1;

  /** A furniture box holding at least this share of all prose is the article after all. */
  static final double FURNITURE_MAX_SHARE = 0.5;

  private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "menu");
  private static final Set<String> FURNITURE_ROLES =
      Set.of(
          "navigation", "complementary", "contentinfo", "banner", "dialog", "alertdialog", "menu");

  /**
   * The article's container and its blocks, in document order.
   *
   * @param blocks every block inside {@code container} that is not in furniture
   */
  public record Located(Element container, List<TextBlock> blocks) {}

  private final Element root;
  private final List<TextBlock> blocks;
  private final Map<Element, double[]> mass = new IdentityHashMap<>();
  private final Map<Element, Boolean> inFurniture = new IdentityHashMap<>();
  private final Set<Element> cards = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  private final Map<Element, Double> direct = new IdentityHashMap<>();
  private final Set<Element> headlineHolders =
      java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  private boolean cardsAreFurniture;
  private double total;

  private MainContent(Element root, List<TextBlock> blocks) {
    this.root = root;
    this.blocks = blocks;
  }

  /** Locates the article among {@code blocks}, all of which lie under {@code root}. */
  public static Located locate(Element root, List<TextBlock> blocks) {
    return new MainContent(root, blocks).locate();
  }

  public static boolean isProse(TextBlock b) {
    return b.chars() >= PROSE_CHARS
        && b.linkDensity() <= PROSE_MAX_LINK_DENSITY
        && b.kind() != TextBlock.Kind.CAPTION;
  }

  private Located locate() {
    // Pass 1: prose per element, furniture or not, to know which boxes hold most of the text;
    // all text per element; and which elements hold a headline (a heading, or a block that is
    // all link, such as a teaser's title).
    for (TextBlock b : blocks) {
      if (isProse(b)) {
        add(b.owner(), weight(b), 0);
        total += weight(b);
      }
      add(b.owner(), b.chars(), 2);
      if (b.chars() >= 15 && (b.kind() == TextBlock.Kind.HEADING || b.linkDensity() >= 0.7)) {
        for (Element e = b.owner();
            e != null && headlineHolders.add(e) && e != root;
            e = e.parent()) {
          // marked; an already marked ancestor has its own ancestors marked too
        }
      }
    }
    findCards();
    // Pass 2: prose per element outside furniture.
    for (TextBlock b : blocks) {
      if (isProse(b) && !inFurniture(b.owner())) {
        add(b.owner(), weight(b), 1);
        direct.merge(paragraphParent(b.owner()), weight(b), Double::sum);
      }
    }
    Element container = declaredBody();
    if (container == null) {
      container = descend();
    }
    List<TextBlock> inside = new ArrayList<>();
    for (TextBlock b : blocks) {
      if (isInside(b.owner(), container) && !inFurniture(b.owner())) {
        inside.add(b);
      }
    }
    return new Located(container, inside);
  }

  private static double weight(TextBlock b) {
    return b.chars() - b.linkChars();
  }

  private void add(Element owner, double w, int slot) {
    for (Element e = owner; e != null; e = e.parent()) {
      mass.computeIfAbsent(e, k -> new double[3])[slot] += w;
      if (e == root) {
        break;
      }
    }
  }

  private double massOf(Element e, int slot) {
    double[] m = mass.get(e);
    return m == null ? 0 : m[slot];
  }

  private Element descend() {
    Element current = root;
    while (true) {
      double here = massOf(current, 1);
      if (here <= 0) {
        return current;
      }
      Element best = null;
      double bestMass = 0;
      for (Element child : current.children()) {
        double m = massOf(child, 1);
        if (m > bestMass) {
          bestMass = m;
          best = child;
        }
      }
      if (best == null || bestMass < KEEP_SHARE * here) {
        return current;
      }
      // Paragraphs of its own (not in a child box) make this the article's box even when a
      // child holds more: an article split around a box, as in [p, p, div[p, p, p]].
      if (directProse(current) >= DIRECT_SHARE * here || hasProseTwin(current, best)) {
        return current;
      }
      current = best;
    }
  }

  /**
   * The element the page itself marks as the article body ({@code itemprop="articleBody"}, from
   * schema.org microdata), when it holds most of the prose; pages mark it for search engines, so it
   * is usually right. Null when there is none, or when it holds too little (a teaser marked up the
   * same way, or a body split around a paywall box).
   */
  private @Nullable Element declaredBody() {
    Element found = null;
    for (Element e : root.getElementsByAttributeValue("itemprop", "articleBody")) {
      if (found != null) {
        return null; // several: a listing of articles, not one
      }
      found = e;
    }
    double all = massOf(root, 1);
    return found != null && all > 0 && massOf(found, 1) >= DECLARED_BODY_SHARE * all ? found : null;
  }

  /**
   * Whether another child of {@code parent} with prose is the same kind of box as {@code best}
   * (same tag and class): the article's text in several sections, like [div.article-block,
   * div.article-block].
   */
  private boolean hasProseTwin(Element parent, Element best) {
    for (Element child : parent.children()) {
      if (child != best
          && massOf(child, 1) > 0
          && child.normalName().equals(best.normalName())
          && child.className().equals(best.className())
          && !best.className().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Prose in paragraphs whose parent is {@code e}, or directly in {@code e}. */
  private double directProse(Element e) {
    return direct.getOrDefault(e, 0.0);
  }

  /**
   * Finds lists of teaser cards: three or more sibling boxes of the same kind (tag and class), most
   * of the siblings around them, each small and each with a headline-sized link that makes up a
   * good part of its text. They are furniture, unless the page has little other prose (then the
   * list is the content, as in a listicle).
   */
  private void findCards() {
    Set<Element> parents = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element e : mass.keySet()) {
      if (e.parent() != null) {
        parents.add(e.parent());
      }
    }
    double cardMass = 0;
    for (Element parent : parents) {
      for (Element card : cardsUnder(parent)) {
        if (cards.add(card)) {
          cardMass += massOf(card, 0);
        }
      }
    }
    cardsAreFurniture = total - cardMass >= LISTICLE_SHARE * cardMass;
  }

  private List<Element> cardsUnder(Element parent) {
    Map<String, List<Element>> bySignature = new java.util.HashMap<>();
    int withText = 0;
    for (Element child : parent.children()) {
      if (!mass.containsKey(child)) {
        continue;
      }
      withText++;
      if (CARD_TAGS.contains(child.normalName())) {
        bySignature
            .computeIfAbsent(child.normalName() + '.' + child.attr("class"), k -> new ArrayList<>())
            .add(child);
      }
    }
    List<Element> out = new ArrayList<>();
    for (List<Element> group : bySignature.values()) {
      if (group.size() < 3 || group.size() < 0.6 * withText) {
        continue;
      }
      int linked = 0;
      for (Element member : group) {
        if (hasHeadlineLink(member)) {
          linked++;
        }
      }
      if (linked >= 0.6 * group.size()) {
        out.addAll(group);
      }
    }
    return out;
  }

  /** Small, with a headline of its own: a heading, or a line that is all link. */
  private boolean hasHeadlineLink(Element box) {
    return headlineHolders.contains(box) && massOf(box, 2) <= MAX_CARD_CHARS;
  }

  private static Element paragraphParent(Element owner) {
    return switch (owner.normalName()) {
      case "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dd", "dt", "pre", "blockquote" ->
          owner.parent() == null ? owner : owner.parent();
      default -> owner;
    };
  }

  /**
   * Whether {@code e} or an ancestor below the root is furniture. Memoised per element, and
   * iterative: pages nest elements thousands deep.
   */
  private boolean inFurniture(Element e) {
    Deque<Element> unknown = new ArrayDeque<>();
    boolean state = false;
    for (Element p = e; p != null; p = p.parent()) {
      Boolean known = inFurniture.get(p);
      if (known != null) {
        state = known;
        break;
      }
      if (p == root) {
        inFurniture.put(p, false);
        break;
      }
      unknown.push(p);
    }
    while (!unknown.isEmpty()) {
      Element x = unknown.pop();
      state = state || isFurniture(x);
      inFurniture.put(x, state);
    }
    return state;
  }

  private boolean isFurniture(Element e) {
    double share = total == 0 ? 0 : massOf(e, 0) / total;
    if (FURNITURE_TAGS.contains(e.normalName()) || FURNITURE_ROLES.contains(e.attr("role"))) {
      return share < FURNITURE_MAX_SHARE;
    }
    int names = ClassNames.signals(e);
    if ((names & ClassNames.FURNITURE_NAME) != 0 && !wrapsAQuote(e)) {
      // "post tag-review" or "article-meta": named after both; only small boxes are furniture.
      boolean alsoArticle =
          (names & ClassNames.ARTICLE_NAME) != 0
              || e.normalName().equals("article")
              || e.normalName().equals("main");
      return share < (alsoArticle ? ARTICLE_NAMED_FURNITURE_SHARE : FURNITURE_MAX_SHARE);
    }
    return cardsAreFurniture && cards.contains(e);
  }

  /**
   * An embedded post (a tweet, a quoted statement) sits in a box named like a widget, but it is
   * quoted by the article: a box whose text is mostly one blockquote is not furniture.
   */
  private boolean wrapsAQuote(Element e) {
    double all = massOf(e, 2);
    if (all <= 0) {
      return false;
    }
    for (Element q : e.getElementsByTag("blockquote")) {
      if (massOf(q, 2) >= 0.5 * all) {
        return true;
      }
    }
    return false;
  }

  private boolean isInside(Element e, Element container) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p == container) {
        return true;
      }
    }
    return false;
  }
}
