/**
 * Text: Chinese line composition (clreq, GB/T 15834) — font metrics, Knuth–Plass items, the line
 * breaker, and positioned lines. Reads fonts with {@code org.apache.fontbox} only; imports
 * {@code model} and nothing else of Broadsheet; knows nothing of pages or PDF.
 */
package org.broadsheet.text;
