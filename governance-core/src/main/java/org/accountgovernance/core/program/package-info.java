/**
 * The account-level escalation programme (AEM): an account "at risk" is proposed, declared,
 * remediated against success criteria with a plan of action items, kept informed by status updates,
 * closed with its stakeholders' consent, and followed up after closure. The programme is a fold
 * over {@link org.accountgovernance.core.program.ProgramEvent}s recorded in an {@link
 * org.accountgovernance.core.program.AccountEscalation}; a {@link
 * org.accountgovernance.core.program.ProgramPolicy} answers, in a {@link
 * org.accountgovernance.core.program.ProgramReport}, what is due and what is wrong at an instant.
 */
@GovernanceStyle
@NullMarked
package org.accountgovernance.core.program;

import org.accountgovernance.core.internal.GovernanceStyle;
import org.jspecify.annotations.NullMarked;
