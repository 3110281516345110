/**
 * The issue model: immutable records (Issue, Page, Story) and diagnostics as values. Imports
 * nothing of Broadsheet's other packages; every other package may import it.
 */
package org.broadsheet.model;
