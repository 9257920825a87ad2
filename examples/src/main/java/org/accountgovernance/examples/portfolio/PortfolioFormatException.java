package org.accountgovernance.examples.portfolio;

import java.util.OptionalInt;

/**
 * A portfolio file that cannot be loaded: malformed JSON, an unknown or missing field, a value of
 * the wrong form (a negative amount, an unknown level id or enum value, an unparseable time), a
 * duplicate account id, or a fact the library's value types or the playbook refuse. The message
 * names the file, the line where it is known, the JSON path and the offending value.
 *
 * <p>Example message: {@code sample-portfolio.json:412 at $.accounts[3].issues[12].events[0].at:
 * must be an ISO-8601 instant such as 2026-11-20T08:00:00Z but was "yesterday"}.
 *
 * <p>Thrown instead of returning part of a portfolio: a loader returns every account or none.
 */
public final class PortfolioFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final String path;
  private final int line;
  private final String detail;

  /**
   * The exception for {@code detail} at {@code path} of {@code file}, at {@code line} (0 when
   * unknown), caused by {@code cause} (may be null).
   */
  PortfolioFormatException(
      String file,
      String path,
      int line,
      String detail,
      @org.jspecify.annotations.Nullable Throwable cause) {
    super(file + (line > 0 ? ":" + line : "") + " at " + path + ": " + detail, cause);
    this.file = file;
    this.path = path;
    this.line = line;
    this.detail = detail;
  }

  /** The file's name as given to the loader, e.g. {@code "sample-portfolio.json"}. */
  public String file() {
    return file;
  }

  /** The JSON path of the offending value, e.g. {@code "$.accounts[3].issues[12].openedAt"}. */
  public String path() {
    return path;
  }

  /** The 1-based line of the offending value (or of its nearest enclosing value), if known. */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /** What is wrong, without the file and path: the rule and the offending value. */
  public String detail() {
    return detail;
  }
}
