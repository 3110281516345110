/**
 * Text: Chinese line composition (clreq, GB/T 15834) — font metrics ({@link
 * org.broadsheet.text.FontFace}, parsed once per process by {@link org.broadsheet.text.FontLibrary}),
 * units and Knuth–Plass items ({@link org.broadsheet.text.ClreqItems}), the one line breaker
 * ({@link org.broadsheet.text.LineBreaker}), positioned horizontal lines ({@link
 * org.broadsheet.text.ParagraphSetter} → {@link org.broadsheet.text.SetLine}) and vertical headline
 * lines ({@link org.broadsheet.text.VerticalSetter} → {@link org.broadsheet.text.SetColumn}). What a
 * glyph shows versus what the text layer keeps is the contract in {@link org.broadsheet.text.Glyph}.
 * Reads fonts with {@code org.apache.fontbox} only; imports {@code model} and nothing else of
 * Broadsheet; knows nothing of pages or PDF.
 */
package org.broadsheet.text;
