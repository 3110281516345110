package org.broadsheet.ingest;

/** Character classes the cleaner reasons with. */
final class Chars {
  /** Marks that end a sentence (GB/T 15834 句末点号) and what may follow them. */
  private static final String SENTENCE_END = "。！？…";
  private static final String CLOSERS = "”’）》」』】";

  private Chars() {}

  static boolean isHan(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  static boolean isLatinOrDigit(int cp) {
    return cp < 0x80 && Character.isLetterOrDigit(cp);
  }

  /** Display width in ems: half for ASCII, one for the rest. */
  static double width(String s) {
    return s.codePoints().mapToDouble(cp -> cp < 0x80 ? 0.5 : 1.0).sum();
  }

  /** The text ends a sentence: 。！？… possibly followed by closing quotes or brackets. */
  static boolean endsSentence(String s) {
    String t = s.strip();
    int i = t.length();
    while (i > 0 && CLOSERS.indexOf(t.charAt(i - 1)) >= 0) {
      i--;
    }
    if (i == 0) {
      return false;
    }
    if (i < t.length() && t.charAt(t.length() - 1) == '）') {
      return true; // a closing bracket ends a byline such as （杜亮芳）
    }
    return SENTENCE_END.indexOf(t.charAt(i - 1)) >= 0;
  }

  static boolean hasSentencePunctuation(String s) {
    return s.codePoints().anyMatch(cp -> "，。；！？、：".indexOf(cp) >= 0);
  }
}
