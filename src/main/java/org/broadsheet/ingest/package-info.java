/**
 * Ingest: raw extracted text to an {@link org.broadsheet.model.Issue}, one step a file, each
 * recording its changes with their evidence:
 *
 * <ol>
 *   <li>{@code Decoder}: bytes to text (UTF-8 ± BOM, GB18030, UTF-16 with BOM), else refused;
 *   <li>{@code SourceText}: every code point with its line and column, so each output character
 *       traces to its source and each removed one is reported where it stood;
 *   <li>{@code Masthead}: 主管/主办 fragments out of story text into the masthead;
 *   <li>{@code RunningHeads}: page furniture (running heads at page turns, the page-1 masthead
 *       block) out of the text into the change report, kept as page turns and section names;
 *   <li>{@code Repairer} (with {@code DamageMap}, {@code StructuralMarks}, {@code CommonWords}):
 *       mojibake punctuation repaired by context, never by blind substitution;
 *   <li>{@code Rejoiner} (with {@code ColumnLines}: widths and measure): column lines to
 *       paragraphs by measure and indent;
 *   <li>{@code Segmenter} (with {@code HeadlineOrder}) and {@code Classifier}: stories and their
 *       fields; {@code TitleSplitter}: vertical titles in two parts;
 *   <li>{@code Paginator}: pages and sections from the running heads where the issue prints
 *       them, else inferred.
 * </ol>
 *
 * {@link org.broadsheet.ingest.Ingest} runs them and returns the issue with its change report.
 * Imports only {@code model}.
 */
package org.broadsheet.ingest;
