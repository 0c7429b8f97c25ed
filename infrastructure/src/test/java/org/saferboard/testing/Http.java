package org.saferboard.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * A plain HTTP client for the tests: real requests on a real port, every status returned, never thrown. The
 * one place where tests sign in: {@code new Http(port)} signs in as {@link TestUsers#TESTER}, who holds every
 * role but ADMIN and is created through the administrators' API before the first request;
 * {@link #anonymous} sends no credentials and {@link #as} signs in as anyone.
 */
public final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final String baseUrl;
    private final String authorization;
    private boolean testerProvisioned;

    public Http(int port) {
        this(port, TestUsers.TESTER, TestUsers.PASSWORD, false);
    }

    private Http(int port, String username, String password, boolean provisioned) {
        this.baseUrl = "http://127.0.0.1:" + port;
        this.authorization = username == null ? null : basic(username, password);
        this.testerProvisioned = provisioned;
    }

    /** No credentials at all. */
    public static Http anonymous(int port) {
        return new Http(port, null, null, true);
    }

    /** Signed in as the given user (who must exist, unless the test wants the sign-in to fail). */
    public static Http as(int port, String username, String password) {
        return new Http(port, username, password, true);
    }

    /** Signed in as the first administrator, whose password the tests set. */
    public static Http admin(int port) {
        return as(port, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    }

    public static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Creates the tester through the administrators' API if they are not there yet. A process without that
     * API (the query side alone) answers 405 and leaves it to the command side on the same database.
     */
    private void provisionTester() {
        if (testerProvisioned) {
            return;
        }
        testerProvisioned = true;
        HttpRequest.Builder create = HttpRequest.newBuilder(URI.create(baseUrl + "/api/users"))
                .header("Content-Type", "application/json")
                .header("Authorization", basic(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofString(TestUsers.testerBody()));
        int status = sendOnce(create).status();
        if (status != 201 && status != 409 && status != 405) {
            throw new IllegalStateException("Could not create the tester: " + status);
        }
    }

    public record Response(int status, String contentType, Map<String, java.util.List<String>> headers, JsonNode body) {

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0))
                    .findFirst().orElse(null);
        }
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    public Response post(String path, String json) {
        return post(path, json, Map.of());
    }

    public Response post(String path, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        return send(request);
    }

    public Response put(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response get(String path, Map<String, String> headers) {
        return request("GET", path, (String) null, headers);
    }

    /**
     * Any request: the path is sent as given (already encoded), the body as JSON unless the headers say
     * otherwise, and without a body when it is null.
     */
    public Response request(String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (body != null && headers.keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return send(request);
    }

    /** As {@link #request}, with a body of raw bytes (larger than any string the test builds). */
    public Response request(String method, String path, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json");
        headers.forEach(request::header);
        request.method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        return send(request);
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException notJson) {
            return JSON.getNodeFactory().textNode(text);
        }
    }

    private Response send(HttpRequest.Builder request) {
        provisionTester();
        if (authorization != null) {
            request.setHeader("Authorization", authorization);
        }
        return sendOnce(request);
    }

    private static Response sendOnce(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            JsonNode body = text == null || text.isBlank() ? JSON.nullNode() : parse(text);
            return new Response(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().map(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
