package se.vardkedjan.bench;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * One browser tab as Vaadin Flow's client would be, at the protocol level (ADR 0037): a session (its cookie), one UI
 * made by Flow's bootstrap request ({@code ?v-r=init}), and its messages ({@code ?v-r=uidl}: the CSRF token, the
 * server's sync id, the client's message id, and the RPC invocations: property syncs {@code mSync} and DOM events
 * {@code event}). Each answer's changes go into the {@link UiTree}. Not thread-safe: one simulated user owns one.
 */
final class FlowConnection {

    static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String UIDL_PREFIX = "for(;;);";

    private final HttpClient http;
    private final URI base;
    private final String user;
    private final UiTree tree = new UiTree();
    private String cookie;
    private int uiId = -1;
    private String csrfToken;
    private int syncId = -1;
    private int clientId;

    /**
     * @param user the header {@link CasePageHeapSignIn#USER_HEADER}: which staff user the bench-only sign-in makes of
     *             the session
     */
    FlowConnection(HttpClient http, URI base, String user) {
        this.http = http;
        this.base = base;
        this.user = user;
    }

    UiTree tree() {
        return tree;
    }

    /** Thrown for any answer that is not what Flow's client would accept. */
    static final class ProtocolError extends RuntimeException {
        ProtocolError(String message) {
            super(message);
        }
    }

    /**
     * Opens the application at a route, as a browser that loads the page: Flow's bootstrap request, which makes the
     * UI and navigates to the route on the server, and whose answer holds the first state tree.
     *
     * @param action the name the server's probe times the request under, or null for an unmeasured request
     */
    JsonNode open(String route, String action) throws IOException, InterruptedException {
        var query = "v-r=init&location=" + encode(route) + "&query=&v-sh=1080&v-sw=1920&v-wh=960&v-ww=1900"
                + "&v-bh=960&v-bw=1900&v-curdate=" + System.currentTimeMillis()
                + "&v-tzo=-60&v-dstd=60&v-rtzo=-60&v-dston=false&v-tzid=Europe%2FStockholm&v-td=false&v-pr=1"
                + "&v-np=false";
        var request = request(base.resolve("?" + query), action).GET().build();
        var response = send(request);
        if (response.statusCode() != 200) {
            throw new ProtocolError("The bootstrap of " + route + " answered " + response.statusCode());
        }
        var answer = JSON.readTree(response.body());
        tree.clear();
        syncId = -1;
        clientId = 0;
        var config = answer.get("appConfig");
        if (config == null || config.get("uidl") == null) {
            throw new ProtocolError("The bootstrap of " + route + " held no UIDL");
        }
        uiId = config.get("v-uiId").asInt();
        var uidl = config.get("uidl");
        csrfToken = uidl.get("Vaadin-Security-Key").asString();
        accept(uidl);
        return uidl;
    }

    /** An {@code mSync} invocation: the client's new value of an element's property. */
    static ObjectNode sync(int node, String property, Object value) {
        var sync = JSON.createObjectNode();
        sync.put("type", "mSync");
        sync.put("node", node);
        sync.put("feature", UiTree.ELEMENT_PROPERTIES);
        sync.put("property", property);
        sync.set("value", JSON.valueToTree(value));
        return sync;
    }

    /** An {@code event} invocation: a DOM event on an element, with its event data. */
    static ObjectNode event(int node, String event, ObjectNode data) {
        var invocation = JSON.createObjectNode();
        invocation.put("type", "event");
        invocation.put("node", node);
        invocation.put("event", event);
        invocation.set("data", data == null ? JSON.createObjectNode() : data);
        return invocation;
    }

    /**
     * Flow's own navigation inside the UI, as the client sends it when a link of the router is followed: the event
     * {@code ui-navigate} on the root node with the route and the trigger {@code link}.
     */
    static ObjectNode navigate(String route) {
        var data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putNull("historyState");
        data.put("trigger", "link");
        return event(1, "ui-navigate", data);
    }

    /**
     * What the browser sends when an overlay closes: the property {@code opened} synced to false with its event
     * {@code opened-changed}, and {@code closed} when the closing animation has ended (on which the server removes an
     * overlay it added to the UI by itself, such as a notification or a confirmation).
     */
    static List<ObjectNode> close(int node) {
        return List.of(sync(node, "opened", false), event(node, "opened-changed", null), event(node, "closed", null));
    }

    /**
     * The notifications still open: a notification closes itself in the browser after its duration (5 s by default)
     * and tells the server so. The simulated user thinks at least that long before the next message, so the closes
     * go with it, first.
     */
    private List<ObjectNode> closeNotifications() {
        var closes = new java.util.ArrayList<ObjectNode>();
        for (var notification : tree.byTag("vaadin-notification")) {
            if (Boolean.TRUE.equals(notification.property("opened"))) {
                closes.addAll(close(notification.id()));
            }
        }
        return closes;
    }

    /**
     * Sends one message with these invocations and applies the answer's changes.
     *
     * @param action the name the server's probe times the request under, or null for an unmeasured request
     * @return the answer (its {@code changes} already applied)
     */
    JsonNode send(String action, List<ObjectNode> invocations) throws IOException, InterruptedException {
        if (uiId < 0) {
            throw new IllegalStateException("No UI yet: open a route first");
        }
        var message = JSON.createObjectNode();
        message.put("csrfToken", csrfToken);
        ArrayNode rpc = message.putArray("rpc");
        closeNotifications().forEach(rpc::add);
        invocations.forEach(rpc::add);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        var request = request(base.resolve("?v-r=uidl&v-uiId=" + uiId), action)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message))).build();
        var response = send(request);
        if (response.statusCode() != 200) {
            throw new ProtocolError("A UIDL request answered " + response.statusCode());
        }
        // Older Flow versions wrapped the answer as "for(;;);[{...}]"; Flow 25 answers the object itself.
        var body = response.body();
        var answers = JSON.readTree(body.startsWith(UIDL_PREFIX) ? body.substring(UIDL_PREFIX.length()) : body);
        var answer = answers.isArray() ? answers.get(0) : answers;
        clientId++;
        accept(answer);
        return answer;
    }

    private void accept(JsonNode answer) {
        var meta = answer.get("meta");
        if (meta != null && (meta.has("appError") || meta.has("sessionExpired"))) {
            throw new ProtocolError("The server said " + meta);
        }
        if (answer.has("resynchronize")) {
            throw new ProtocolError("The server asked to resynchronize");
        }
        if (answer.has("syncId")) {
            syncId = answer.get("syncId").asInt();
        }
        if (answer.has("clientId")) {
            clientId = answer.get("clientId").asInt();
        }
        tree.apply(answer.get("changes"));
    }

    private HttpRequest.Builder request(URI uri, String action) {
        var builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header(CasePageHeapSignIn.USER_HEADER, user);
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        if (action != null) {
            builder.header(LoadBenchProbe.ACTION_HEADER, action);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        var response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        response.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("JSESSIONID="))
                .findFirst()
                .ifPresent(value -> cookie = value.substring(0, value.indexOf(';') < 0 ? value.length()
                        : value.indexOf(';')));
        return response;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
