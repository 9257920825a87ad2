/**
 * The portfolio report: the sample portfolio (or any portfolio file) evaluated at one instant and
 * shown as a terminal report and a self-contained HTML page.
 */
@NullMarked
package org.accountgovernance.examples.report;

import org.jspecify.annotations.NullMarked;
