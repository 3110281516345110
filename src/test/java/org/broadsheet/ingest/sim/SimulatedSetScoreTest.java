package org.broadsheet.ingest.sim;

/**
 * Runs the {@link SimulatedSetScore} harness in {@code mvn verify}: surefire's default includes
 * pick only {@code *Test} classes, and the harness keeps the name the issues use for it.
 */
class SimulatedSetScoreTest extends SimulatedSetScore {}
