/** Generators for account teams with availability calendars in random zones. */
@NullMarked
package org.accountgovernance.testkit.team;

import org.jspecify.annotations.NullMarked;
