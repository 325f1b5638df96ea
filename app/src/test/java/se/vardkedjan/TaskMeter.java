package se.vardkedjan;

import com.microsoft.playwright.Page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Counts what a user does in the browser to get a task done, as a task-based usability check counts it: page loads,
 * clicks and typed fields. It listens to the page itself, not to the test's calls, so a test cannot under-count by
 * the way it is written:
 * <ul>
 * <li>a <b>page load</b> is a document loaded, or the app's router moving to another view (a {@code pushState} or a
 * back/forward); moving between the tabs of one case page ({@code arenden/<id>/<tab>}) is not a page load, since the
 * page stays;</li>
 * <li>a <b>click</b> is a trusted click event (a mouse click or a click by keyboard on a button);</li>
 * <li>a <b>typed field</b> is a field that received trusted text input during the task, counted once however much was
 * typed into it.</li>
 * </ul>
 */
final class TaskMeter {

    /** The case page's own tabs: moving between them keeps the page. */
    private static final Pattern CASE_TAB = Pattern.compile("(/arenden/[0-9a-fA-F-]{36})(/[a-z]+)?/?$");

    private static final String LISTENERS = """
            (() => {
              if (window.__vkMeterInstalled) return;
              window.__vkMeterInstalled = true;
              const report = (...args) => { try { window.__vkMeter(...args); } catch (e) { /* not bound yet */ } };
              document.addEventListener('click', e => { if (e.isTrusted) report('click', ''); }, true);
              const fieldOf = e => {
                for (const node of e.composedPath()) {
                  if (node.tagName && node.tagName.startsWith('VAADIN-') && node.id) return node.id;
                }
                const target = e.composedPath()[0];
                return (target && (target.id || target.name)) || 'field';
              };
              document.addEventListener('input', e => { if (e.isTrusted) report('field', fieldOf(e)); }, true);
              const push = history.pushState.bind(history);
              history.pushState = (state, title, url) => {
                push(state, title, url);
                report('route', String(new URL(url == null ? location.href : url, location.href).pathname));
              };
              window.addEventListener('popstate', () => report('route', location.pathname));
            })();
            """;

    private final Page page;
    private final List<Result> results = new ArrayList<>();
    private String task;
    private int loads;
    private int clicks;
    private final Set<String> fields = new LinkedHashSet<>();
    private String view;

    private TaskMeter(Page page) {
        this.page = page;
    }

    /** Starts listening to the page; call before the page's first navigation. */
    static TaskMeter on(Page page) {
        var meter = new TaskMeter(page);
        page.exposeBinding("__vkMeter", (source, args) -> {
            meter.seen(String.valueOf(args[0]), String.valueOf(args[1]));
            return null;
        });
        page.addInitScript(LISTENERS);
        page.onLoad(loaded -> meter.documentLoaded());
        return meter;
    }

    private synchronized void seen(String kind, String detail) {
        switch (kind) {
            case "click" -> clicks++;
            case "field" -> fields.add(detail);
            case "route" -> moved(detail);
            default -> throw new IllegalArgumentException(kind);
        }
    }

    private synchronized void documentLoaded() {
        loads++;
        view = viewOf(java.net.URI.create(page.url()).getPath());
    }

    private void moved(String path) {
        var next = viewOf(path);
        if (!next.equals(view)) {
            loads++;
        }
        view = next;
    }

    private static String viewOf(String path) {
        var tab = CASE_TAB.matcher(path);
        return tab.find() ? tab.replaceFirst("$1") : path;
    }

    /** Begins counting a task; the page is where the user starts it (typically the start page after login). */
    synchronized void begin(String name) {
        if (task != null) {
            throw new IllegalStateException("Task " + task + " was not ended");
        }
        task = name;
        loads = 0;
        clicks = 0;
        fields.clear();
    }

    /** Ends the task begun last and returns its counts. */
    Result end() {
        // Let the events of the last action reach the binding before the counts are read.
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => setTimeout(done, 50)))");
        synchronized (this) {
            var result = new Result(task, loads, clicks, fields.size());
            results.add(result);
            task = null;
            return result;
        }
    }

    List<Result> results() {
        return List.copyOf(results);
    }

    /** Writes the counts as a Markdown table to a file (for docs/) and to the test's output. */
    void write(Path file) {
        var table = new StringBuilder("| task | page loads | clicks | typed fields |\n|---|---:|---:|---:|\n");
        for (var result : results) {
            table.append("| ").append(result.task()).append(" | ").append(result.loads()).append(" | ")
                    .append(result.clicks()).append(" | ").append(result.typedFields()).append(" |\n");
        }
        System.out.print(table);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What one task took. */
    record Result(String task, int loads, int clicks, int typedFields) {
    }
}
