/**
 * The issue file (YAML): the editable interface between cleaning and layout. Reads with line and
 * column for every error, writes with the format's fixed key names. Imports only {@code model}.
 */
package org.broadsheet.issuefile;
