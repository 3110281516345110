/**
 * PDF: the only package that imports {@code org.apache.pdfbox}. Writes the print edition
 * (PDF/X-1a) and the archive edition from a laid-out {@link org.broadsheet.layout.IssueFrame};
 * {@code FrameWriter} walks the frame items once. Imports {@code model}, {@code text} (glyphs) and
 * {@code layout}.
 */
package org.broadsheet.pdf;
