/**
 * The command line: picocli commands (build, clean, bench), the pipeline wiring, the one
 * diagnostic printer and all-or-nothing output. Nothing imports this package.
 */
package org.broadsheet.cli;
