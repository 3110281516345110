package org.broadsheet.ingest;

/** Character classes the cleaner reasons with (GB/T 15834 punctuation, clreq §3.1). */
final class Chars {
  /** Marks that end a sentence (GB/T 15834 句末点号: 。？！) and the ellipsis …. */
  static final String SENTENCE_END = "。！？…";
  /** Marks inside a sentence (句内点号) that never start a line (clreq §3.1.7 行首禁则). */
  static final String PAUSE = "，、；：";
  /** Opening marks (标号 前半): never end a line. */
  static final String OPENING = "“‘（《〈「『〔【〖";
  /** Closing marks (标号 后半): never start a line. */
  static final String CLOSING = "”’）》〉」』〕】〗";
  /** Full-width punctuation as printed in Chinese text: evidence that text is undamaged. */
  static final String REAL_MARKS = "，。、；：？！“”‘’（）《》…—";

  private Chars() {}

  static boolean isHan(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || cp == 0x3000 || cp == 0xA0;
  }

  static boolean isLatinOrDigit(int cp) {
    return cp < 0x80 && Character.isLetterOrDigit(cp);
  }

  static boolean isDigit(int cp) {
    return cp >= '0' && cp <= '9';
  }

  static boolean isMark(int cp) {
    return SENTENCE_END.indexOf(cp) >= 0 || PAUSE.indexOf(cp) >= 0 || OPENING.indexOf(cp) >= 0
        || CLOSING.indexOf(cp) >= 0 || cp == '—' || cp == '·' || cp == '～';
  }

  static boolean isOpening(int cp) {
    return OPENING.indexOf(cp) >= 0;
  }

  static boolean isClosing(int cp) {
    return CLOSING.indexOf(cp) >= 0;
  }

  /** Display width in ems: half for ASCII (spaces included), one for the rest. */
  static double width(String s) {
    double w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += cp < 0x80 ? 0.5 : 1.0;
      i += Character.charCount(cp);
    }
    return w;
  }

  /**
   * The text ends a sentence: 。！？… possibly followed by closing quotes, or a bracketed name
   * after a sentence or alone (a byline such as 。（杜亮芳）). A bracket closing a reference
   * inside a sentence ({@code （晋铝发〔2023〕73号）}) ends nothing.
   */
  static boolean endsSentence(String s) {
    String t = s.replaceAll("[\\s\\u3000]+", "");
    if (t.endsWith("）") || t.endsWith(")")) {
      int open = Math.max(t.lastIndexOf('（'), t.lastIndexOf('('));
      return open == 0 || (open > 0 && endsSentence(t.substring(0, open)));
    }
    int i = t.length();
    while (i > 0 && CLOSING.indexOf(t.charAt(i - 1)) >= 0) {
      i--;
    }
    return i > 0 && SENTENCE_END.indexOf(t.charAt(i - 1)) >= 0;
  }

  /** The text ends with an ellipsis, which may end a sentence or only pause it. */
  static boolean endsWithEllipsis(String s) {
    String t = s.strip();
    return t.endsWith("…");
  }

  static boolean hasSentencePunctuation(String s) {
    return s.codePoints().anyMatch(cp -> "，。；！？、：".indexOf(cp) >= 0);
  }

  static int hanCount(String s) {
    return (int) s.codePoints().filter(Chars::isHan).count();
  }
}
