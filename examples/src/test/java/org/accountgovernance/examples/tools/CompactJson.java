package org.accountgovernance.examples.tools;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON for people: a value that fits on its line stays on one line, anything longer is
 * broken over lines with two-space indents. Also a tiny builder, {@code obj("type", "RESPONDED",
 * "after", "PT2H")}, for writing the sample.
 */
final class CompactJson {
  private static final int WIDTH = 120;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private CompactJson() {}

  /** An object of alternating names and values; null values are left out. */
  static ObjectNode obj(Object... namesAndValues) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      Object value = namesAndValues[i + 1];
      if (value != null) {
        node.set((String) namesAndValues[i], value(value));
      }
    }
    return node;
  }

  /** An array of {@code values}. */
  static ArrayNode arr(List<?> values) {
    ArrayNode node = JsonNodeFactory.instance.arrayNode();
    values.forEach(v -> node.add(value(v)));
    return node;
  }

  /** An array of {@code values}. */
  static ArrayNode arr(Object... values) {
    return arr(List.of(values));
  }

  private static JsonNode value(Object value) {
    if (value instanceof JsonNode node) {
      return node;
    }
    if (value instanceof String text) {
      return JsonNodeFactory.instance.textNode(text);
    }
    if (value instanceof Integer number) {
      return JsonNodeFactory.instance.numberNode(number);
    }
    if (value instanceof Long number) {
      return JsonNodeFactory.instance.numberNode(number);
    }
    if (value instanceof BigDecimal number) {
      return JsonNodeFactory.instance.numberNode(number);
    }
    if (value instanceof Boolean flag) {
      return JsonNodeFactory.instance.booleanNode(flag);
    }
    if (value instanceof List<?> list) {
      return arr(list);
    }
    return JsonNodeFactory.instance.textNode(value.toString());
  }

  /** {@code node} as text, ending with a newline. */
  static String write(JsonNode node) {
    StringBuilder out = new StringBuilder();
    write(out, node, 0, 0);
    return out.append('\n').toString();
  }

  private static void write(StringBuilder out, JsonNode node, int indent, int used) {
    String flat = flat(node);
    if (!node.isContainerNode() || node.isEmpty() || indent + used + flat.length() <= WIDTH) {
      out.append(flat);
      return;
    }
    String inner = " ".repeat(indent + 2);
    if (node.isObject()) {
      out.append("{\n");
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
          fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        String key = quote(field.getKey()) + ": ";
        out.append(inner).append(key);
        write(out, field.getValue(), indent + 2, key.length());
        out.append(fields.hasNext() ? ",\n" : "\n");
      }
      out.append(" ".repeat(indent)).append('}');
    } else {
      out.append("[\n");
      for (int i = 0; i < node.size(); i++) {
        out.append(inner);
        write(out, node.get(i), indent + 2, 0);
        out.append(i < node.size() - 1 ? ",\n" : "\n");
      }
      out.append(" ".repeat(indent)).append(']');
    }
  }

  private static String flat(JsonNode node) {
    if (node.isObject()) {
      StringBuilder text = new StringBuilder("{");
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        text.append(text.length() > 1 ? ", " : "")
            .append(quote(field.getKey()))
            .append(": ")
            .append(flat(field.getValue()));
      }
      return text.append('}').toString();
    }
    if (node.isArray()) {
      StringBuilder text = new StringBuilder("[");
      for (JsonNode element : node) {
        text.append(text.length() > 1 ? ", " : "").append(flat(element));
      }
      return text.append(']').toString();
    }
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String quote(String text) {
    try {
      return MAPPER.writeValueAsString(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
