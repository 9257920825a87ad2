/**
 * The playbook on Apache Flink: a stream of {@link org.accountgovernance.flink.AccountEvent}s keyed
 * by account becomes a stream of {@link org.accountgovernance.flink.GovernanceNotification}s, each
 * stamped with the instant it became true. Each account's facts are Flink keyed state and its
 * single pending deadline a Flink timer, so both survive a checkpoint and a restore.
 *
 * <pre>{@code
 * DataStream<GovernanceNotification> notifications =
 *     FlinkGovernance.govern(events, AccountGovernanceFunction.builder().build());
 * }</pre>
 */
@NullMarked
package org.accountgovernance.flink;

import org.jspecify.annotations.NullMarked;
