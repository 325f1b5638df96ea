package se.vardkedjan.keycloak;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One browser talking to Keycloak over HTTP: a cookie jar, no automatic redirects (the tests look at each
 * {@code Location}), and the form handling of Keycloak's pages.
 */
class KeycloakHttpSession implements AutoCloseable {

    private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieJar())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Submits Keycloak's username/password form, as the login page's button does. */
    HttpResponse<String> submitLogin(String action, String username, String password)
            throws IOException, InterruptedException {
        return send(postForm(action, Map.of("username", username, "password", password, "credentialId", ""), false));
    }

    @Override
    public void close() {
        http.close();
    }

    /** The (unescaped) action of Keycloak's username/password form on the page. */
    static String loginFormAction(String html) {
        return formAction(html, "kc-form-login");
    }

    /** The (unescaped) action of the form with this id on the page. */
    static String formAction(String html, String formId) {
        var form = Pattern.compile("<form[^>]*\\bid=\"" + Pattern.quote(formId) + "\"[^>]*>", Pattern.DOTALL)
                .matcher(html);
        assertThat(form.find()).as("the form %s in:\n%s", formId, html).isTrue();
        var action = ACTION.matcher(form.group());
        assertThat(action.find()).as("action of %s", form.group()).isTrue();
        return unescape(action.group(1));
    }

    static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build();
    }

    /** A form submission; {@code asJson} asks for JSON, as a page's script does. */
    static HttpRequest postForm(String uri, Map<String, String> values, boolean asJson) {
        var builder = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (asJson) {
            builder.header("Accept", "application/json");
        }
        return builder.POST(HttpRequest.BodyPublishers.ofString(form(values))).build();
    }

    static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static Map<String, String> query(URI uri) {
        var result = new LinkedHashMap<String, String>();
        for (var pair : uri.getRawQuery().split("&")) {
            var at = pair.indexOf('=');
            result.put(URLDecoder.decode(pair.substring(0, at), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(at + 1), StandardCharsets.UTF_8));
        }
        return result;
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&");
    }

    /**
     * Keycloak marks its cookies {@code Secure}; browsers send those to http://localhost, java.net.CookieManager does
     * not. One host, so names and values are all we keep.
     */
    private static final class CookieJar extends CookieHandler {
        private final Map<String, String> cookies = new LinkedHashMap<>();

        @Override
        public synchronized Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            if (cookies.isEmpty()) {
                return Map.of();
            }
            return Map.of("Cookie", List.of(cookies.entrySet().stream()
                    .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                    .collect(Collectors.joining("; "))));
        }

        @Override
        public synchronized void put(URI uri, Map<String, List<String>> responseHeaders) {
            responseHeaders.forEach((header, values) -> {
                if (header != null && header.equalsIgnoreCase("Set-Cookie")) {
                    for (var value : values) {
                        var nameValue = value.split(";", 2)[0];
                        var at = nameValue.indexOf('=');
                        var name = nameValue.substring(0, at).trim();
                        if (value.toLowerCase(Locale.ROOT).contains("max-age=0")) {
                            cookies.remove(name);
                        } else {
                            cookies.put(name, nameValue.substring(at + 1).trim());
                        }
                    }
                }
            });
        }
    }
}
