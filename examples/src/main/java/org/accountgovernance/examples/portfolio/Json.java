package org.accountgovernance.examples.portfolio;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.IllegalCurrencyException;
import org.joda.money.Money;

/**
 * One value of a portfolio file with its place in it: the file, the JSON path, and what kind of
 * object it is. Every accessor checks the value's form and fails with a {@link
 * PortfolioFormatException} naming the file, the line, the path and the value.
 */
final class Json {
  private static final int SHOWN = 80;

  private final Source source;
  private final JsonNode node;
  private final List<Object> path;
  private final String kind;
  private final List<String> fields;

  private Json(Source source, JsonNode node, List<Object> path, String kind, List<String> fields) {
    this.source = source;
    this.node = node;
    this.path = path;
    this.kind = kind;
    this.fields = fields;
  }

  /** The file's text and name, for messages and line numbers. */
  record Source(String name, String text) {
    /** The line of the value at {@code path}, or of its nearest enclosing value; 0 if unknown. */
    int lineOf(List<Object> path) {
      List<String> wanted = new ArrayList<>();
      for (int i = 0; i <= path.size(); i++) {
        wanted.add(pointer(path.subList(0, i)));
      }
      String target = wanted.get(wanted.size() - 1);
      Map<String, Integer> lines = new HashMap<>();
      try (JsonParser parser = new JsonFactory().createParser(text)) {
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
          if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
            continue;
          }
          JsonStreamContext context = parser.getParsingContext();
          if (token.isStructStart()) {
            context = context.getParent();
          }
          String at = context == null ? "" : context.pathAsPointer().toString();
          if (wanted.contains(at)) {
            lines.putIfAbsent(at, parser.currentTokenLocation().getLineNr());
            if (at.equals(target)) {
              break;
            }
          }
        }
      } catch (IOException e) {
        // The text was parsed once already; past a syntax error, the lines found so far serve.
      }
      for (int i = wanted.size() - 1; i >= 0; i--) {
        Integer line = lines.get(wanted.get(i));
        if (line != null) {
          return line;
        }
      }
      return 0;
    }
  }

  /** The document's root value. */
  static Json root(Source source, JsonNode node) {
    return new Json(source, node, List.of(), "the portfolio", List.of());
  }

  /** The JSON value itself. */
  JsonNode node() {
    return node;
  }

  /** The JSON path, e.g. {@code $.accounts[3].issues[12].at}. */
  String path() {
    return jsonPath(path);
  }

  /** The file's name. */
  String file() {
    return source.name();
  }

  /** A failure here, saying {@code detail}. */
  PortfolioFormatException error(String detail) {
    return error(detail, null);
  }

  /** A failure here, saying {@code detail}, caused by {@code cause}. */
  PortfolioFormatException error(
      String detail, @org.jspecify.annotations.Nullable Throwable cause) {
    return new PortfolioFormatException(
        source.name(), jsonPath(path), source.lineOf(path), detail, cause);
  }

  /** A failure in the form "must be {@code rule} but was <the value>". */
  PortfolioFormatException mustBe(String rule) {
    return error("must be " + rule + " but was " + shown());
  }

  /** The value as JSON text, cut short if long. */
  String shown() {
    String text = node.toString();
    return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
  }

  /**
   * This value as an object called {@code kind} in messages, whose fields may only be {@code
   * allowed}.
   */
  Json object(String kind, String... allowed) {
    if (!node.isObject()) {
      throw mustBe("an object (" + kind + ")");
    }
    List<String> known = Arrays.asList(allowed);
    Json object = new Json(source, node, path, kind, known);
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String name = field.getKey();
      if (!known.contains(name)) {
        throw object
            .child(name, node.path(name))
            .error(
                "is not a field of " + kind + " (known fields: " + String.join(", ", known) + ")");
      }
    }
    return object;
  }

  /** The required field {@code name}. */
  Json get(String name) {
    return opt(name)
        .orElseThrow(
            () -> child(name, node.path(name)).error("is missing: " + kind + " needs " + name));
  }

  /** The field {@code name}, if present. */
  Optional<Json> opt(String name) {
    if (!fields.contains(name)) {
      throw new IllegalStateException(name + " is not declared for " + kind);
    }
    JsonNode value = node.get(name);
    return value == null ? Optional.empty() : Optional.of(child(name, value));
  }

  /**
   * The field {@code name}, present or not: where a message about it belongs (a missing field's
   * path, at the line of this object).
   */
  Json field(String name) {
    return opt(name).orElseGet(() -> child(name, node.path(name)));
  }

  /** Whether the field {@code name} is present. */
  boolean has(String name) {
    return opt(name).isPresent();
  }

  /** The elements of the array field {@code name}, none when absent. */
  List<Json> list(String name) {
    return opt(name).map(Json::elements).orElse(List.of());
  }

  /** This value's elements. */
  List<Json> elements() {
    if (!node.isArray()) {
      throw mustBe("an array");
    }
    List<Json> elements = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      elements.add(child(i, node.get(i)));
    }
    return elements;
  }

  /** This object's fields, in the file's order. */
  List<Map.Entry<String, Json>> entries() {
    if (!node.isObject()) {
      throw mustBe("an object");
    }
    List<Map.Entry<String, Json>> entries = new ArrayList<>();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      entries.add(Map.entry(field.getKey(), child(field.getKey(), field.getValue())));
    }
    return entries;
  }

  private Json child(Object segment, JsonNode value) {
    List<Object> childPath = new ArrayList<>(path);
    childPath.add(segment);
    return new Json(source, value, List.copyOf(childPath), "", List.of());
  }

  /** Text with a character other than whitespace. */
  String text() {
    if (!node.isTextual() || node.asText().isBlank()) {
      throw mustBe("non-blank text");
    }
    return node.asText();
  }

  /** {@code true} or {@code false}. */
  boolean bool() {
    if (!node.isBoolean()) {
      throw mustBe("true or false");
    }
    return node.booleanValue();
  }

  /** A number, exactly as written. */
  BigDecimal decimal() {
    if (!node.isNumber()) {
      throw mustBe("a number");
    }
    return node.decimalValue();
  }

  /** A whole number, zero or more. */
  long count() {
    if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < 0) {
      throw mustBe("a whole number, zero or more");
    }
    return node.longValue();
  }

  /** A whole or decimal number, zero or more. */
  BigDecimal nonNegativeDecimal() {
    BigDecimal value = decimal();
    if (value.signum() < 0) {
      throw mustBe("zero or more");
    }
    return value;
  }

  /** An ISO-8601 instant. */
  Instant instant() {
    String text = textOr("an ISO-8601 instant such as 2026-11-20T08:00:00Z");
    try {
      return Instant.parse(text);
    } catch (DateTimeException e) {
      throw mustBe("an ISO-8601 instant such as 2026-11-20T08:00:00Z");
    }
  }

  /** An ISO-8601 local date. */
  LocalDate date() {
    String text = textOr("an ISO-8601 date such as 2026-11-20");
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      throw mustBe("an ISO-8601 date such as 2026-11-20");
    }
  }

  /** An ISO-8601 duration, zero or more. */
  Duration duration() {
    String rule = "an ISO-8601 duration such as PT4H or P2DT3H, zero or more";
    String text = textOr(rule);
    Duration duration;
    try {
      duration = Duration.parse(text);
    } catch (DateTimeException e) {
      throw mustBe(rule);
    }
    if (duration.isNegative()) {
      throw mustBe(rule);
    }
    return duration;
  }

  /** A time-zone id such as {@code Europe/Berlin}. */
  ZoneId zone() {
    String rule = "a time-zone id such as Europe/Berlin";
    String text = textOr(rule);
    try {
      return ZoneId.of(text);
    } catch (DateTimeException e) {
      throw mustBe(rule);
    }
  }

  /** One of {@code type}'s constants, by its exact name. */
  <E extends Enum<E>> E enumOf(Class<E> type) {
    E[] constants = type.getEnumConstants();
    List<String> names = new ArrayList<>();
    for (E constant : constants) {
      names.add(constant.name());
    }
    String rule = "one of " + String.join(", ", names);
    String text = textOr(rule);
    for (E constant : constants) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    throw mustBe(rule);
  }

  /** One of {@code allowed}, e.g. a level id of the ladder; {@code what} names them. */
  String oneOf(Collection<String> allowed, String what) {
    String rule = what + ": one of " + String.join(", ", allowed);
    String text = textOr(rule);
    if (!allowed.contains(text)) {
      throw mustBe(rule);
    }
    return text;
  }

  /** An amount such as {@code "USD 12500.00"}, zero or more, in the currency's decimal places. */
  Money money() {
    String rule = "an amount such as \"USD 12500.00\" (currency code, space, zero or more)";
    String text = textOr(rule);
    String[] parts = text.trim().split(" ", -1);
    if (parts.length != 2) {
      throw mustBe(rule);
    }
    Money money;
    try {
      money = Money.of(CurrencyUnit.of(parts[0]), new BigDecimal(parts[1]));
    } catch (IllegalCurrencyException | NumberFormatException | ArithmeticException e) {
      throw mustBe(rule);
    }
    if (money.isNegative()) {
      throw mustBe(rule);
    }
    return money;
  }

  private String textOr(String rule) {
    if (!node.isTextual()) {
      throw mustBe(rule);
    }
    return node.asText();
  }

  private static String jsonPath(List<Object> path) {
    StringBuilder text = new StringBuilder("$");
    for (Object segment : path) {
      if (segment instanceof Integer) {
        text.append('[').append(segment).append(']');
      } else if (segment.toString().matches("[A-Za-z_][A-Za-z0-9_]*")) {
        text.append('.').append(segment);
      } else {
        text.append("['").append(segment).append("']");
      }
    }
    return text.toString();
  }

  private static String pointer(List<Object> path) {
    StringBuilder text = new StringBuilder();
    for (Object segment : path) {
      text.append('/').append(segment.toString().replace("~", "~0").replace("/", "~1"));
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return jsonPath(path) + "=" + shown();
  }
}
