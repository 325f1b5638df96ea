package se.vardkedjan.platform.operations;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id and puts it on every log line written while the request is handled (the MDC key
 * {@value #LOG_KEY}), and answers it in the response header {@value #HEADER}. The id is the one the proxy sets in
 * {@value #HEADER} (HAProxy's {@code unique-id}, so its log and the app's share it), or a new UUID when the request
 * has none or one that is not a plain token: only letters, digits and {@code . _ : -}, at most 100 characters, and
 * nothing that could be a personal identity number (six or eight digits and four more), so that a client cannot write
 * text of its choosing into the log. Registered for every dispatch (an error page rendered after the request gets the
 * same id), first of all filters (ADR 0032).
 */
final class RequestIdFilter implements Filter {

    static final String HEADER = "X-Request-Id";
    static final String LOG_KEY = "requestId";
    private static final String ATTRIBUTE = RequestIdFilter.class.getName();

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final Pattern IDENTITY_NUMBER_LIKE = Pattern.compile("(?<!\\d)(\\d{6}|\\d{8})[-+]?\\d{4}(?!\\d)");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse answer)) {
            chain.doFilter(request, response);
            return;
        }
        var id = http.getAttribute(ATTRIBUTE) instanceof String known ? known : requestId(http.getHeader(HEADER));
        http.setAttribute(ATTRIBUTE, id);
        if (!answer.isCommitted()) {
            answer.setHeader(HEADER, id);
        }
        var outer = MDC.get(LOG_KEY);
        MDC.put(LOG_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            if (outer == null) {
                MDC.remove(LOG_KEY);
            } else {
                MDC.put(LOG_KEY, outer);
            }
        }
    }

    /** The proxy's id when it is a plain token, else a new one. */
    static String requestId(String given) {
        if (given != null && TOKEN.matcher(given).matches() && !IDENTITY_NUMBER_LIKE.matcher(given).find()) {
            return given;
        }
        return UUID.randomUUID().toString();
    }
}
