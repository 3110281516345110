package org.broadsheet.ingest;

/**
 * Repairs mojibake punctuation by context (see {@link MojibakeTable} for the fault). Many images
 * are also common words (要, 远, 冶炼, 遥控, 袁 as a surname, 绿叶, 荫凉), so a character becomes a
 * mark only with evidence, recorded in its change:
 *
 * <ul>
 *   <li>structure, anywhere ({@link StructuralMarks}): brackets around names at a story's end or
 *       after its dateline (a byline), an author marker ● before a name alone on a line;
 *   <li>in damaged text only ({@link DamageMap}): paired opening and closing marks (“…”, 《…》,
 *       （…）), doubled dashes and ellipses (GB/T 15834 §4.9, §4.11: two character spaces), and the
 *       common marks where no word forms with a neighbour and the position allows the mark (no
 *       pause mark right after an opening mark, clreq §3.1.7).
 * </ul>
 */
final class Repairer {
  /** Longest stretch a pair of quotes may span (a quoted speech); other pairs are shorter. */
  private static final int QUOTE_SPAN = 300;
  private static final int PAIR_SPAN = 60;
  /** A pair this short may have one side that also forms a word. */
  private static final int SHORT_PAIR = 40;
  /** A quoted phrase (not a sentence) is at most this long. */
  private static final int SHORT_PHRASE = 15;
  /** Marks that never open a line (clreq §3.1.7 行首禁则: pauses, stops, closing marks). */
  private static final String LINE_START_FORBIDDEN = Chars.PAUSE + "。？！" + Chars.CLOSING;
  private final SourceText src;
  private final Stream stream;
  private final DamageMap damage;
  private final ChangeLog log;
  private final boolean[] decided;

  private Repairer(SourceText src, ChangeLog log) {
    this.src = src;
    this.stream = new Stream(src);
    this.damage = DamageMap.of(src, stream);
    this.log = log;
    this.decided = new boolean[stream.size()];
  }

  static void repair(SourceText src, ChangeLog log) {
    new Repairer(src, log).run();
  }

  private void run() {
    StructuralMarks.repair(src, this);
    pairs();
    runs();
    singles();
  }

  // ---------------------------------------------------------------- damaged text

  /** Opening and closing images that pair up in damaged text become both marks. */
  private void pairs() {
    pair('“', '”', QUOTE_SPAN, null);
    pair('‘', '’', PAIR_SPAN, null);
    pair('《', '》', PAIR_SPAN, null);
    pair('（', '）', PAIR_SPAN, null);
    pair('【', '】', PAIR_SPAN, null);
    pair('「', '」', PAIR_SPAN, null);
    pair('〔', '〕', 8, "digits");
    pair('〈', '〉', PAIR_SPAN, "《");
    pair('『', '』', PAIR_SPAN, "“");
  }

  /**
   * Pairs each opening image with the next closing image before any other opening image or real
   * mark of the pair. A partner that forms no word is preferred; one side may form a word (野心,
   * 冶炼) when the other does not and the pair is short, since a quotation mark next to a word's
   * character is common and two accidental words pairing up is not.
   */
  private void pair(int opening, int closing, int span, String inside) {
    for (int p = 0; p < stream.size(); p++) {
      if (!isCandidate(p, opening)) {
        continue;
      }
      boolean openWord = wordAt(p) != null;
      int q = -1;
      int fallback = -1;
      for (int j = p + 1; j < stream.size() && j - p <= span; j++) {
        if (isCandidate(j, opening) && wordAt(j) == null) {
          break; // a second opening before any closing: this one is unpaired
        }
        if (stream.cp(j) == opening || stream.cp(j) == closing) {
          break; // a real mark of the pair: this image belongs to nothing
        }
        if (isCandidate(j, closing) && !opensLine(j)) {
          if (wordAt(j) == null) {
            q = j;
            break;
          }
          if (fallback < 0) {
            fallback = j;
          }
        }
      }
      if (q >= 0 && openWord && !isPhrase(p, q)) {
        q = -1;
      }
      if (q < 0 && !openWord && fallback >= 0 && fallback - p <= SHORT_PAIR) {
        q = fallback;
      }
      if (q < 0 || q == p + 1 || !fits(p, q, inside)) {
        continue;
      }
      String why = "paired with " + where(q) + " in " + damage.evidence(stream.line(p));
      apply(p, opening, why);
      apply(q, closing, "paired with " + where(p) + " in " + damage.evidence(stream.line(q)));
    }
  }

  /** Between {@code p} and {@code q} stands a short phrase with no pause or stop in it. */
  private boolean isPhrase(int p, int q) {
    if (q - p > SHORT_PHRASE) {
      return false;
    }
    for (int j = p + 1; j < q; j++) {
      int mark = Math.max(MojibakeTable.candidate(stream.cp(j)), stream.cp(j));
      if (Chars.PAUSE.indexOf(mark) >= 0 || Chars.SENTENCE_END.indexOf(mark) >= 0
          || Chars.PAUSE.indexOf(stream.cp(j)) >= 0) {
        return false;
      }
    }
    return true;
  }

  private boolean fits(int p, int q, String inside) {
    if (inside == null) {
      return true;
    }
    if (inside.equals("digits")) {
      for (int j = p + 1; j < q; j++) {
        if (!Chars.isDigit(stream.cp(j))) {
          return false;
        }
      }
      return true;
    }
    int open = inside.codePointAt(0);
    for (int j = p - 1; j >= 0 && p - j <= QUOTE_SPAN; j--) {
      if (stream.cp(j) == open) {
        return true;
      }
      if (Chars.isClosing(stream.cp(j))) {
        return false;
      }
    }
    return false;
  }

  /** Two or more images of — or … in a row are a dash —— or an ellipsis ……. */
  private void runs() {
    for (int p = 0; p < stream.size(); p++) {
      int mark = candidateAt(p);
      if ((mark != '—' && mark != '…') || !damage.isDamaged(stream.line(p))) {
        continue;
      }
      int q = p;
      while (q < stream.size() && stream.cp(q) == stream.cp(p) && !decided[q]) {
        q++;
      }
      if (q - p >= 2) {
        for (int j = p; j < q; j++) {
          apply(j, mark, "run of " + (q - p) + " images: " + (mark == '—' ? "a dash" : "an ellipsis")
              + " takes two character spaces (GB/T 15834); " + damage.evidence(stream.line(j)));
        }
      }
      p = q - 1;
    }
  }

  /** The common marks, one at a time, where no word forms and the position allows the mark. */
  private void singles() {
    for (int p = 0; p < stream.size(); p++) {
      int mark = candidateAt(p);
      if (mark < 0 || decided[p] || !damage.isDamaged(stream.line(p))) {
        continue;
      }
      if (opensLine(p) && LINE_START_FORBIDDEN.indexOf(mark) >= 0) {
        continue; // no pause or stop opens a line (clreq 行首禁则): a word (袁 as a surname)
      }
      String word = wordAt(p);
      String forced = forcedBy(p, mark);
      if (word != null && forced != null) {
        apply(p, mark, "forms the word " + word + ", but " + forced + "; "
            + damage.evidence(stream.line(p)));
        continue;
      }
      if (word != null) {
        log.doubt(stream.line(p), stream.column(p), "mojibake.kept-word",
            Character.toString(stream.cp(p)), "damaged text, but forms the word " + word);
        continue;
      }
      String why = singleEvidence(p, mark);
      if (why != null) {
        apply(p, mark, why + "; " + damage.evidence(stream.line(p)));
      }
    }
  }

  /**
   * The visible character at {@code p} is the first of its source line: set text never opens a
   * line with a pause or stop or a closing mark (clreq 行首禁则; a closing mark hangs or takes
   * the last character with it), so an image there is the word it spells.
   */
  private boolean opensLine(int p) {
    return p == 0 || stream.line(p - 1) != stream.line(p);
  }

  /**
   * The character before {@code p}, closing quotes skipped, ends a sentence (。？！): no pause or
   * stop follows it (GB/T 15834 §4.1), so an image there is a word (袁师傅 after 。).
   */
  private boolean afterFullStop(int p) {
    int j = p - 1;
    while (j >= 0 && Chars.isClosing(stream.cp(j)) && stream.cp(j) != '）') {
      j--;
    }
    return j >= 0 && "。？！".indexOf(stream.cp(j)) >= 0;
  }

  /** A position where only the mark can stand, or null. */
  private String forcedBy(int p, int mark) {
    int after = stream.cp(p + 1);
    if (mark == '：' && Chars.isOpening(after)) {
      return "a colon stands before an opening quotation (GB/T 15834 §4.6)";
    }
    if ("。？！，".indexOf(mark) >= 0 && Chars.isClosing(after) && after != '）') {
      return "a stop stands before the closing quotation mark";
    }
    return null;
  }

  private String singleEvidence(int p, int mark) {
    int before = stream.cp(p - 1);
    int after = stream.cp(p + 1);
    if (Chars.PAUSE.indexOf(mark) >= 0 || Chars.SENTENCE_END.indexOf(mark) >= 0) {
      if (before < 0 || Chars.isOpening(before) || Chars.PAUSE.indexOf(before) >= 0
          || afterFullStop(p)) {
        return null; // a pause or stop never follows an opening mark, a pause or a full stop
      }
      int next = MojibakeTable.candidate(after);
      if (mark != '。' && after != stream.cp(p) && (Chars.PAUSE.indexOf(next) >= 0 || next == '。')
          && damage.isDamaged(stream.line(p + 1)) && wordAt(p + 1) == null) {
        return null; // two pauses never stand together: the second image is the mark
      }
      if (mark == '，' && CommonWords.introducesName(stream.cps(), p)) {
        return null; // 袁 as a surname after a title or before 师傅
      }
      return "no word forms with its neighbours";
    }
    switch (mark) {
      case '·':
        return (Chars.isHan(before) || Chars.isDigit(before))
            && (Chars.isHan(after) || Chars.isDigit(after))
            ? "between two words (middle dot of names and dates)" : null;
      case '～':
        return Chars.isDigit(before) && Chars.isDigit(after) ? "between two numbers (a range)"
            : null;
      case '％', '℃':
        return Chars.isDigit(before) ? "a unit right after a number" : null;
      default:
        return null; // paired marks need their partner; markers need their line
    }
  }

  // ---------------------------------------------------------------- plumbing

  /** The word the character at {@code p} forms; no word spans into a line set in (a new frame). */
  private String wordAt(int p) {
    return CommonWords.wordAt(stream.cps(), p, this::opensIndentedLine);
  }

  /**
   * The character at {@code p} is the first of a source line set in from the margin (the line
   * opens with white space): extraction began a new text frame, or a paragraph, there.
   */
  private boolean opensIndentedLine(int p) {
    if (p <= 0 || p >= stream.size() || stream.line(p) == stream.line(p - 1)) {
      return false;
    }
    int first = src.lineStart(stream.line(p) - 1); // lines count from 1
    return first < stream.sourceIndex(p) && Chars.isSpace(src.originalCp(first));
  }

  private boolean isCandidate(int p, int mark) {
    return !decided[p] && candidateAt(p) == mark && damage.isDamaged(stream.line(p));
  }

  private int candidateAt(int p) {
    return MojibakeTable.candidate(stream.cp(p));
  }

  void apply(int p, int mark, String why) {
    int image = stream.cp(p);
    stream.set(p, mark);
    decided[p] = true;
    log.add(stream.line(p), stream.column(p), "mojibake." + ruleName(mark),
        Character.toString(image), Character.toString(mark), why);
  }

  private String where(int p) {
    return Character.toString(stream.cp(p)) + " at " + stream.line(p) + ":" + stream.column(p);
  }

  int positionOf(int sourceIndex) {
    int lo = 0;
    int hi = stream.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int v = stream.sourceIndex(mid);
      if (v == sourceIndex) {
        return mid;
      }
      if (v < sourceIndex) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return -1;
  }

  boolean isDamagedLine(int line) {
    return damage.isDamaged(line);
  }

  /** Settles the character at {@code p} as the word it is (a name in a byline): no mark. */
  void keep(int p) {
    decided[p] = true;
  }

  boolean isDecided(int p) {
    return decided[p];
  }

  int cpAt(int p) {
    return stream.cp(p);
  }

  static String ruleName(int mark) {
    return switch (mark) {
      case '，' -> "comma";
      case '。' -> "full-stop";
      case '、' -> "enumeration-comma";
      case '；' -> "semicolon";
      case '：' -> "colon";
      case '？' -> "question-mark";
      case '！' -> "exclamation-mark";
      case '“', '”', '‘', '’' -> "quotation-mark";
      case '（', '）', '〔', '〕', '【', '】' -> "bracket";
      case '《', '》', '〈', '〉' -> "title-mark";
      case '「', '」', '『', '』' -> "corner-bracket";
      case '—' -> "dash";
      case '…' -> "ellipsis";
      case '·' -> "middle-dot";
      case '～' -> "tilde";
      case '％' -> "percent";
      case '℃' -> "degree-celsius";
      default -> "author-marker";
    };
  }
}
