/**
 * Ingest: raw extracted text to an {@link org.broadsheet.model.Issue}. Decoder → Repairer →
 * Masthead → Rejoiner → Segmenter → Classifier, one step a file; {@link
 * org.broadsheet.ingest.Ingest} runs them and returns the issue with its change report. Imports
 * only {@code model}.
 */
package org.broadsheet.ingest;
