package org.accountgovernance.core.authority;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * What a decision is about, which decides who is accountable for it (RACI-ROUTE): pricing and
 * contracts go to Sales / Deal Desk, technical specifications and engineering changes to
 * Engineering / Quality.
 *
 * <p>Example: a quote with a new margin is {@code PRICING}.
 */
@API(status = MAINTAINED, since = "0.1.0")
public enum DecisionDomain {
  /** Prices and margins. */
  PRICING,
  /** Contract terms. */
  CONTRACTS,
  /** Technical specification. */
  TECHNICAL_SPECIFICATION,
  /** Engineering change orders. */
  ENGINEERING_CHANGE,
  /** Material the customer is liable for. */
  MATERIAL_LIABILITY,
  /** Returns and credits. */
  RMA_CREDIT,
  /** Delivery: what is built and shipped, when. */
  DELIVERY;

  /**
   * Whether the domain is commercial (pricing or contracts).
   *
   * @return {@code true} for {@link #PRICING} and {@link #CONTRACTS}, whose decisions belong to
   *     Sales / Deal Desk
   */
  public boolean isCommercial() {
    return this == PRICING || this == CONTRACTS;
  }

  /**
   * Whether the domain is technical (specification or engineering change).
   *
   * @return {@code true} for {@link #TECHNICAL_SPECIFICATION} and {@link #ENGINEERING_CHANGE},
   *     whose decisions belong to Engineering / Quality
   */
  public boolean isTechnical() {
    return this == TECHNICAL_SPECIFICATION || this == ENGINEERING_CHANGE;
  }
}
