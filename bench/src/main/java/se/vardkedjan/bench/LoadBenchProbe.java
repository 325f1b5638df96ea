package se.vardkedjan.bench;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * <h2>BENCH ONLY — bound to loopback like {@link CasePageHeapSignIn}</h2>
 *
 * <p>The load bench's probe in the server (ADR 0037), a servlet filter before every other (the sign-in included):
 * <ul>
 *   <li>times each request that carries the header {@value #ACTION_HEADER} (the load generator marks the requests of
 *   its measured actions with the action's name) from the filter's entry to its exit: the server's time for the
 *   request, Tomcat's parsing and the network excluded;</li>
 *   <li>{@code GET /bench-only/timings}: those times, one line per request ({@code action nanoseconds});</li>
 *   <li>{@code GET /bench-only/heap}: the heap samples {@link LoadBenchServer} takes ({@code epoch-ms used-bytes
 *   gc-ms});</li>
 *   <li>{@code POST /bench-only/check} with the run's tag on the first line and the accepted assignments' ids on the
 *   next: how many signed journal entries carry the tag in their title and how many of the assignments are accepted
 *   or later (the database's side of the generator's counts).</li>
 * </ul>
 * It refuses to start unless the server is bound to a loopback address, and answers 403 to any non-loopback peer.
 */
class LoadBenchProbe implements Filter, Ordered {

    static final String ACTION_HEADER = "X-Bench-Action";
    private static final String PREFIX = "/bench-only/";

    private final JdbcTemplate jdbc;
    private final Map<String, ConcurrentLinkedQueue<Long>> timings = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> heap = new ConcurrentLinkedQueue<>();

    LoadBenchProbe(JdbcTemplate jdbc, Environment environment) throws IOException {
        var address = environment.getProperty("server.address");
        if (address == null || !InetAddress.getByName(address).isLoopbackAddress()) {
            throw new IllegalStateException("The load bench probe runs only on a loopback server.address, not on "
                    + address);
        }
        this.jdbc = jdbc;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var http = (HttpServletRequest) request;
        var answer = (HttpServletResponse) response;
        if (!InetAddress.getByName(http.getRemoteAddr()).isLoopbackAddress()) {
            answer.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        var path = http.getRequestURI().substring(http.getContextPath().length());
        if (path.startsWith(PREFIX)) {
            own(path.substring(PREFIX.length()), http, answer);
            return;
        }
        var action = http.getHeader(ACTION_HEADER);
        if (action == null) {
            chain.doFilter(request, response);
            return;
        }
        var start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            timings.computeIfAbsent(action, a -> new ConcurrentLinkedQueue<>()).add(System.nanoTime() - start);
        }
    }

    void heapSample(long epochMillis, long usedBytes, long gcMillis) {
        heap.add(epochMillis + " " + usedBytes + " " + gcMillis);
    }

    private void own(String what, HttpServletRequest request, HttpServletResponse response) throws IOException {
        var lines = new ArrayList<String>();
        switch (what) {
            case "timings" -> timings.forEach((action, times) -> times.forEach(t -> lines.add(action + " " + t)));
            case "heap" -> lines.addAll(heap);
            case "check" -> lines.add(check(new String(request.getInputStream().readAllBytes(),
                    StandardCharsets.UTF_8).lines().toList()));
            default -> {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        response.setContentType("text/plain; charset=UTF-8");
        response.getOutputStream().write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private String check(List<String> body) {
        var tag = body.getFirst();
        if (!tag.matches("[A-Za-z0-9-]{1,40}")) {
            throw new IllegalArgumentException("A run tag is letters, digits and dashes");
        }
        var signed = jdbc.queryForObject("SELECT count(*) FROM casehandling.journal_entries "
                + "WHERE signed_at IS NOT NULL AND title LIKE ?", Long.class, "%" + tag + "%");
        // Each id parsed as a UUID first, so only UUIDs reach the array literal.
        var ids = "{" + String.join(",", body.stream().skip(1).filter(line -> !line.isBlank())
                .map(line -> UUID.fromString(line.strip()).toString()).toList()) + "}";
        var accepted = jdbc.queryForObject("SELECT count(*) FROM providercontracts.assignments "
                        + "WHERE id = ANY(?::uuid[]) AND status NOT IN ('SENT', 'RECEIVED', 'DECLINED', 'WITHDRAWN', 'DRAFT')",
                Long.class, ids);
        var acceptedEvents = jdbc.queryForObject("SELECT count(*) FROM providercontracts.assignment_history "
                + "WHERE assignment_id = ANY(?::uuid[]) AND event = 'ACCEPTED'", Long.class, ids);
        return "signed=" + signed + " accepted=" + accepted + " acceptedEvents=" + acceptedEvents;
    }

    @Override
    public int getOrder() {
        return CasePageHeapSignIn.ORDER - 100;
    }
}
