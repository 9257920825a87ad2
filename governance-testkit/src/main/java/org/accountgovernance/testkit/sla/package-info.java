/**
 * Generators for coverage calendars in random zones around daylight-saving changes, and the {@link
 * org.accountgovernance.testkit.sla.CoverageCalendarContract} a host runs against its own calendar.
 */
@NullMarked
package org.accountgovernance.testkit.sla;

import org.jspecify.annotations.NullMarked;
