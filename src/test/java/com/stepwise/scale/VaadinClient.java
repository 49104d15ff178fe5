package com.stepwise.scale;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab speaking Vaadin Flow's protocol to a running Stepwise, without a browser: it signs in with the form,
 * starts a UI, navigates, changes a field's value and clicks, as the browser's Flow client would, and keeps the part of
 * the element tree it needs to find what to click (tag, text, classes, attributes, listeners). Responses are asked for
 * gzipped, as browsers do, and the bytes on the wire are counted.
 * <p>
 * Not part of the app: it exists so that {@link CapacityBenchmark} can drive hundreds of sessions from one process at
 * a fraction of the server's cost per interaction.
 */
final class VaadinClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final String base;
    private String cookie = "";
    private String securityKey;
    private int uiId;
    private long syncId;
    private long clientId;
    private int historyIndex;
    private final Map<Integer, Element> elements = new HashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();
    private long bytes;

    VaadinClient(HttpClient http, String base) {
        this.http = http;
        this.base = base;
    }

    /** Signs in through the login form and opens the app's UI at a route, as loading the page in a browser does. */
    void signIn(String email, String password, String route) {
        var form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        var response = send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("login")) {
            throw new IllegalStateException("Sign-in refused for " + email);
        }
        send(request("/").GET()); // the page itself, as the browser loads it before starting the UI
        var init = json(send(request("/?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8)
                + "&query=").GET()));
        var config = init.get("appConfig");
        uiId = config.get("v-uiId").asInt();
        var uidl = config.get("uidl");
        securityKey = uidl.get("Vaadin-Security-Key").asString();
        apply(uidl);
        navigate(route);
    }

    /** Follows a link inside the app (the router's navigation event). */
    void navigate(String route) {
        var data = JSON.createObjectNode().put("route", route).put("query", "").put("appShellTitle", "")
                .put("trigger", "");
        data.putObject("historyState").put("idx", ++historyIndex);
        rpc(event(1, "ui-navigate", data));
    }

    /** Types a value into a field and leaves it, as the browser reports a text field's change. */
    void setValue(int node, String value) {
        var sync = JSON.createObjectNode().put("type", "mSync").put("node", node).put("feature", 1)
                .put("property", "value").put("value", value);
        rpc(sync, event(node, "change", JSON.createObjectNode()));
    }

    /** Clicks an element that listens for clicks, with the event data its listener asks for. */
    void click(int node) {
        var element = elements.get(node);
        var data = JSON.createObjectNode();
        var wanted = constants.get(element.listeners.get("click"));
        if (wanted != null) {
            wanted.propertyNames().forEach(expression -> data.put(expression, 0));
        }
        rpc(event(node, "click", data));
    }

    /**
     * Signs out with the menu's "Sign out", as a clinician leaving would. The server ends the session while answering,
     * so that answer says the session has expired.
     */
    void signOut() {
        var item = first("vaadin-menu-bar-item", "Sign out", null)
                .or(() -> first("vaadin-context-menu-item", "Sign out", null))
                .orElseThrow(() -> new IllegalStateException("No \"Sign out\" in the menu"));
        try {
            click(item);
        } catch (IllegalStateException expired) {
            if (!expired.getMessage().contains("sessionExpired")) {
                throw expired;
            }
        }
    }

    /** A plain GET in this session (a handout, a chart): its body, uncompressed. */
    byte[] download(String path) {
        var response = send(request(path.startsWith("/") ? path : "/" + path).GET());
        try (InputStream body = response.headers().firstValue("Content-Encoding").orElse("").equals("gzip")
                ? new GZIPInputStream(new java.io.ByteArrayInputStream(response.body()))
                : new java.io.ByteArrayInputStream(response.body())) {
            return body.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plain GET in this session (a handout, a chart), its body read and counted; returns the status. */
    int get(String path) {
        return send(request(path.startsWith("/") ? path : "/" + path).GET()).statusCode();
    }

    /** Elements of a tag whose text contains the given text (any text when null) and that carry the class (if any). */
    List<Integer> find(String tag, String text, String className) {
        var found = new ArrayList<Integer>();
        elements.forEach((id, element) -> {
            if (tag.equals(element.tag) && (className == null || element.classes.contains(className))
                    && (text == null || text(id).contains(text))) {
                found.add(id);
            }
        });
        found.sort(Integer::compare);
        return found;
    }

    Optional<Integer> first(String tag, String text, String className) {
        return find(tag, text, className).stream().findFirst();
    }

    String attribute(int node, String name) {
        var element = elements.get(node);
        return element == null ? null : element.attributes.get(name);
    }

    /** The text of an element and everything under it. */
    String text(int node) {
        var element = elements.get(node);
        if (element == null) {
            return "";
        }
        var text = new StringBuilder(element.text == null ? "" : element.text);
        element.children.forEach(child -> text.append(text(child)));
        return text.toString();
    }

    /** Bytes received (compressed, as on the wire) since the last call. */
    long takeBytes() {
        long taken = bytes;
        bytes = 0;
        return taken;
    }

    // --- protocol -----------------------------------------------------------------------------------------------

    private static ObjectNode event(int node, String event, ObjectNode data) {
        var rpc = JSON.createObjectNode().put("type", "event").put("node", node).put("event", event);
        rpc.set("data", data);
        return rpc;
    }

    private void rpc(ObjectNode... invocations) {
        var body = JSON.createObjectNode().put("csrfToken", securityKey).put("syncId", syncId)
                .put("clientId", clientId);
        var list = body.putArray("rpc");
        for (var invocation : invocations) {
            list.add(invocation);
        }
        var response = json(send(request("/?v-r=uidl&v-uiId=" + uiId).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))));
        if (response.has("meta") && (response.get("meta").has("appError")
                || response.get("meta").has("sessionExpired"))) {
            throw new IllegalStateException("The server answered with an error: " + response.get("meta"));
        }
        apply(response);
    }

    private void apply(JsonNode uidl) {
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asLong();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.get("clientId").asLong();
        }
        if (uidl.has("constants")) {
            uidl.get("constants").properties().forEach(e -> constants.put(e.getKey(), e.getValue()));
        }
        if (!uidl.has("changes")) {
            return;
        }
        for (var change : uidl.get("changes")) {
            int node = change.get("node").asInt();
            String type = change.get("type").asString();
            if (type.equals("detach")) {
                elements.remove(node);
                continue;
            }
            var element = elements.computeIfAbsent(node, id -> new Element());
            int feature = change.has("feat") ? change.get("feat").asInt() : -1;
            switch (type) {
                case "put" -> put(element, feature, change.get("key").asString(), change.get("value"));
                case "remove" -> {
                    if (feature == 3) {
                        element.attributes.remove(change.get("key").asString());
                    }
                }
                case "splice" -> splice(element, feature, change);
                case "clear" -> {
                    if (feature == 2) {
                        element.children.clear();
                    } else if (feature == 11) {
                        element.classes.clear();
                    }
                }
                default -> {
                }
            }
        }
    }

    /** Features by number, as in Flow's NodeFeatures: 0 element data, 3 attributes, 4 listeners, 7 text. */
    private static void put(Element element, int feature, String key, JsonNode value) {
        if (value == null) {
            return;
        }
        switch (feature) {
            case 0 -> {
                if (key.equals("tag")) {
                    element.tag = value.asString();
                }
            }
            case 3 -> element.attributes.put(key, value.isString() ? value.asString() : value.toString());
            case 4 -> element.listeners.put(key, value.asString());
            case 7 -> element.text = value.asString();
            default -> {
            }
        }
    }

    /** Feature 2 is the element's children, 11 its class names. */
    private static void splice(Element element, int feature, JsonNode change) {
        int index = change.get("index").asInt();
        int remove = change.has("remove") ? change.get("remove").asInt() : 0;
        if (feature == 2) {
            var list = element.children;
            list.subList(index, Math.min(list.size(), index + remove)).clear();
            if (change.has("addNodes")) {
                var added = new ArrayList<Integer>();
                change.get("addNodes").forEach(n -> added.add(n.asInt()));
                list.addAll(Math.min(index, list.size()), added);
            }
        } else if (feature == 11) {
            var list = element.classes;
            list.subList(index, Math.min(list.size(), index + remove)).clear();
            if (change.has("add")) {
                var added = new ArrayList<String>();
                change.get("add").forEach(n -> added.add(n.asString()));
                list.addAll(Math.min(index, list.size()), added);
            }
        }
    }

    // --- HTTP ---------------------------------------------------------------------------------------------------

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Encoding", "gzip");
        return cookie.isEmpty() ? builder : builder.header("Cookie", cookie);
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            bytes += response.body().length;
            response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                    .findFirst().ifPresent(c -> cookie = c.substring(0, c.indexOf(';') < 0 ? c.length()
                            : c.indexOf(';')));
            if (response.statusCode() >= 400) {
                throw new IllegalStateException("HTTP " + response.statusCode() + " for " + request.build().uri());
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<byte[]> response) {
        try (InputStream body = response.headers().firstValue("Content-Encoding").orElse("").equals("gzip")
                ? new GZIPInputStream(new java.io.ByteArrayInputStream(response.body()))
                : new java.io.ByteArrayInputStream(response.body())) {
            String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
            if (text.startsWith("for(;;);")) {
                text = text.substring("for(;;);".length());
            }
            var json = JSON.readTree(text);
            return json.isArray() ? json.get(0) : json;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Element {
        String tag;
        String text;
        final List<Integer> children = new ArrayList<>();
        final List<String> classes = new ArrayList<>();
        final Map<String, String> attributes = new HashMap<>();
        final Map<String, String> listeners = new HashMap<>();
    }
}
