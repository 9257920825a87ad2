/**
 * A portfolio of accounts as data: {@link org.accountgovernance.examples.portfolio.PortfolioLoader}
 * reads a JSON file (the format is documented in {@code examples/PORTFOLIO-FORMAT.md}) into one
 * {@link org.accountgovernance.core.account.AccountSnapshot} per account, strictly, naming file,
 * line, JSON path and value for anything it cannot take. The examples ship a sample portfolio of 25
 * fictional accounts ({@link
 * org.accountgovernance.examples.portfolio.PortfolioLoader#loadSample()}).
 *
 * <p>Jackson is used here only: the library itself reads no files.
 */
package org.accountgovernance.examples.portfolio;
