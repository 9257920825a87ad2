/**
 * Executive involvement and alignment (EXE): the {@link
 * org.accountgovernance.core.engagement.AccountProfile} that sets how often executives meet, the
 * {@link org.accountgovernance.core.engagement.ExecutiveFrequencyPolicy} SPI, executive exchanges,
 * contacts at every level, expectations against the contract, and the archive of ideas shared.
 */
@GovernanceStyle
@NullMarked
package org.accountgovernance.core.engagement;

import org.accountgovernance.core.internal.GovernanceStyle;
import org.jspecify.annotations.NullMarked;
