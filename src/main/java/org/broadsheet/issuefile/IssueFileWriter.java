package org.broadsheet.issuefile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.broadsheet.model.Issue;
import org.broadsheet.model.Page;
import org.broadsheet.model.Story;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/** Writes an issue as an issue file (YAML, UTF-8), with the key names of the format. */
public final class IssueFileWriter {
  private IssueFileWriter() {}

  public static String write(Issue issue) {
    DumpSettings settings = DumpSettings.builder()
        .setDefaultFlowStyle(FlowStyle.BLOCK)
        .setUseUnicodeEncoding(true)
        .setWidth(100_000)
        .setIndent(2)
        .setIndicatorIndent(2)
        .setIndentWithIndicator(true)
        .build();
    return new Dump(settings).dumpToString(toMap(issue));
  }

  static Map<String, Object> toMap(Issue issue) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(IssueKeys.TITLE, issue.title());
    m.put(IssueKeys.PUBLISHER, issue.publisher());
    m.put(IssueKeys.DATE, issue.date());
    m.put(IssueKeys.NUMBER, issue.number());
    if (!issue.masthead().isEmpty()) {
      m.put(IssueKeys.MASTHEAD, new ArrayList<>(issue.masthead()));
    }
    if (issue.hasPages()) {
      List<Object> pages = new ArrayList<>();
      for (Page p : issue.pages()) {
        Map<String, Object> pm = new LinkedHashMap<>();
        pm.put(IssueKeys.NUMBER, p.number());
        pm.put(IssueKeys.SECTION, p.section());
        if (!p.supplied().isEmpty()) {
          pm.put(IssueKeys.SUPPLIED, new ArrayList<>(p.supplied()));
        }
        pm.put(IssueKeys.STORIES, stories(p.stories()));
        pages.add(pm);
      }
      m.put(IssueKeys.PAGES, pages);
    } else {
      m.put(IssueKeys.STORIES, stories(issue.stories()));
    }
    return m;
  }

  private static List<Object> stories(List<Story> stories) {
    List<Object> out = new ArrayList<>();
    for (Story s : stories) {
      Map<String, Object> sm = new LinkedHashMap<>();
      sm.put(IssueKeys.ID, s.id());
      sm.put(IssueKeys.KIND, s.kind().key());
      sm.put(IssueKeys.KICKER, s.kicker());
      sm.put(IssueKeys.TITLE, s.title().isEmpty() ? null
          : s.title().size() == 1 ? s.title().get(0) : new ArrayList<>(s.title()));
      sm.put(IssueKeys.SUBTITLE, s.subtitle());
      sm.put(IssueKeys.DATELINE, s.dateline());
      sm.put(IssueKeys.BYLINE, s.byline());
      sm.put(IssueKeys.PARAGRAPHS, new ArrayList<>(s.paragraphs()));
      sm.put(IssueKeys.LINES, new ArrayList<>(s.lines()));
      sm.put(IssueKeys.CAPTION, s.caption());
      sm.put(IssueKeys.CREDIT, s.credit());
      sm.put(IssueKeys.IMAGE, s.image());
      sm.put(IssueKeys.ALT, s.alt());
      sm.put(IssueKeys.SUPPLIED, new ArrayList<>(s.supplied()));
      if (s.priority() != null) {
        sm.put(IssueKeys.PRIORITY, s.priority().key());
      }
      if (s.headline() != null) {
        sm.put(IssueKeys.HEADLINE, s.headline().key());
      }
      out.add(sm);
    }
    return out;
  }
}
