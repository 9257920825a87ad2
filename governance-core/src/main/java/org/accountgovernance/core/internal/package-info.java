/** Implementation details shared by the project's modules; not part of the API. */
@GovernanceStyle
package org.accountgovernance.core.internal;
