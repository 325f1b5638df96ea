package se.vardkedjan.bench;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The load generator's model of one UI's state tree (ADR 0037), kept from the {@code changes} of Vaadin Flow's
 * answers as Flow's own client keeps it: nodes by id, each with its tag, properties, attributes, children (and
 * virtual children, where dialogs and notifications live) and, for a text node, its text. Only what the generator
 * needs to find elements (by {@code id} attribute, tag and text) and to check answers is kept; other features are
 * ignored. Not thread-safe: one simulated user owns one tree.
 *
 * <p>The change types and feature numbers are Flow's ({@code JsonConstants}, {@code NodeFeatures}).
 */
final class UiTree {

    static final int ELEMENT_DATA = 0;
    static final int ELEMENT_PROPERTIES = 1;
    static final int ELEMENT_CHILDREN = 2;
    static final int ELEMENT_ATTRIBUTES = 3;
    static final int TEXT_NODE = 7;
    static final int VIRTUAL_CHILDREN = 24;

    /** One node of the tree. */
    static final class Node {
        final int id;
        String tag;
        String text;
        final Map<String, Object> properties = new LinkedHashMap<>();
        final Map<String, Object> attributes = new LinkedHashMap<>();
        final List<Integer> children = new ArrayList<>();
        final List<Integer> virtualChildren = new ArrayList<>();

        Node(int id) {
            this.id = id;
        }

        int id() {
            return id;
        }

        String tag() {
            return tag;
        }

        Optional<String> attribute(String name) {
            return Optional.ofNullable(attributes.get(name)).map(String::valueOf);
        }

        Object property(String name) {
            return properties.get(name);
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();

    /** Applies the {@code changes} array of an answer (an absent or null array changes nothing). */
    void apply(JsonNode changes) {
        if (changes == null || changes.isNull()) {
            return;
        }
        for (var change : changes) {
            var id = change.get("node").asInt();
            var type = change.get("type").asString();
            switch (type) {
                case "attach" -> nodes.put(id, new Node(id));
                case "detach" -> nodes.remove(id);
                case "put" -> put(node(id), change);
                case "remove" -> remove(node(id), change);
                case "splice" -> splice(node(id), change);
                case "clear" -> list(node(id), change.get("feat").asInt()).ifPresent(List::clear);
                default -> {
                    // "empty" only makes a feature exist on the client; anything else is not modelled.
                }
            }
        }
    }

    private Node node(int id) {
        return nodes.computeIfAbsent(id, Node::new);
    }

    private static void put(Node node, JsonNode change) {
        var feature = change.get("feat").asInt();
        var key = change.get("key").asString();
        Object value = change.has("nodeValue") ? (Object) change.get("nodeValue").asInt() : value(change.get("value"));
        switch (feature) {
            case ELEMENT_DATA -> {
                if ("tag".equals(key)) {
                    node.tag = String.valueOf(value);
                }
            }
            case ELEMENT_PROPERTIES -> node.properties.put(key, value);
            case ELEMENT_ATTRIBUTES -> node.attributes.put(key, value);
            case TEXT_NODE -> {
                if ("text".equals(key)) {
                    node.text = String.valueOf(value);
                }
            }
            default -> {
            }
        }
    }

    private static void remove(Node node, JsonNode change) {
        var key = change.get("key").asString();
        switch (change.get("feat").asInt()) {
            case ELEMENT_PROPERTIES -> node.properties.remove(key);
            case ELEMENT_ATTRIBUTES -> node.attributes.remove(key);
            default -> {
            }
        }
    }

    private static Object value(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (value.isNumber()) {
            return value.asDouble();
        }
        if (value.isString()) {
            return value.asString();
        }
        return value.toString();
    }

    private static void splice(Node node, JsonNode change) {
        var list = list(node, change.get("feat").asInt());
        if (list.isEmpty()) {
            return;
        }
        var children = list.get();
        var index = change.get("index").asInt();
        var removed = change.has("remove") ? change.get("remove").asInt() : 0;
        for (var i = 0; i < removed && index < children.size(); i++) {
            children.remove(index);
        }
        if (change.has("addNodes")) {
            var at = index;
            for (var added : change.get("addNodes")) {
                children.add(Math.min(at++, children.size()), added.asInt());
            }
        }
    }

    private static Optional<List<Integer>> list(Node node, int feature) {
        return switch (feature) {
            case ELEMENT_CHILDREN -> Optional.of(node.children);
            case VIRTUAL_CHILDREN -> Optional.of(node.virtualChildren);
            default -> Optional.empty();
        };
    }

    /** Forgets every node (a new UI). */
    void clear() {
        nodes.clear();
    }

    int size() {
        return nodes.size();
    }

    Optional<Node> node(Integer id) {
        return Optional.ofNullable(nodes.get(id));
    }

    /**
     * The element with this {@code id} attribute that is attached under the root (node 1, the UI), through children
     * or virtual children; the newest (highest node id) when a detached copy was not yet removed.
     */
    Optional<Node> byId(String elementId) {
        Node found = null;
        for (var node : attached()) {
            if (elementId.equals(node.attributes.get("id")) && (found == null || node.id > found.id)) {
                found = node;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Every element with this tag attached under the root. */
    List<Node> byTag(String tag) {
        return attached().stream().filter(node -> tag.equals(node.tag)).toList();
    }

    /** The text of a node and all its descendants (children only), as the browser's {@code textContent}. */
    String text(Node node) {
        var text = new StringBuilder();
        collectText(node, text, 0);
        return text.toString();
    }

    private void collectText(Node node, StringBuilder text, int depth) {
        if (depth > 200) {
            throw new IllegalStateException("The tree is deeper than 200 levels: a cycle?");
        }
        if (node.text != null) {
            text.append(node.text);
        }
        for (var child : node.children) {
            var childNode = nodes.get(child);
            if (childNode != null) {
                collectText(childNode, text, depth + 1);
            }
        }
    }

    /** The nodes reachable from the root (node 1) through children and virtual children. */
    List<Node> attached() {
        var reached = new ArrayList<Node>();
        var root = nodes.get(1);
        if (root == null) {
            return reached;
        }
        var queue = new ArrayList<Node>();
        queue.add(root);
        var seen = new java.util.HashSet<Integer>();
        seen.add(1);
        for (var i = 0; i < queue.size(); i++) {
            var node = queue.get(i);
            reached.add(node);
            for (var list : List.of(node.children, node.virtualChildren)) {
                for (var child : list) {
                    var childNode = nodes.get(child);
                    if (childNode != null && seen.add(child)) {
                        queue.add(childNode);
                    }
                }
            }
        }
        return reached;
    }
}
