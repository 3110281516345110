package org.broadsheet.pdf;

/**
 * A conformance rule a file breaks.
 *
 * @param page 1-based page, or 0 when the rule is about the document as a whole
 * @param rule the rule's name: the standard's clause (veraPDF's rule id, or the PDF/X-1a rule)
 * @param message what is wrong
 */
public record Violation(int page, String rule, String message) {
  @Override
  public String toString() {
    return (page > 0 ? "page " + page : "document") + ": " + rule + ": " + message;
  }
}
