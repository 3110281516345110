package org.broadsheet.layout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.broadsheet.model.BroadsheetException;
import org.broadsheet.model.SourceSpan;
import org.broadsheet.text.FontFace;
import org.broadsheet.text.FontLibrary;
import org.broadsheet.text.MissingGlyphException;
import org.broadsheet.text.ParagraphSetter;
import org.broadsheet.text.SetLine;

/** The layout's fonts and styles, bound to parsed faces: sets text in a named style. */
final class Faces {
  private final LayoutSpec spec;
  private final Map<String, FontFace> faces = new LinkedHashMap<>();
  private final List<FontFace> fallbacks;

  Faces(LayoutSpec spec) {
    this.spec = spec;
    spec.fonts().forEach((role, path) -> faces.put(role, FontLibrary.face(path)));
    this.fallbacks = spec.fallbacks().stream().map(faces::get).toList();
  }

  LayoutSpec spec() {
    return spec;
  }

  LayoutSpec.StyleSpec style(String name) {
    return spec.style(name);
  }

  /**
   * Sets text in a style into lines of {@code measurePt}; a character no font has is an error
   * naming it and {@code where} (the story).
   */
  List<SetLine> set(String text, String styleName, double measurePt, boolean indent,
      boolean justifyLast, String where) {
    LayoutSpec.StyleSpec st = spec.style(styleName);
    ParagraphSetter.Style style = new ParagraphSetter.Style(faces.get(st.font()), fallbacks,
        st.size(), spec.breaking(), indent, justifyLast);
    try {
      return ParagraphSetter.set(text, measurePt / st.size(), style);
    } catch (MissingGlyphException e) {
      throw BroadsheetException.error("T201", SourceSpan.file(where), e.getMessage(),
          "add a font that has it to the layout's fallbacks");
    }
  }
}
