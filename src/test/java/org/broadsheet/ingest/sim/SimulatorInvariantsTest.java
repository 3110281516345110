package org.broadsheet.ingest.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.broadsheet.ingest.ReferenceIssue;
import org.broadsheet.model.Story;
import org.junit.jupiter.api.Test;

/** The frozen set and the simulator's parts do what the references say. */
class SimulatorInvariantsTest {

  @Test
  void frozenSetHasAtLeastSixtyIssuesEachWithItsReference() {
    List<FrozenSet.Entry> set = FrozenSet.load();
    assertThat(set).hasSizeGreaterThanOrEqualTo(60);
    for (FrozenSet.Entry e : set) {
      ReferenceIssue ref = ReferenceIssue.parse(e.referenceYaml());
      assertThat(ref.issue().allStories()).as(e.name()).isNotEmpty();
      assertThat(ref.issue().pages()).as(e.name()).isNotEmpty();
    }
  }

  @Test
  void everyFrozenReferenceIsTheGroundTruthOfItsRawText() {
    List<String> problems = new ArrayList<>();
    for (FrozenSet.Entry e : FrozenSet.load()) {
      TruthCheck.problems(e.text(), e.referenceYaml()).forEach(p -> problems.add(e.name() + " " + p));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theSeedReferencePassesTheSameCheck() throws IOException {
    String raw = Files.readString(java.nio.file.Path.of("seeds/000_db28fdb7a0aa274c.txt"),
        StandardCharsets.UTF_8);
    String yaml;
    try (var in = getClass().getResourceAsStream(IssueSimulator.SEED_REFERENCE)) {
      yaml = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(TruthCheck.problems(raw, yaml)).isEmpty();
  }

  @Test
  void frozenSetMatchesTheGeneratorWhileItsVersionIsUnchanged() throws IOException {
    String readme = Files.readString(FrozenSet.DIR.resolve("README.md"), StandardCharsets.UTF_8);
    if (!readme.contains("Generator version: `" + IssueSimulator.VERSION + "`")) {
      return; // the generator moved on; the frozen set stays as it was frozen
    }
    IssueSimulator sim = new IssueSimulator(DamageParameters.DEFAULT);
    List<FrozenSet.Entry> set = FrozenSet.load();
    for (int i = 0; i < set.size(); i++) {
      SimulatedIssue issue = sim.generate(FrozenSetGenerator.name(i), FrozenSetGenerator.seed(i));
      assertThat(issue.bytes()).as(issue.name()).isEqualTo(set.get(i).raw());
      assertThat(issue.referenceYaml()).as(issue.name()).isEqualTo(set.get(i).referenceYaml());
    }
  }

  @Test
  void frozenSetCoversEveryDamageKindAndStorage() {
    int gb = 0;
    int crlf = 0;
    int images = 0;
    int spacedTitles = 0;
    int credits = 0;
    int poems = 0;
    int essays = 0;
    int mastheads = 0;
    java.util.Set<String> datelines = new java.util.TreeSet<>();
    for (FrozenSet.Entry e : FrozenSet.load()) {
      String text = e.text();
      gb += text.equals(new String(e.raw(), StandardCharsets.UTF_8).replace("\r\n", "\n")) ? 0 : 1;
      crlf += new String(e.raw(), StandardCharsets.ISO_8859_1).contains("\r\n") ? 1 : 0;
      images += text.codePoints().filter(EncodingFault::isImage).count() > 0 ? 1 : 0;
      spacedTitles += text.matches("(?s).*\\n(\\p{IsHan} ){5,}\\p{IsHan}\\n.*") ? 1 : 0;
      ReferenceIssue ref = ReferenceIssue.parse(e.referenceYaml());
      for (Story s : ref.issue().allStories()) {
        credits += s.credit() != null ? 1 : 0;
        poems += s.kind().key().equals("poem") ? 1 : 0;
        essays += s.kind().key().equals("essay") ? 1 : 0;
        if (s.dateline() != null) {
          datelines.add(s.dateline());
        }
      }
      mastheads += ref.furniture().stream().anyMatch(f -> f.role().equals("masthead")) ? 1 : 0;
    }
    assertThat(Map.of("gb18030", gb, "crlf", crlf, "images", images, "spaced", spacedTitles,
        "credits", credits, "poems", poems, "essays", essays, "mastheads", mastheads))
        .allSatisfy((k, v) -> assertThat(v).as(k).isGreaterThan(1));
    assertThat(datelines).contains("本报讯", "晋铝讯").anyMatch(d -> d.startsWith("新华社"));
  }

  @Test
  void truthCheckCatchesACorruptedReference() {
    FrozenSet.Entry e = FrozenSet.load().get(0);
    String raw = e.text();
    String yaml = e.referenceYaml();
    assertThat(TruthCheck.problems(raw, yaml)).isEmpty();
    // a character dropped from a paragraph
    int at = yaml.indexOf("paragraphs:\n          - \"") + 26;
    String dropped = yaml.substring(0, at + 2) + yaml.substring(at + 3);
    assertThat(TruthCheck.problems(raw, dropped)).isNotEmpty();
    // a story's raw range moved by one line
    int r = yaml.indexOf("raw_lines: [") + 12;
    int comma = yaml.indexOf(',', r);
    int first = Integer.parseInt(yaml.substring(r, comma));
    String shifted = yaml.substring(0, r) + (first + 1) + yaml.substring(comma);
    assertThat(TruthCheck.problems(raw, shifted)).isNotEmpty();
    // a line of the raw text lost
    String cut = raw.replaceFirst("\n[^\n]+\n", "\n\n");
    assertThat(TruthCheck.problems(cut, yaml)).isNotEmpty();
  }

  @Test
  void faultTableIsDerivedFromTheEncodingAndCoversMarksTheSeedLacks() {
    String marks = "，。、“”（）；《》！●：·—…？◎℃～〔〕‘’";
    String images = "袁遥尧野冶渊冤曰叶曳浴荫院窑要噎钥因益耀也页耶爷";
    for (int i = 0; i < marks.length(); i++) {
      assertThat(EncodingFault.image(marks.charAt(i))).as(marks.substring(i, i + 1))
          .isEqualTo((int) images.charAt(i));
      assertThat(EncodingFault.mark(images.charAt(i))).isEqualTo((int) marks.charAt(i));
    }
    assertThat(EncodingFault.isMark('A')).isFalse();
    assertThat(EncodingFault.isMark('１')).isFalse(); // full-width digits are not punctuation
    assertThat(EncodingFault.table()).hasSizeGreaterThan(100);
  }

  @Test
  void columnSetterKeepsClreqLineBreakingRulesAndNumbersWhole() {
    ColumnSetter setter = new ColumnSetter(10, -1, -1, 10);
    List<Glyph> glyphs = new ArrayList<>();
    "他说：“我们把2023年的任务，提前完成了！”大家都笑了。Excel表格，一二三四五六七八九十。"
        .codePoints().forEach(cp -> glyphs.add(Glyph.of(cp)));
    List<String> lines = setter.set(glyphs, true);
    assertThat(String.join("", lines)).isEqualTo(
        "他说：“我们把2023年的任务，提前完成了！”大家都笑了。Excel表格，一二三四五六七八九十。");
    assertThat(Glyph.width(lines.get(0))).isLessThanOrEqualTo(8); // first line: the indent
    for (String l : lines) {
      assertThat(Glyph.width(l)).isLessThanOrEqualTo(11); // a hanging mark or two at most
      assertThat("，。、；：？！）》”’").doesNotContain(l.substring(0, 1));
      assertThat("（《“‘").doesNotContain(l.substring(l.length() - 1));
    }
    assertThat(lines).noneMatch(l -> l.endsWith("Exc") || l.endsWith("20"));
  }
}
