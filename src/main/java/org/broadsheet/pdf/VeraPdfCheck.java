package org.broadsheet.pdf;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The archive edition's check: veraPDF's PDF/A-2u and PDF/UA-1 profiles over one parse. Each
 * failed rule is reported once, with the first page it fails on and how many times it fails.
 */
final class VeraPdfCheck {
  /** The profiles the archive edition must pass. */
  static final List<PDFAFlavour> FLAVOURS = List.of(PDFAFlavour.PDFA_2_U, PDFAFlavour.PDFUA_1);
  private static final Pattern PAGE = Pattern.compile("pages\\[(\\d+)\\]");
  private static boolean initialised;

  private VeraPdfCheck() {}

  static synchronized void initialise() {
    if (!initialised) {
      VeraGreenfieldFoundryProvider.initialise();
      initialised = true;
    }
  }

  /** Runs both profiles; returns the violations (empty: compliant with both). */
  static List<Violation> check(byte[] pdf) {
    initialise();
    List<Violation> out = new ArrayList<>();
    try (PDFAParser parser = Foundries.defaultInstance().createParser(
            new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_U);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(FLAVOURS)) {
      for (ValidationResult result : validator.validateAll(parser)) {
        Map<String, Violation> byRule = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (TestAssertion a : result.getTestAssertions()) {
          if (a.getStatus() != TestAssertion.Status.FAILED) {
            continue;
          }
          String rule = result.getPDFAFlavour().getId() + " " + a.getRuleId().getClause() + "-"
              + a.getRuleId().getTestNumber();
          counts.merge(rule, 1, Integer::sum);
          byRule.putIfAbsent(rule, new Violation(page(a), rule, a.getMessage()));
        }
        byRule.forEach((rule, v) -> out.add(new Violation(v.page(), rule,
            v.message() + " (" + counts.get(rule) + "×)")));
      }
    } catch (Exception e) {
      out.add(new Violation(0, "veraPDF", "cannot validate: " + e));
    }
    return out;
  }

  /** veraPDF's 0-based page index in the assertion's context, as a 1-based page; else 0. */
  private static int page(TestAssertion a) {
    String context = a.getLocation() == null ? null : a.getLocation().getContext();
    if (context == null) {
      return 0;
    }
    Matcher m = PAGE.matcher(context);
    return m.find() ? Integer.parseInt(m.group(1)) + 1 : 0;
  }
}
