package se.vardkedjan.bench.fault;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Cookie;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The fault test's load (deploy/fault-test, ADR 0036): a few simulated caseworkers, each in a headless Chromium of its
 * own, working through HAProxy's https frontend while the test kills members of the topology. Each user runs a loop
 * bounded in count and time: now and then a full login (password and one-time code), now and then a new app session
 * (so the login goes through Keycloak's session, without the password), then it opens one of its cases and signs a
 * journal entry whose title is a marker of its own. Beside them, provider staff (of the provider organisation the test's
 * data sends assignments to) run the same loop on the provider pages: they open the inbox of new assignments, open
 * one and accept it with a start date. Every action goes to the {@link Ledger}.
 * <p>
 * Usage: {@code FaultLoad --app-url URL --keycloak-url URL --staff-users TSV --cases FILE --ledger FILE --run-id ID
 * [--users 3] [--provider-staff TSV --provider-users 1 --accept-every-seconds 20] [--iterations 300] [--duration-seconds 900]
 * [--pause-millis 1000] [--password-login-every 12] [--new-session-every 4] [--chromium /usr/bin/chromium]}. It stops by itself after the iterations or the duration,
 * or when the file {@code LEDGER.stop} appears.
 */
public final class FaultLoad {

    private static final double ACTION_TIMEOUT_MILLIS = 20_000;

    record StaffUser(String username, String password, String totpSecret) {
    }

    record Settings(String appUrl, String keycloakUrl, List<StaffUser> users, List<String> cases, Path ledger,
                    String runId, int iterations, long deadlineMillis, long pauseMillis, int passwordLoginEvery,
                    int newSessionEvery, Path chromium, long acceptEveryMillis) {
    }

    public static void main(String[] args) throws Exception {
        var a = arguments(args);
        var staff = staffUsers(Path.of(a.get("--staff-users")));
        int users = Integer.parseInt(a.getOrDefault("--users", "3"));
        if (users > staff.size()) {
            throw new IllegalArgumentException(users + " users asked for, " + staff.size() + " in the staff file");
        }
        var providerStaff = a.containsKey("--provider-staff") ? staffUsers(Path.of(a.get("--provider-staff")))
                : List.<StaffUser>of();
        int providerUsers = Integer.parseInt(a.getOrDefault("--provider-users", providerStaff.isEmpty() ? "0" : "1"));
        if (providerUsers > providerStaff.size()) {
            throw new IllegalArgumentException(providerUsers + " provider users asked for, " + providerStaff.size()
                    + " in the provider staff file");
        }
        var cases = Files.readAllLines(Path.of(a.get("--cases"))).stream().filter(l -> !l.isBlank()).toList();
        if (cases.isEmpty()) {
            throw new IllegalArgumentException("no cases in " + a.get("--cases"));
        }
        var settings = new Settings(strip(a.get("--app-url")), strip(a.get("--keycloak-url")),
                staff.subList(0, users), cases, Path.of(a.get("--ledger")), a.get("--run-id"),
                Integer.parseInt(a.getOrDefault("--iterations", "300")),
                System.currentTimeMillis() + 1000L * Long.parseLong(a.getOrDefault("--duration-seconds", "900")),
                Long.parseLong(a.getOrDefault("--pause-millis", "1000")),
                Integer.parseInt(a.getOrDefault("--password-login-every", "12")),
                Integer.parseInt(a.getOrDefault("--new-session-every", "4")),
                Path.of(a.getOrDefault("--chromium", "/usr/bin/chromium")),
                1000L * Long.parseLong(a.getOrDefault("--accept-every-seconds", "20")));
        var stopFile = Path.of(settings.ledger() + ".stop");
        if (a.containsKey("--decide")) {
            // The chain's fault: one user (the staff file's line --user-number) decides each case of the file.
            var toDecide = Files.readAllLines(Path.of(a.get("--decide"))).stream().filter(l -> !l.isBlank()).toList();
            int number = Integer.parseInt(a.get("--user-number")) - 1;
            var one = new Settings(settings.appUrl(), settings.keycloakUrl(), staff, toDecide, settings.ledger(),
                    settings.runId(), toDecide.size(), settings.deadlineMillis(), 0, 0, 0, settings.chromium(), 0);
            try (var ledger = new Ledger(settings.ledger())) {
                new SimulatedUser(one, staff.get(number), number, ledger, new AtomicBoolean(), stopFile, false)
                        .decideAll();
            }
            System.out.println("fault load: decisions done");
            System.exit(0);
        }
        var stop = new AtomicBoolean();
        try (var ledger = new Ledger(settings.ledger())) {
            var threads = new ArrayList<Thread>();
            for (int u = 0; u < users; u++) {
                int number = u;
                threads.add(Thread.ofPlatform().name("user-" + (u + 1)).start(() ->
                        new SimulatedUser(settings, staff.get(number), number, ledger, stop, stopFile, false).run()));
            }
            for (int u = 0; u < providerUsers; u++) {
                int number = u;
                threads.add(Thread.ofPlatform().name("provider-user-" + (u + 1)).start(() ->
                        new SimulatedUser(settings, providerStaff.get(number), number, ledger, stop, stopFile, true)
                                .run()));
            }
            for (var t : threads) {
                // Bounded: the deadline plus time for one last action and the browser to close.
                t.join(Math.max(1, settings.deadlineMillis() - System.currentTimeMillis()) + 90_000);
            }
            stop.set(true);
        }
        System.out.println("fault load: done");
        System.exit(0);
    }

    private static List<StaffUser> staffUsers(Path file) throws java.io.IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t"))
                .map(f -> new StaffUser(f[0], f[1], f[2])).toList();
    }

    private static String strip(String url) {
        return url.replaceAll("/+$", "");
    }

    static Map<String, String> arguments(String[] args) {
        var map = new java.util.HashMap<String, String>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            map.put(args[i], args[i + 1]);
        }
        return map;
    }

    /**
     * One simulated user, a caseworker or (provider) a provider's staff member: a browser of its own and a bounded
     * loop.
     */
    static final class SimulatedUser {

        private final Settings s;
        private final StaffUser user;
        private final int number;
        private final Ledger ledger;
        private final AtomicBoolean stop;
        private final Path stopFile;
        private final boolean provider;
        private long lastOtpStep = -1;
        private long lastAcceptance;

        SimulatedUser(Settings settings, StaffUser user, int number, Ledger ledger, AtomicBoolean stop,
                      Path stopFile, boolean provider) {
            this.s = settings;
            this.user = user;
            this.number = number;
            this.ledger = ledger;
            this.stop = stop;
            this.stopFile = stopFile;
            this.provider = provider;
        }

        void run() {
            try (var playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                 var browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                         .setExecutablePath(s.chromium()).setHeadless(true))) {
                loop(browser);
            } catch (RuntimeException e) {
                record(Ledger.Action.READ_CASE, Ledger.Outcome.ERROR, 0, "", "", "browser: " + firstLine(e));
            }
        }

        private void loop(Browser browser) {
            // The topology's own CA signs HAProxy's certificate; the browser is told to accept it (loopback only).
            var context = browser.newContext(new Browser.NewContextOptions().setIgnoreHTTPSErrors(true)
                    .setLocale("sv-SE").setViewportSize(1280, 900));
            var page = context.newPage();
            page.setDefaultTimeout(ACTION_TIMEOUT_MILLIS);
            page.setDefaultNavigationTimeout(ACTION_TIMEOUT_MILLIS);
            boolean passwordPlanned = true;
            for (int i = 0; i < s.iterations() && System.currentTimeMillis() < s.deadlineMillis()
                    && !stop.get() && !Files.exists(stopFile); i++) {
                if (i > 0 && s.passwordLoginEvery() > 0 && i % s.passwordLoginEvery() == 0) {
                    context.clearCookies();   // logged out everywhere: the next page asks for the password
                    passwordPlanned = true;
                } else if (i > 0 && s.newSessionEvery() > 0 && i % s.newSessionEvery() == 0) {
                    // A new app session (the app's cookies gone, Keycloak's kept): the login goes through
                    // Keycloak's session without the password.
                    var keep = context.cookies().stream().filter(c -> !isAppCookie(c)).toList();
                    context.clearCookies();
                    if (!keep.isEmpty()) {
                        context.addCookies(keep);
                    }
                }
                if (provider) {
                    if (open(context, page, s.appUrl() + "/utforare/uppdrag", "#inbox-table, #inbox-none",
                            passwordPlanned, Ledger.Action.OPEN_INBOX, "")) {
                        passwordPlanned = false;
                        // Bounded by the test's supply of new assignments: at most one acceptance in the interval.
                        if (System.currentTimeMillis() - lastAcceptance >= s.acceptEveryMillis()) {
                            lastAcceptance = System.currentTimeMillis();
                            acceptOne(context, page);
                        }
                    }
                } else {
                    var caseId = s.cases().get((number + i * s.users().size()) % s.cases().size());
                    if (openCase(context, page, caseId, passwordPlanned)) {
                        passwordPlanned = false;
                        signEntry(context, page, "FT " + s.runId() + " " + user.username() + " " + i);
                    }
                }
                // Provider staff work at a slower pace: their rounds must last as long as the caseworkers' (the same
                // bound on rounds), most of them only the inbox.
                sleep(provider ? Math.max(s.pauseMillis(), 5000) : s.pauseMillis());
            }
            context.close();
        }

        /** Decides each case of the list once: outpatient care granted, as the end-to-end test does. */
        void decideAll() {
            try (var playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                 var browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                         .setExecutablePath(s.chromium()).setHeadless(true))) {
                var context = browser.newContext(new Browser.NewContextOptions().setIgnoreHTTPSErrors(true)
                        .setLocale("sv-SE").setViewportSize(1280, 900));
                var page = context.newPage();
                page.setDefaultTimeout(ACTION_TIMEOUT_MILLIS);
                page.setDefaultNavigationTimeout(ACTION_TIMEOUT_MILLIS);
                boolean first = true;
                for (var caseId : s.cases()) {
                    if (System.currentTimeMillis() > s.deadlineMillis()) {
                        break;
                    }
                    if (openCase(context, page, caseId, first)) {
                        first = false;
                        decide(context, page, caseId);
                    }
                }
                context.close();
            }
        }

        private void decide(BrowserContext context, Page page, String caseId) {
            long started = System.currentTimeMillis();
            boolean sent = false;
            try {
                var today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm"));
                page.locator("#case-tab-DecisionSection").click();
                page.locator("#decision-item-0-type").waitFor();
                choose(page, "#decision-item-0-type", "Öppenvård");
                page.locator("#decision-item-0-scope input").fill("Samtalsbehandling en gång i veckan");
                date(page, "#decision-item-0-starts-on", today);
                date(page, "#decision-item-0-planned-end", today.plusMonths(6));
                page.locator("#decision-item-0-legal-basis").click();
                page.getByRole(com.microsoft.playwright.options.AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("livsföringen i övrigt")))
                        .click();
                choose(page, "#decision-informed-by", "Vid möte");
                sent = true;
                page.locator("#decision-decide").click();
                var decided = page.locator("#decision-list").filter(new Locator.FilterOptions()
                        .setHasText("Öppenvård: Beviljas"));
                var problem = page.locator("#problem-message");
                decided.or(problem).first().waitFor();
                if (problem.isVisible()) {
                    record(Ledger.Action.DECIDE, Ledger.Outcome.UNCERTAIN, System.currentTimeMillis() - started,
                            node(context), caseId, "the app said: " + firstLine(problem.textContent()));
                } else {
                    record(Ledger.Action.DECIDE, Ledger.Outcome.OK, System.currentTimeMillis() - started,
                            node(context), caseId, "");
                }
            } catch (RuntimeException e) {
                record(Ledger.Action.DECIDE, sent ? Ledger.Outcome.UNCERTAIN : Ledger.Outcome.ERROR,
                        System.currentTimeMillis() - started, node(context), caseId, firstLine(e));
            }
        }

        private static void choose(Page page, String selectId, String option) {
            page.locator(selectId).click();
            page.getByRole(com.microsoft.playwright.options.AriaRole.OPTION,
                    new Page.GetByRoleOptions().setName(option).setExact(true)).click();
        }

        private static void date(Page page, String pickerId, java.time.LocalDate value) {
            var input = page.locator(pickerId + " input");
            input.fill(value.toString());
            input.press("Enter");
        }

        private static boolean isAppCookie(Cookie c) {
            return "VKNODE".equals(c.name) || c.name.toUpperCase(java.util.Locale.ROOT).contains("SESSION");
        }

        /** Opens the case page (logging in through Keycloak when the app asks); false when it failed. */
        private boolean openCase(BrowserContext context, Page page, String caseId, boolean passwordPlanned) {
            return open(context, page, s.appUrl() + "/arenden/" + caseId, "#case-tab-JournalSection",
                    passwordPlanned, Ledger.Action.READ_CASE, caseId);
        }

        /**
         * Opens one of the provider's new assignments from the inbox (the one at the user's number, so that several
         * provider users rarely take the same one) and accepts it with a start a week from today. Nothing when the
         * inbox lists none.
         */
        private void acceptOne(BrowserContext context, Page page) {
            var rows = page.locator("[id^='inbox-row-']");
            int count = rows.count();
            if (count == 0) {
                return;
            }
            long started = System.currentTimeMillis();
            var id = "";
            boolean sent = false;
            try {
                id = rows.nth(number % count).getAttribute("id").substring("inbox-row-".length());
                page.locator("#inbox-link-" + id).click();
                page.locator("#provider-assignment-heading").waitFor();
                date(page, "#provider-accept-date",
                        java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")).plusDays(7));
                sent = true;
                page.locator("#provider-accept").click();
                var accepted = page.locator("#provider-assignment-heading")
                        .filter(new Locator.FilterOptions().setHasText("accepterat"));
                var refused = page.locator("#provider-accept-form-problems");
                var problem = page.locator("#problem-message");
                accepted.or(refused).or(problem).first().waitFor();
                if (accepted.isVisible()) {
                    record(Ledger.Action.ACCEPT_ASSIGNMENT, Ledger.Outcome.OK, System.currentTimeMillis() - started,
                            node(context), id, "");
                } else {
                    var said = refused.isVisible() ? refused.textContent() : problem.textContent();
                    record(Ledger.Action.ACCEPT_ASSIGNMENT, Ledger.Outcome.UNCERTAIN,
                            System.currentTimeMillis() - started, node(context), id, "the app said: " + firstLine(said));
                }
            } catch (RuntimeException e) {
                record(Ledger.Action.ACCEPT_ASSIGNMENT, sent ? Ledger.Outcome.UNCERTAIN : Ledger.Outcome.ERROR,
                        System.currentTimeMillis() - started, node(context), id, firstLine(e));
            }
        }

        /**
         * Opens a page of the app and waits for the element that says it is shown, logging in through Keycloak when
         * the app asks; records the action (with the detail) and false when it failed.
         */
        private boolean open(BrowserContext context, Page page, String address, String ready, boolean passwordPlanned,
                             Ledger.Action action, String detail) {
            long started = System.currentTimeMillis();
            try {
                var visitedKeycloak = new AtomicBoolean();
                // Redirects through Keycloak are requests of their own (no page is shown for them).
                java.util.function.Consumer<com.microsoft.playwright.Request> watch = request -> {
                    if (request.isNavigationRequest() && request.url().startsWith(s.keycloakUrl())) {
                        visitedKeycloak.set(true);
                    }
                };
                page.onRequest(watch);
                try {
                    page.navigate(address);
                    var caseTab = page.locator(ready).first();
                    var login = page.locator("#username");
                    caseTab.or(login).first().waitFor();
                    if (login.isVisible()) {
                        long loginStarted = System.currentTimeMillis();
                        if (!passwordPlanned) {
                            record(Ledger.Action.PASSWORD_PROMPT_UNPLANNED, Ledger.Outcome.ERROR, 0, node(context),
                                    "", "Keycloak asked for the password");
                        }
                        passwordLogin(page);
                        page.waitForURL(url -> url.startsWith(s.appUrl()));
                        caseTab.waitFor();
                        record(Ledger.Action.LOGIN_PASSWORD, Ledger.Outcome.OK,
                                System.currentTimeMillis() - loginStarted, node(context), "", "");
                    } else if (visitedKeycloak.get()) {
                        record(Ledger.Action.LOGIN_SESSION, Ledger.Outcome.OK, System.currentTimeMillis() - started,
                                node(context), "", "");
                    }
                } finally {
                    page.offRequest(watch);
                }
                record(action, Ledger.Outcome.OK, System.currentTimeMillis() - started, node(context), "", detail);
                return true;
            } catch (RuntimeException e) {
                record(action, Ledger.Outcome.ERROR, System.currentTimeMillis() - started, node(context), "",
                        firstLine(e));
                return false;
            }
        }

        private void passwordLogin(Page page) {
            page.locator("#username").fill(user.username());
            page.locator("#password").fill(user.password());
            page.locator("#kc-login").click();
            page.locator("#otp").waitFor();
            // The realm takes each one-time code once: wait for the next step when this one was used.
            long step = Totp.step(System.currentTimeMillis() / 1000);
            while (step <= lastOtpStep) {
                sleep(1000);
                step = Totp.step(System.currentTimeMillis() / 1000);
            }
            lastOtpStep = step;
            page.locator("#otp").fill(Totp.code(user.totpSecret(), step));
            page.locator("#kc-login").click();
        }

        private void signEntry(BrowserContext context, Page page, String marker) {
            long started = System.currentTimeMillis();
            boolean sent = false;
            try {
                page.locator("#case-tab-JournalSection").click();
                page.locator("#journal-title input").fill(marker);
                page.locator("#journal-text textarea").fill("Anteckning från feltestet.");
                page.locator("#journal-sign-new").click();
                var confirm = page.locator("[slot='confirm-button']:visible");
                confirm.waitFor();
                sent = true;
                confirm.click();
                var signed = page.locator("vaadin-notification-card")
                        .filter(new Locator.FilterOptions().setHasText("Signerad"));
                var problem = page.locator("#problem-message");
                signed.or(problem).first().waitFor();
                if (problem.isVisible()) {
                    record(Ledger.Action.SIGN_ENTRY, Ledger.Outcome.UNCERTAIN, System.currentTimeMillis() - started,
                            node(context), marker, "the app said: " + firstLine(problem.textContent()));
                } else {
                    record(Ledger.Action.SIGN_ENTRY, Ledger.Outcome.OK, System.currentTimeMillis() - started,
                            node(context), marker, "");
                }
            } catch (RuntimeException e) {
                record(Ledger.Action.SIGN_ENTRY, sent ? Ledger.Outcome.UNCERTAIN : Ledger.Outcome.ERROR,
                        System.currentTimeMillis() - started, node(context), marker, firstLine(e));
            }
        }

        private String node(BrowserContext context) {
            try {
                return context.cookies(s.appUrl()).stream().filter(c -> "VKNODE".equals(c.name))
                        .map(c -> c.value).findFirst().orElse("");
            } catch (RuntimeException e) {
                return "";
            }
        }

        private void record(Ledger.Action action, Ledger.Outcome outcome, long millis, String node, String marker,
                            String detail) {
            ledger.record(new Ledger.Event(System.currentTimeMillis(), user.username(), action, outcome, millis,
                    node, marker, detail));
        }
    }

    static String firstLine(Object o) {
        var text = o instanceof Throwable t ? t.getClass().getSimpleName() + ": " + t.getMessage() : String.valueOf(o);
        // Playwright's messages start "Error {" and say what happened on the line "message='...".
        int message = text.indexOf("message='");
        if (message >= 0) {
            text = text.substring(0, text.indexOf(':') + 1) + " " + text.substring(message + "message='".length());
        }
        var line = text.lines().findFirst().orElse("").strip();
        return line.length() > 200 ? line.substring(0, 200) : line;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
