package org.broadsheet.layout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.broadsheet.model.BroadsheetException;
import org.broadsheet.model.Diagnostics;
import org.broadsheet.model.SourceSpan;
import org.broadsheet.text.FontFace;
import org.broadsheet.text.FontLibrary;
import org.broadsheet.text.MissingGlyphException;
import org.broadsheet.text.ParagraphSetter;
import org.broadsheet.text.SetLine;

/**
 * The layout's fonts and styles, bound to parsed faces: sets text in a named style. Problems are
 * reported at the story's place in the input ({@code spans}): a character no font has is an
 * error, a line wider than its measure a warning.
 */
final class Faces {
  /** Furniture text shrinks at most to this fraction of its style's size to fit one line. */
  private static final double SMALLEST_FIT = 0.5;
  private static final double FIT_STEP = 0.95;

  private final LayoutSpec spec;
  private final Map<String, FontFace> faces = new LinkedHashMap<>();
  private final List<FontFace> fallbacks;
  private final Function<String, SourceSpan> spans;
  private final Diagnostics diagnostics;

  /** One line of furniture and the size it fits at. */
  record Fitted(SetLine line, double size) {}

  /**
   * @param spans where a story (by id; null for the issue's own fields) is in the input
   * @param diagnostics where warnings go
   */
  Faces(LayoutSpec spec, Function<String, SourceSpan> spans, Diagnostics diagnostics) {
    this.spec = spec;
    this.spans = spans;
    this.diagnostics = diagnostics;
    spec.fonts().forEach((role, path) -> faces.put(role, FontLibrary.face(path)));
    this.fallbacks = spec.fallbacks().stream().map(faces::get).toList();
  }

  LayoutSpec spec() {
    return spec;
  }

  LayoutSpec.StyleSpec style(String name) {
    return spec.style(name);
  }

  SourceSpan where(String storyId) {
    return spans.apply(storyId);
  }

  /**
   * Sets text in a style into lines of {@code measurePt}.
   *
   * @param storyId the story the text belongs to (null: the issue's own fields)
   */
  List<SetLine> set(String text, String styleName, double measurePt, boolean indent,
      String storyId) {
    LayoutSpec.StyleSpec st = spec.style(styleName);
    List<SetLine> lines = set(text, st, st.size(), measurePt, indent, storyId);
    for (SetLine line : lines) {
      if (line.overfull()) {
        diagnostics.warn("T202", where(storyId), "a line is wider than its column"
            + (storyId == null ? "" : " in story " + storyId) + ": «" + line.text() + "»",
            "a word or number longer than the column cannot be broken");
      }
    }
    return lines;
  }

  /** Sets furniture text in a style at another size (to fit a zone). */
  List<SetLine> setAt(String text, String styleName, double sizePt, double measurePt) {
    return set(text, spec.style(styleName), sizePt, measurePt, false, null);
  }

  /** Sets a headline trial (balancing its lines) without warning about lines that do not fit. */
  List<SetLine> trySet(String text, String styleName, double measurePt, String storyId) {
    LayoutSpec.StyleSpec st = spec.style(styleName);
    return set(text, st, st.size(), measurePt, false, storyId);
  }

  /**
   * Sets furniture text (a running head, a label) on one line of {@code measurePt}, at its style's
   * size or smaller; text that fits even at half its size on no single line is an error, never
   * cut.
   */
  Fitted fitOne(String text, String styleName, double measurePt, String what) {
    LayoutSpec.StyleSpec st = spec.style(styleName);
    for (double size = st.size(); size >= st.size() * SMALLEST_FIT; size *= FIT_STEP) {
      List<SetLine> lines = set(text, st, size, measurePt, false, null);
      if (lines.size() == 1 && !lines.get(0).overfull()) {
        return new Fitted(lines.get(0), size);
      }
    }
    throw BroadsheetException.error("L312", where(null), what + " «" + text
        + "» does not fit on one line even at half its size",
        "shorten it in the issue file, or give the style more room in the layout");
  }

  private List<SetLine> set(String text, LayoutSpec.StyleSpec st, double size, double measurePt,
      boolean indent, String storyId) {
    ParagraphSetter.Style style = new ParagraphSetter.Style(faces.get(st.font()), fallbacks, size,
        spec.breaking(), indent, false);
    try {
      return ParagraphSetter.set(text, measurePt / size, style);
    } catch (MissingGlyphException e) {
      throw BroadsheetException.error("T201", where(storyId), e.getMessage()
          + (storyId == null ? "" : " in story " + storyId),
          "add a font that has it to the layout's fallbacks");
    }
  }
}
