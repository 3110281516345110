package org.broadsheet.issuefile;

/** The issue file's key names, fixed by the format (tools outside the project read them). */
final class IssueKeys {
  static final String TITLE = "title";
  static final String PUBLISHER = "publisher";
  static final String DATE = "date";
  static final String NUMBER = "number";
  static final String MASTHEAD = "masthead";
  static final String PAGES = "pages";
  static final String SECTION = "section";
  static final String STORIES = "stories";
  static final String ID = "id";
  static final String KIND = "kind";
  static final String KICKER = "kicker";
  static final String SUBTITLE = "subtitle";
  static final String DATELINE = "dateline";
  static final String BYLINE = "byline";
  static final String PARAGRAPHS = "paragraphs";
  static final String LINES = "lines";
  static final String CAPTION = "caption";
  static final String CREDIT = "credit";
  static final String IMAGE = "image";
  static final String ALT = "alt";
  static final String SUPPLIED = "supplied";
  static final String PRIORITY = "priority";
  static final String HEADLINE = "headline";

  private IssueKeys() {}
}
