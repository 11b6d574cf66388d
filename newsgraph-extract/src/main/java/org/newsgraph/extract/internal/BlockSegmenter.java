package org.newsgraph.extract.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Cuts a page into {@link TextBlock}s in document order, the way a browser breaks text into blocks:
 * block-level elements and line breaks end a block, inline elements do not. Elements that never
 * hold readable text (scripts, styles, forms' controls, embedded objects) and hidden ones are
 * skipped whole. One iterative pass over the tree: deep nesting cannot overflow the stack.
 */
public final class BlockSegmenter {

  private static final Set<String> BLOCK_TAGS =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "body",
          "center",
          "dd",
          "details",
          "dialog",
          "dir",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hgroup",
          "hr",
          "html",
          "legend",
          "li",
          "main",
          "menu",
          "nav",
          "ol",
          "p",
          "pre",
          "section",
          "summary",
          "table",
          "tbody",
          "thead",
          "tfoot",
          "tr",
          "td",
          "th",
          "ul",
          "caption",
          "noframes",
          "output");

  private static final Set<String> SKIPPED_TAGS =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          "math",
          "canvas",
          "iframe",
          "object",
          "embed",
          "audio",
          "video",
          "source",
          "track",
          "map",
          "input",
          "select",
          "option",
          "textarea",
          "button",
          "link",
          "meta",
          "head",
          "title",
          "picture",
          "img",
          "frame",
          "frameset");

  private BlockSegmenter() {}

  /** The blocks of {@code root}, in document order. */
  public static List<TextBlock> segment(Element root) {
    Visitor v = new Visitor(root);
    NodeTraversor.filter(v, root);
    v.flush();
    return v.blocks;
  }

  /** Whether an element is hidden from readers by markup (not by style sheets we cannot see). */
  static boolean isHidden(Element e) {
    if (e.hasAttr("hidden")) {
      return true;
    }
    String style = e.attr("style");
    if (!style.isEmpty()) {
      String s = style.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
      if (s.contains("display:none") || s.contains("visibility:hidden")) {
        return true;
      }
    }
    return false;
  }

  private static final class Visitor implements NodeFilter {
    private final List<TextBlock> blocks = new ArrayList<>();
    private final Deque<Element> owners = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private int linkDepth;
    private int preDepth;
    private int quoteDepth;

    Visitor(Element root) {
      owners.push(root);
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        append(t);
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element e)) {
        return FilterResult.SKIP_ENTIRELY; // comments, doctype, data nodes
      }
      String tag = e.normalName();
      if (SKIPPED_TAGS.contains(tag)
          || tag.equals("figcaption")
          || isHidden(e)
          || (ClassNames.signals(e) & (ClassNames.HIDDEN_NAME | ClassNames.CAPTION_NAME)) != 0) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (tag.equals("br")) {
        flush();
        return FilterResult.CONTINUE;
      }
      if (BLOCK_TAGS.contains(tag)) {
        flush();
        owners.push(e);
      }
      if (tag.equals("a")) {
        linkDepth++;
      } else if (tag.equals("pre")) {
        preDepth++;
      } else if (tag.equals("blockquote")) {
        quoteDepth++;
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("a")) {
          linkDepth--;
        } else if (tag.equals("pre")) {
          preDepth--;
        } else if (tag.equals("blockquote")) {
          quoteDepth--;
        }
        if (BLOCK_TAGS.contains(tag) && owners.peek() == e) {
          flush();
          owners.pop();
        }
      }
      return FilterResult.CONTINUE;
    }

    private void append(TextNode t) {
      String raw = t.getWholeText();
      int before = text.length();
      for (int i = 0; i < raw.length(); i++) {
        char c = raw.charAt(i);
        boolean space = Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b';
        if (space) {
          if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
            text.append(' ');
          }
        } else {
          text.append(c);
        }
      }
      if (linkDepth > 0) {
        linkChars += text.length() - before;
      }
    }

    void flush() {
      int end = text.length();
      while (end > 0 && text.charAt(end - 1) == ' ') {
        end--;
      }
      int start = 0;
      while (start < end && text.charAt(start) == ' ') {
        start++;
      }
      if (end > start) {
        Element owner = owners.peek();
        String s = text.substring(start, end);
        blocks.add(new TextBlock(owner, s, Math.min(linkChars, s.length()), kindOf(owner)));
      }
      text.setLength(0);
      linkChars = 0;
    }

    private TextBlock.Kind kindOf(Element owner) {
      return switch (owner.normalName()) {
        case "p" -> quoteDepth > 0 ? TextBlock.Kind.QUOTE : TextBlock.Kind.PARAGRAPH;
        case "h1", "h2", "h3", "h4", "h5", "h6" -> TextBlock.Kind.HEADING;
        case "li", "dd", "dt" -> TextBlock.Kind.LIST_ITEM;
        case "blockquote" -> TextBlock.Kind.QUOTE;
        case "pre" -> TextBlock.Kind.PREFORMATTED;
        case "td", "th" -> TextBlock.Kind.CELL;
        case "figcaption", "caption" -> TextBlock.Kind.CAPTION;
        default -> preDepth > 0 ? TextBlock.Kind.PREFORMATTED : TextBlock.Kind.OTHER;
      };
    }
  }
}
