/**
 * Layout: pure computation over the model and font metrics. Reads templates from
 * {@code layouts/*.yaml} ({@link org.broadsheet.layout.LayoutLoader}), plans pages and produces a
 * tree of positioned items ({@link org.broadsheet.layout.IssueFrame}). Imports {@code model} and
 * {@code text}; never imports {@code pdf}.
 */
package org.broadsheet.layout;
