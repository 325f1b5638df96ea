package se.vardkedjan.platform.devstack.bankid;

import se.vardkedjan.platform.devstack.otp.DemoOtpAccounts;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The HTML of the tester page, in Swedish. Every value that comes from outside is escaped. */
final class TesterPageView {

    private final String rpBaseUrl;
    private final Path caCertificate;
    private final Path rpClientKeyStore;
    private final Duration unstartedOrderTimeout;
    private final Duration userSignTimeout;
    private final DemoOtpAccounts demoOtpAccounts;
    private final Clock clock;

    TesterPageView(String rpBaseUrl, Path caCertificate, Path rpClientKeyStore, Duration unstartedOrderTimeout,
                   Duration userSignTimeout, DemoOtpAccounts demoOtpAccounts, Clock clock) {
        this.rpBaseUrl = rpBaseUrl;
        this.caCertificate = caCertificate;
        this.rpClientKeyStore = rpClientKeyStore;
        this.unstartedOrderTimeout = unstartedOrderTimeout;
        this.userSignTimeout = userSignTimeout;
        this.demoOtpAccounts = demoOtpAccounts;
        this.clock = clock;
    }

    enum NoticeKind {
        OK("ok", "Klart: "),
        WARNING("varning", "Varning: "),
        ERROR("fel", "Fel: ");

        private final String code;
        private final String prefix;

        NoticeKind(String code, String prefix) {
            this.code = code;
            this.prefix = prefix;
        }

        static NoticeKind of(String code) {
            return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst().orElse(OK);
        }
    }

    /** A message shown once, after an action. */
    record Notice(NoticeKind kind, String text) {
    }

    String render(List<Orders.PendingOrder> orders, Optional<Notice> notice) {
        String signature = orders.stream().map(order -> order.orderRef() + ":" + order.hintCode().code())
                .collect(Collectors.joining(","));
        return """
                <!doctype html>
                <html lang="sv">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>BankID-simulator — endast för test</title>
                <style>%s</style>
                </head>
                <body>
                <header>
                <h1>BankID-simulator — endast för test</h1>
                <p>Sidan ersätter BankID-appen i utvecklings- och testmiljöer. Den har inget med riktiga BankID att \
                göra och får aldrig användas i produktion.</p>
                </header>
                <main>
                <div id="meddelande" role="status" aria-live="polite">%s</div>
                %s
                <section aria-labelledby="ordrar-rubrik">
                <h2 id="ordrar-rubrik">Pågående ordrar (%d)</h2>
                <p id="uppdatering" class="notis" role="status" hidden>Listan har ändrats. \
                <a href="/">Ladda om sidan</a> för att se den nya listan.</p>
                <div id="ordrar" data-signature="%s">
                %s
                </div>
                </section>
                %s
                %s
                %s
                %s
                </main>
                <script>%s</script>
                </body>
                </html>
                """.formatted(STYLE, notice.map(TesterPageView::notice).orElse(""), scanForm(), orders.size(),
                escape(signature), orders.isEmpty() ? noOrders() : orders.stream().map(this::order)
                        .collect(Collectors.joining("\n")),
                demoCodes(), faultForm(), personTable(), connectionInfo(), SCRIPT);
    }

    String notFound() {
        return """
                <!doctype html>
                <html lang="sv"><head><meta charset="utf-8"><title>Sidan finns inte — BankID-simulator</title></head>
                <body><main><h1>Sidan finns inte</h1><p><a href="/">Till BankID-simulatorn</a></p></main></body>
                </html>
                """;
    }

    private static String notice(Notice notice) {
        return "<p class=\"notis notis-" + notice.kind().code + "\"><strong>" + notice.kind().prefix + "</strong>"
                + escape(notice.text()) + "</p>";
    }

    private String noOrders() {
        return "<p>Inga pågående ordrar. Starta en inloggning i tjänsten som ska testas; ordern visas här inom "
                + "några sekunder. En order som inte skannas inom " + unstartedOrderTimeout.toSeconds()
                + " sekunder misslyckas med startFailed, och en skannad order som inte godkänns inom "
                + userSignTimeout.toSeconds() + " sekunder med expiredTransaction.</p>";
    }

    private static String scanForm() {
        return """
                <section aria-labelledby="skanna-rubrik">
                <h2 id="skanna-rubrik">Skanna en QR-kod</h2>
                <form method="post" action="/scan">
                <p><label for="qrData">QR-kodens innehåll</label>
                <input id="qrData" name="qrData" size="60" autocomplete="off" spellcheck="false" required
                 aria-describedby="qrData-hjalp" placeholder="bankid.…">
                <span id="qrData-hjalp" class="hjalp">Klistra in strängen som QR-koden innehåller \
                (bankid.&lt;qrStartToken&gt;.&lt;tid&gt;.&lt;qrAuthCode&gt;). Den kontrolleras som appen skulle göra: \
                rätt order, rätt kod och inte för gammal.</span></p>
                <p><label for="qrData-person">Testperson som skannar</label>
                <select id="qrData-person" name="person">%s</select></p>
                <p><button type="submit">Skanna</button></p>
                </form>
                </section>
                """.formatted(personOptions(Optional.empty()));
    }

    private String order(Orders.PendingOrder order) {
        String ref = order.orderRef().toString();
        String id = shortRef(ref);
        String required = order.requiredPersonalNumber()
                .map(number -> "<dt>Kräver personnummer</dt><dd>" + escape(number) + "</dd>").orElse("");
        return """
                <article class="order" aria-labelledby="order-%1$s">
                <h3 id="order-%1$s">%2$s · order %1$s</h3>
                <dl>
                <dt>Order</dt><dd><code>%3$s</code></dd>
                <dt>Ålder</dt><dd><span data-age="%4$d">%4$d s</span></dd>
                <dt>Status</dt><dd>%5$s (<code>%6$s</code>)</dd>
                <dt>Användarens IP-adress</dt><dd>%7$s</dd>
                %8$s
                </dl>
                <form method="post" action="/orders/%3$s/approve">
                <fieldset>
                <legend>Vem använder appen?</legend>
                <p><label for="person-%1$s">Testperson</label>
                <select id="person-%1$s" name="person">%9$s</select></p>
                <p class="hjalp">Eller ange en annan person (går före valet ovan):</p>
                <p><label for="pnr-%1$s">Personnummer (12 siffror)</label>
                <input id="pnr-%1$s" name="personalNumber" inputmode="numeric" autocomplete="off" size="14"
                 value="%11$s" data-personnummer aria-describedby="pnr-varning-%1$s">
                <span id="pnr-varning-%1$s" class="hjalp" aria-live="polite">Ett ogiltigt nummer godtas med flit, \
                så att man kan pröva att tjänsten nekar det.</span></p>
                <p><label for="fornamn-%1$s">Förnamn</label>
                <input id="fornamn-%1$s" name="givenName" autocomplete="off"></p>
                <p><label for="efternamn-%1$s">Efternamn</label>
                <input id="efternamn-%1$s" name="surname" autocomplete="off"></p>
                </fieldset>
                <p class="knappar">
                <button type="submit" formaction="/orders/%3$s/scan">Skanna QR-kod</button>
                <button type="submit">Godkänn</button>
                <button type="submit" formaction="/orders/%3$s/cancel">Avbryt</button>
                </p>
                </form>
                <details>
                <summary>Andra utfall</summary>
                <form method="post" action="/orders/%3$s/fail">
                <p><label for="fel-%1$s">Låt ordern misslyckas med</label>
                <select id="fel-%1$s" name="hintCode">%10$s</select>
                <button type="submit">Misslyckas</button></p>
                </form>
                <form method="post" action="/orders/%3$s/expire">
                <p><button type="submit">Låt tiden gå ut</button> (expiredTransaction)</p>
                </form>
                </details>
                </article>
                """.formatted(id, order.type() == OrderType.AUTH ? "Inloggning" : "Underskrift", escape(ref),
                order.age().toSeconds(), hintText(order.hintCode()), order.hintCode().code(),
                escape(order.endUserIp()), required, personOptions(order.requiredPersonalNumber()), failureOptions(),
                typedNumber(order.requiredPersonalNumber()));
    }

    /** Prefills the free-text number when the order requires a person who is not a built-in test person. */
    private static String typedNumber(Optional<String> required) {
        return required.filter(number -> TestPersons.withPersonalNumber(number).isEmpty())
                .map(TesterPageView::escape).orElse("");
    }

    private static String personOptions(Optional<String> preferred) {
        String preferredNumber = preferred.orElse(TestPersons.all().getFirst().personalNumber());
        return TestPersons.all().stream()
                .map(person -> "<option value=\"" + person.personalNumber() + "\""
                        + (person.personalNumber().equals(preferredNumber) ? " selected" : "") + ">"
                        + escape(person.name()) + " (" + formatted(person.personalNumber()) + ")"
                        + (person.hasCoordinationNumber() ? ", samordningsnummer" : "") + "</option>")
                .collect(Collectors.joining());
    }

    private static String failureOptions() {
        return Arrays.stream(HintCode.values()).filter(HintCode::isFailure)
                .map(hint -> "<option value=\"" + hint.code() + "\">" + hint.code() + " – " + failureText(hint)
                        + "</option>")
                .collect(Collectors.joining());
    }

    /**
     * "Demokoder": the current one-time code of each demo staff account, so that the tester page stands in for their
     * authenticator app as well. The script refreshes the codes every second from {@code /api/demo-codes}.
     */
    private String demoCodes() {
        if (demoOtpAccounts.isEmpty()) {
            return "";
        }
        var now = clock.instant();
        String rows = demoOtpAccounts.all().stream()
                .map(account -> "<tr data-username=\"" + escape(account.username()) + "\"><td>"
                        + escape(account.username()) + "</td><td>" + escape(account.name())
                        + "</td><td><code class=\"kod\" data-code>" + account.code(now)
                        + "</code></td><td><span data-seconds>" + TesterApi.secondsLeft(account, now)
                        + "</span> s</td></tr>")
                .collect(Collectors.joining("\n"));
        return """
                <section aria-labelledby="demokoder-rubrik">
                <h2 id="demokoder-rubrik">Demokoder</h2>
                <p>Personalens demokonton loggar in med lösenord och en engångskod. Sidan ersätter också \
                autentiseringsappen: här står varje demokontos aktuella kod. En kod gäller i 30 sekunder och kan \
                användas en gång; vänta på nästa kod om du loggar in igen inom samma halvminut.</p>
                <table id="demokoder">
                <caption>Aktuella engångskoder (TOTP) för personalens demokonton</caption>
                <thead><tr><th scope="col">Användarnamn</th><th scope="col">Namn</th><th scope="col">Kod</th>\
                <th scope="col">Byts om</th></tr></thead>
                <tbody>
                %s
                </tbody>
                </table>
                </section>
                """.formatted(rows);
    }

    private static String faultForm() {
        String options = Arrays.stream(RpApiError.values())
                .map(error -> "<option value=\"" + error.code() + "\""
                        + (error == RpApiError.MAINTENANCE ? " selected" : "") + ">" + error.code() + " (HTTP "
                        + error.httpStatus() + ")</option>")
                .collect(Collectors.joining());
        return """
                <section aria-labelledby="fel-rubrik">
                <h2 id="fel-rubrik">Simulera fel i RP-API:t</h2>
                <form method="post" action="/faults">
                <p><label for="errorCode">Felkod</label>
                <select id="errorCode" name="errorCode">%s</select>
                <label for="count">Antal anrop</label>
                <input id="count" name="count" type="number" min="0" value="1" size="4">
                <button type="submit">Simulera</button></p>
                <p class="hjalp">De nästa anropen till auth, sign, collect eller cancel svarar med felet. \
                0 anrop tar bort ett planerat fel.</p>
                </form>
                </section>
                """.formatted(options);
    }

    private static String personTable() {
        String rows = TestPersons.all().stream()
                .map(person -> "<tr><td>" + escape(person.name()) + "</td><td>" + formatted(person.personalNumber())
                        + "</td><td>" + (person.hasCoordinationNumber() ? "Samordningsnummer" : "Personnummer")
                        + "</td><td>" + person.bankIdIssueDate() + "</td></tr>")
                .collect(Collectors.joining("\n"));
        return """
                <section aria-labelledby="personer-rubrik">
                <h2 id="personer-rubrik">Testpersoner</h2>
                <table>
                <caption>Påhittade personer med giltiga nummer (datum och kontrollsiffra)</caption>
                <thead><tr><th scope="col">Namn</th><th scope="col">Nummer</th><th scope="col">Typ</th>\
                <th scope="col">BankID utfärdat</th></tr></thead>
                <tbody>
                %s
                </tbody>
                </table>
                </section>
                """.formatted(rows);
    }

    private String connectionInfo() {
        return """
                <section aria-labelledby="ansluta-rubrik">
                <h2 id="ansluta-rubrik">Ansluta en förlitande part</h2>
                <dl>
                <dt>RP-API (v6, ömsesidig TLS)</dt><dd><code>%s</code></dd>
                <dt>CA-certifikat att lita på</dt><dd><code>%s</code></dd>
                <dt>Klientcertifikat (PKCS#12)</dt><dd><code>%s</code>, lösenord <code>%s</code></dd>
                <dt>API för automatiska tester</dt><dd><code>/api/orders</code>, <code>/api/persons</code> m.fl.</dd>
                </dl>
                </section>
                """.formatted(escape(rpBaseUrl), escape(caCertificate.toAbsolutePath().toString()),
                escape(rpClientKeyStore.toAbsolutePath().toString()), CertificateDirectory.PASSWORD);
    }

    private static String hintText(HintCode hint) {
        return switch (hint) {
            case OUTSTANDING_TRANSACTION -> "Väntar på att QR-koden skannas";
            case NO_CLIENT -> "Appen har inte fått ordern";
            case STARTED -> "Appen är startad";
            case USER_MRTD -> "Väntar på pass eller id-kort";
            case USER_CALL_CONFIRM -> "Väntar på att användaren bekräftar samtalet";
            case USER_SIGN -> "Skannad – väntar på att användaren godkänner";
            default -> hint.code();
        };
    }

    private static String failureText(HintCode hint) {
        return switch (hint) {
            case EXPIRED_TRANSACTION -> "tiden gick ut";
            case CERTIFICATE_ERR -> "BankID:t är spärrat eller ogiltigt";
            case USER_CANCEL -> "användaren avbröt";
            case CANCELLED -> "en ny order startades för användaren";
            case START_FAILED -> "QR-koden skannades inte / appen startade inte i tid";
            case USER_DECLINED_CALL -> "användaren sa att hen inte är i samtal";
            case NOT_SUPPORTED -> "appen stöder inte det som krävs";
            case TRANSACTION_RISK_BLOCKED -> "för hög risk";
            default -> hint.code();
        };
    }

    static String shortRef(String orderRef) {
        return orderRef.length() > 8 ? orderRef.substring(0, 8) : orderRef;
    }

    private static String formatted(String personalNumber) {
        return personalNumber.substring(0, 8) + "-" + personalNumber.substring(8);
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static final String STYLE = """
            body { font-family: system-ui, sans-serif; line-height: 1.5; margin: 0 auto; max-width: 60rem; \
            padding: 1rem; color: #1a1a1a; background: #fff; }
            header { border-bottom: 4px solid #b00020; margin-bottom: 1rem; }
            h1 { margin: 0.5rem 0; }
            .order { border: 1px solid #666; border-radius: 4px; padding: 0 1rem 1rem; margin: 1rem 0; }
            dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
            dt { font-weight: bold; }
            dd { margin: 0; }
            fieldset { border: 1px solid #999; }
            label { display: inline-block; min-width: 12rem; }
            .hjalp { display: block; color: #444; font-size: 0.95rem; }
            .knappar button { margin-right: 0.5rem; }
            button { font: inherit; padding: 0.35rem 0.9rem; }
            :focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
            .notis { border-left: 6px solid #1a5fb4; background: #eef3fb; padding: 0.5rem 1rem; }
            .notis-ok { border-color: #26734d; background: #eaf6ef; }
            .notis-varning { border-color: #8a5a00; background: #fff6e0; }
            .notis-fel { border-color: #b00020; background: #fdecee; }
            .kod { font-size: 1.25rem; letter-spacing: 0.1em; }
            table { border-collapse: collapse; }
            caption { text-align: left; font-style: italic; }
            th, td { border: 1px solid #999; padding: 0.25rem 0.5rem; text-align: left; }
            """;

    /** Keeps the list current (reloads when orders change, unless the tester is filling in a form). */
    private static final String SCRIPT = """
            (() => {
              const list = document.getElementById('ordrar');
              const changed = document.getElementById('uppdatering');
              const loaded = Date.now();
              let editing = false;
              document.addEventListener('input', () => { editing = true; });
              document.addEventListener('change', () => { editing = true; });
              const signature = orders => orders.map(o => o.orderRef + ':' + o.hintCode).join(',');
              setInterval(async () => {
                try {
                  const response = await fetch('/api/orders', { cache: 'no-store' });
                  if (!response.ok) return;
                  if (signature(await response.json()) === list.dataset.signature) return;
                  if (editing) { changed.hidden = false; } else { location.replace('/'); }
                } catch (e) { /* the simulator may be restarting */ }
              }, 2000);
              setInterval(() => {
                const elapsed = Math.floor((Date.now() - loaded) / 1000);
                document.querySelectorAll('[data-age]').forEach(el => {
                  el.textContent = (Number(el.dataset.age) + elapsed) + ' s';
                });
              }, 1000);
              const codes = document.getElementById('demokoder');
              if (codes) {
                setInterval(async () => {
                  try {
                    const response = await fetch('/api/demo-codes', { cache: 'no-store' });
                    if (!response.ok) return;
                    for (const account of await response.json()) {
                      const row = codes.querySelector('tr[data-username="' + CSS.escape(account.username) + '"]');
                      if (!row) continue;
                      row.querySelector('[data-code]').textContent = account.code;
                      row.querySelector('[data-seconds]').textContent = account.secondsLeft;
                    }
                  } catch (e) { /* the simulator may be restarting */ }
                }, 1000);
              }
              const luhnValid = digits => {
                let sum = 0;
                for (let i = 0; i < 9; i++) {
                  let d = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
                  sum += d > 9 ? d - 9 : d;
                }
                return (10 - sum % 10) % 10 === Number(digits[9]);
              };
              document.querySelectorAll('input[data-personnummer]').forEach(input => {
                const hint = document.getElementById(input.getAttribute('aria-describedby'));
                const original = hint.textContent;
                input.addEventListener('input', () => {
                  const digits = input.value.replace(/[-+\\s]/g, '');
                  if (!/^\\d{12}$/.test(digits)) { hint.textContent = original; return; }
                  hint.textContent = luhnValid(digits.substring(2))
                    ? 'Kontrollsiffran stämmer.'
                    : 'Varning: ogiltigt personnummer (kontrollsiffran stämmer inte). Det godtas ändå, '
                      + 'så att man kan pröva att tjänsten nekar det.';
                });
              });
            })();
            """;
}
