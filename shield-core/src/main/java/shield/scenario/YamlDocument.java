package shield.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.DoublePredicate;
import java.util.function.Supplier;

/**
 * A YAML file read into a tree that remembers the line of every key, with typed accessors that
 * collect every mistake they find as {@code file:line: key.path: what would be valid}.
 *
 * <p>Jackson's trees drop locations, so the file is streamed once to record the line of each JSON
 * pointer and then read into a tree; accessors look the line up by pointer.
 */
final class YamlDocument {

  private static final ObjectMapper YAML =
      new ObjectMapper(
          YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

  private final String name;
  private final Map<String, Integer> lineByPointer;
  private final List<String> errors;

  private YamlDocument(String name, Map<String, Integer> lineByPointer, List<String> errors) {
    this.name = name;
    this.lineByPointer = lineByPointer;
    this.errors = errors;
  }

  /**
   * Reads a YAML file whose top level must be a mapping.
   *
   * @param in the file's bytes (UTF-8); not closed
   * @param name the file's name, for messages
   * @param errors receives the mistakes found, here and by the returned node's accessors
   * @return the top-level mapping, or null if the file is not a YAML mapping (the reason is in
   *     {@code errors})
   */
  static Node read(InputStream in, String name, List<String> errors) {
    String text;
    try {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    Map<String, Integer> lines = new HashMap<>();
    JsonNode root;
    try {
      try (JsonParser parser = YAML.createParser(text)) {
        while (parser.nextToken() != null) {
          lines.putIfAbsent(
              parser.getParsingContext().pathAsPointer().toString(),
              parser.currentTokenLocation().getLineNr());
        }
      }
      root = YAML.readTree(text);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      errors.add(
          name
              + ":"
              + (at == null ? 1 : at.getLineNr())
              + ": not valid YAML: "
              + e.getOriginalMessage());
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    Node top = new Node(new YamlDocument(name, lines, errors), root, "", "");
    if (!root.isObject()) {
      top.error("the file must be a YAML mapping");
      return null;
    }
    return top;
  }

  private int line(String pointer) {
    String p = pointer;
    while (!p.isEmpty()) {
      Integer line = lineByPointer.get(p);
      if (line != null) {
        return line;
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
    return 1;
  }

  /** A mapping, list or value of the file, with its key path and its JSON pointer. */
  static final class Node {
    private final YamlDocument doc;
    private final JsonNode value;
    private final String path;
    private final String pointer;

    private Node(YamlDocument doc, JsonNode value, String path, String pointer) {
      this.doc = doc;
      this.value = value;
      this.path = path;
      this.pointer = pointer;
    }

    /** Key path of this node, e.g. {@code missiles[2].stages[0]}. */
    String path() {
      return path;
    }

    /** Line of this node in the file (from 1). */
    int line() {
      return doc.line(pointer);
    }

    /** Records a mistake at this node. */
    void error(String message) {
      doc.errors.add(
          doc.name + ":" + line() + ": " + (path.isEmpty() ? "" : path + ": ") + message);
    }

    /** Records a mistake for every key of this mapping that is not one of the valid keys. */
    void onlyKeys(String... validKeys) {
      Set<String> valid = Set.of(validKeys);
      for (Iterator<String> it = value.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        if (!valid.contains(key)) {
          child(key)
              .error("unknown key; valid keys here: " + String.join(", ", new TreeSet<>(valid)));
        }
      }
    }

    /** Whether this mapping has a key. */
    boolean has(String key) {
      return value.has(key);
    }

    /** A required non-empty text; null after recording a mistake. */
    String text(String key) {
      Node n = required(key, "a non-empty text");
      if (n == null) {
        return null;
      }
      if (!n.value.isTextual() || n.value.asText().isBlank()) {
        n.error("must be a non-empty text, got " + describe(n.value));
        return null;
      }
      return n.value.asText();
    }

    /** An optional text, or the default when the key is absent; null after recording a mistake. */
    String text(String key, String defaultValue) {
      return value.has(key) ? text(key) : defaultValue;
    }

    /** A required text among the allowed ones; null after recording a mistake. */
    String oneOf(String key, List<String> allowed) {
      String expected = "one of " + String.join(", ", allowed);
      Node n = required(key, expected);
      if (n == null) {
        return null;
      }
      if (!n.value.isTextual() || !allowed.contains(n.value.asText())) {
        n.error("must be " + expected + ", got " + describe(n.value));
        return null;
      }
      return n.value.asText();
    }

    /** A required {@code true} or {@code false}; false after recording a mistake. */
    boolean bool(String key) {
      Node n = required(key, "true or false");
      if (n == null) {
        return false;
      }
      if (!n.value.isBoolean()) {
        n.error("must be true or false, got " + describe(n.value));
        return false;
      }
      return n.value.asBoolean();
    }

    /**
     * A required finite number that passes a check; NaN after recording a mistake.
     *
     * @param key the key
     * @param expected what a valid value is, for messages, e.g. {@code a positive number}
     * @param valid the check
     */
    double number(String key, String expected, DoublePredicate valid) {
      Node n = required(key, expected);
      if (n == null) {
        return Double.NaN;
      }
      if (!n.value.isNumber() || !Double.isFinite(n.value.asDouble())) {
        n.error("must be " + expected + ", got " + describe(n.value));
        return Double.NaN;
      }
      double v = n.value.asDouble();
      if (!valid.test(v)) {
        n.error("must be " + expected + ", got " + n.value.asText());
        return Double.NaN;
      }
      return v;
    }

    /** A required number greater than zero; NaN after recording a mistake. */
    double positive(String key) {
      return number(key, "a positive number", v -> v > 0);
    }

    /** A required list of finite numbers; null after recording a mistake. */
    double[] numbers(String key) {
      Node n = required(key, "a list of numbers");
      if (n == null) {
        return null;
      }
      if (!n.value.isArray()) {
        n.error("must be a list of numbers, got " + describe(n.value));
        return null;
      }
      double[] out = new double[n.value.size()];
      boolean ok = true;
      for (int i = 0; i < out.length; i++) {
        JsonNode e = n.value.get(i);
        if (!e.isNumber() || !Double.isFinite(e.asDouble())) {
          n.element(i).error("must be a number, got " + describe(e));
          ok = false;
        }
        out[i] = e.asDouble();
      }
      return ok ? out : null;
    }

    /**
     * A required non-empty list of finite numbers that each pass a check; null after recording a
     * mistake at each element that fails.
     *
     * @param key the key
     * @param expected what a valid element is, for messages, e.g. {@code a number of degrees}
     * @param valid the check of each element
     */
    double[] numbers(String key, String expected, DoublePredicate valid) {
      double[] out = numbers(key);
      if (out == null) {
        return null;
      }
      if (out.length == 0) {
        child(key).error("must be a non-empty list of numbers");
        return null;
      }
      boolean ok = true;
      for (int i = 0; i < out.length; i++) {
        if (!valid.test(out[i])) {
          child(key).element(i).error("must be " + expected + ", got " + out[i]);
          ok = false;
        }
      }
      return ok ? out : null;
    }

    /** Whether this mapping's value at a key is a mapping. */
    boolean isMapping(String key) {
      JsonNode v = value.get(key);
      return v != null && v.isObject();
    }

    /** An optional number that passes a check, or the default when the key is absent. */
    double number(String key, String expected, DoublePredicate valid, double defaultValue) {
      return value.has(key) ? number(key, expected, valid) : defaultValue;
    }

    /**
     * A required whole number within bounds; {@code lowest - 1} after recording a mistake.
     *
     * @param lowest the smallest valid value
     * @param highest the largest valid value
     */
    int integer(String key, int lowest, int highest) {
      String expected = "a whole number from " + lowest + " to " + highest;
      Node n = required(key, expected);
      if (n == null) {
        return lowest - 1;
      }
      if (!n.value.isIntegralNumber()
          || !n.value.canConvertToInt()
          || n.value.asInt() < lowest
          || n.value.asInt() > highest) {
        n.error("must be " + expected + ", got " + describe(n.value));
        return lowest - 1;
      }
      return n.value.asInt();
    }

    /** An optional whole number within bounds, or the default when the key is absent. */
    int integer(String key, int lowest, int highest, int defaultValue) {
      return value.has(key) ? integer(key, lowest, highest) : defaultValue;
    }

    /** A required non-empty list of non-empty texts; null after recording a mistake. */
    List<String> texts(String key) {
      Node n = required(key, "a non-empty list of texts");
      if (n == null) {
        return null;
      }
      if (!n.value.isArray() || n.value.isEmpty()) {
        n.error("must be a non-empty list of texts, got " + describe(n.value));
        return null;
      }
      List<String> out = new ArrayList<>();
      for (int i = 0; i < n.value.size(); i++) {
        JsonNode e = n.value.get(i);
        if (!e.isTextual() || e.asText().isBlank()) {
          n.element(i).error("must be a non-empty text, got " + describe(e));
          return null;
        }
        out.add(e.asText());
      }
      return out;
    }

    /** The value at a key as a node of its own, or null when the key is absent. */
    Node get(String key) {
      return child(key);
    }

    /** This node's text, or null if it is not a non-empty text. */
    String asText() {
      return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }

    /** Whether this node is a mapping. */
    boolean isMapping() {
      return value.isObject();
    }

    /** The mappings of an optional list: empty when the key is absent. */
    List<Node> optionalMappings(String key) {
      return value.has(key) ? mappings(key) : List.of();
    }

    /** A required mapping; null after recording a mistake. */
    Node mapping(String key) {
      Node n = required(key, "a mapping of keys to values");
      if (n != null && !n.value.isObject()) {
        n.error("must be a mapping of keys to values, got " + describe(n.value));
        return null;
      }
      return n;
    }

    /** The mappings of a required non-empty list; those that are not mappings are mistakes. */
    List<Node> mappings(String key) {
      Node n = required(key, "a non-empty list of mappings");
      List<Node> out = new ArrayList<>();
      if (n == null) {
        return out;
      }
      if (!n.value.isArray() || n.value.isEmpty()) {
        n.error("must be a non-empty list of mappings, got " + describe(n.value));
        return out;
      }
      for (int i = 0; i < n.value.size(); i++) {
        Node e = n.element(i);
        if (e.value.isObject()) {
          out.add(e);
        } else {
          e.error("must be a mapping of keys to values, got " + describe(e.value));
        }
      }
      return out;
    }

    /**
     * Builds a value from what was read, recording the constructor's objection as a mistake at this
     * node.
     *
     * @return the value, or null after recording a mistake
     */
    <T> T build(Supplier<T> constructor) {
      try {
        return constructor.get();
      } catch (IllegalArgumentException e) {
        error(e.getMessage());
        return null;
      }
    }

    /** Records that a key this mapping needs is missing, and what it should hold. */
    void missing(String key, String expected) {
      new Node(doc, value, join(key), pointer).error("missing; expected " + expected);
    }

    private Node required(String key, String expected) {
      Node n = child(key);
      if (n == null) {
        missing(key, expected);
      }
      return n;
    }

    private Node child(String key) {
      JsonNode v = value.get(key);
      return v == null
          ? null
          : new Node(doc, v, join(key), pointer + "/" + key.replace("~", "~0").replace("/", "~1"));
    }

    private Node element(int i) {
      return new Node(doc, value.get(i), path + "[" + i + "]", pointer + "/" + i);
    }

    private String join(String key) {
      return path.isEmpty() ? key : path + "." + key;
    }

    private static String describe(JsonNode v) {
      if (v.isNull()) {
        return "nothing";
      }
      if (v.isTextual()) {
        return "text '" + v.asText() + "'";
      }
      if (v.isArray()) {
        return "a list";
      }
      if (v.isObject()) {
        return "a mapping";
      }
      return v.asText();
    }
  }
}
