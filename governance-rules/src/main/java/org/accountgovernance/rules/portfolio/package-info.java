/**
 * Many accounts at once: {@link org.accountgovernance.rules.portfolio.PortfolioSweep} keeps every
 * account's governance report current, re-evaluates an account only when its facts change or its
 * next deadline arrives, and answers what comes due next across the portfolio.
 */
@GovernanceStyle
@NullMarked
package org.accountgovernance.rules.portfolio;

import org.accountgovernance.core.internal.GovernanceStyle;
import org.jspecify.annotations.NullMarked;
