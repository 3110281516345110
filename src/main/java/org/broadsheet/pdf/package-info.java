/**
 * PDF: the only package that imports {@code org.apache.pdfbox}, veraPDF and OpenPDF. Writes the
 * print edition (PDF/X-1a:2003, {@code PrintEdition}) and the archive edition (PDF/A-2u +
 * PDF/UA-1, {@code ArchiveEdition}) from a laid-out {@link org.broadsheet.layout.IssueFrame};
 * {@code FrameWriter} walks the frame items once for both, asking the edition's
 * {@code ColorScheme} for each ink and its {@code ContentMarker} for marked content (the archive's
 * {@code StructureTree} maps each item's {@link org.broadsheet.layout.Tag} to a structure
 * element). A new module kind adds a {@code FrameItem} (drawn in {@code FrameWriter}), an ink in
 * {@code ColorScheme} with a mapping per edition, and a {@code Tag.Role} with its structure type.
 * {@code ConformanceCheck} checks finished files: veraPDF for the archive, {@code PdfXCheck}
 * (OpenPDF, a reader independent of the writer) for print. Imports {@code model}, {@code text}
 * (glyphs, faces) and {@code layout}.
 */
package org.broadsheet.pdf;
