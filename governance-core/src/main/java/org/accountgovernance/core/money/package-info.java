/**
 * Money in governance rules: amounts are Joda-Money {@link org.joda.money.Money} values that carry
 * their currency, and comparing amounts in different currencies needs a host-supplied {@link
 * org.accountgovernance.core.money.CurrencyConverter} — never a silent comparison of numbers.
 */
@GovernanceStyle
@NullMarked
package org.accountgovernance.core.money;

import org.accountgovernance.core.internal.GovernanceStyle;
import org.jspecify.annotations.NullMarked;
