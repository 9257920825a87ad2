/**
 * Generators for update histories and the {@link
 * org.accountgovernance.testkit.update.UpdateCadenceContract} every update cadence must satisfy.
 */
@NullMarked
package org.accountgovernance.testkit.update;

import org.jspecify.annotations.NullMarked;
