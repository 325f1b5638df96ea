package se.vardkedjan.platform.devstack.bankid;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;

import se.vardkedjan.platform.devstack.otp.DemoOtpAccounts;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local BankID service for development and tests: the relying-party API v6 over mutual TLS on one port, and on
 * another the tester page and API through which a tester (or a test) plays the user's phone app.
 *
 * <p>Start it in-process with {@link #start(Settings)} (ports may be 0 for any free port) or run {@link #main} for
 * the fixed ports 8290 (RP API) and 8190 (tester page). Both listen on the loopback interface only. The relying
 * party connects with {@link #rpClientKeyStore()} (password {@link #rpClientKeyStorePassword()}) and trusts
 * {@link #caCertificate()}; both are created in {@code <dataDirectory>/certs/} on the first start and reused after.
 */
public final class BankIdSimulator implements AutoCloseable {

    /**
     * How the simulator runs.
     *
     * @param dataDirectory where the test certificates are kept ({@code certs/} inside it)
     * @param rpPort the RP API's HTTPS port, 0 for any free port
     * @param testerPort the tester page's HTTP port, 0 for any free port
     * @param unstartedOrderTimeout how long an order waits to be scanned before it fails with {@code startFailed}
     * @param userSignTimeout how long a scanned order waits for the user before it fails with
     *     {@code expiredTransaction}
     * @param demoOtpAccounts the demo staff accounts whose current one-time codes the tester page shows
     *     ("Demokoder"), standing in for their authenticator app too; none by default
     */
    public record Settings(Path dataDirectory, int rpPort, int testerPort, Duration unstartedOrderTimeout,
                           Duration userSignTimeout, DemoOtpAccounts demoOtpAccounts) {

        /** The BankID service fails an order that no app has picked up within 30 seconds ({@code startFailed}). */
        public static final Duration DEFAULT_UNSTARTED_ORDER_TIMEOUT = Duration.ofSeconds(30);
        /** The time the user has to sign after picking the order up ({@code expiredTransaction}). */
        public static final Duration DEFAULT_USER_SIGN_TIMEOUT = Duration.ofSeconds(180);

        public Settings {
            Objects.requireNonNull(dataDirectory, "dataDirectory");
            Objects.requireNonNull(unstartedOrderTimeout, "unstartedOrderTimeout");
            Objects.requireNonNull(userSignTimeout, "userSignTimeout");
            Objects.requireNonNull(demoOtpAccounts, "demoOtpAccounts");
            if (rpPort < 0 || rpPort > 65535 || testerPort < 0 || testerPort > 65535) {
                throw new IllegalArgumentException("Ports must be between 0 and 65535");
            }
            if (unstartedOrderTimeout.isNegative() || unstartedOrderTimeout.isZero()
                    || userSignTimeout.isNegative() || userSignTimeout.isZero()) {
                throw new IllegalArgumentException("Timeouts must be positive");
            }
        }

        /** Settings without demo codes. */
        public Settings(Path dataDirectory, int rpPort, int testerPort, Duration unstartedOrderTimeout,
                        Duration userSignTimeout) {
            this(dataDirectory, rpPort, testerPort, unstartedOrderTimeout, userSignTimeout,
                    DemoOtpAccounts.of(List.of()));
        }

        /** These settings, with the tester page showing the current codes of these accounts. */
        public Settings withDemoOtpAccounts(DemoOtpAccounts accounts) {
            return new Settings(dataDirectory, rpPort, testerPort, unstartedOrderTimeout, userSignTimeout, accounts);
        }

        /** Settings with BankID's timeouts. */
        public static Settings of(Path dataDirectory, int rpPort, int testerPort) {
            return new Settings(dataDirectory, rpPort, testerPort, DEFAULT_UNSTARTED_ORDER_TIMEOUT,
                    DEFAULT_USER_SIGN_TIMEOUT);
        }

        /** What {@link #main} uses: ports 8290 and 8190, data in {@code ./.data/bankid-simulator}. */
        public static Settings standalone() {
            return of(Path.of(".data", "bankid-simulator"), 8290, 8190);
        }
    }

    private static final System.Logger LOG = System.getLogger(BankIdSimulator.class.getName());

    private final CertificateDirectory certificates;
    private final HttpsServer rpServer;
    private final HttpServer testerServer;
    private final ExecutorService executor;

    private BankIdSimulator(CertificateDirectory certificates, HttpsServer rpServer, HttpServer testerServer,
                            ExecutorService executor) {
        this.certificates = certificates;
        this.rpServer = rpServer;
        this.testerServer = testerServer;
        this.executor = executor;
    }

    /** Starts the simulator; it runs until {@link #close()}. */
    public static BankIdSimulator start(Settings settings) {
        return start(settings, Clock.systemUTC());
    }

    /** Starts the simulator with a clock the tests control. */
    static BankIdSimulator start(Settings settings, Clock clock) {
        var certificates = CertificateDirectory.prepare(settings.dataDirectory());
        var orders = new Orders(clock, settings.unstartedOrderTimeout(), settings.userSignTimeout(),
                new TestBank(certificates.authority()));
        var faults = new Faults();
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        HttpsServer rpServer = null;
        try {
            InetAddress loopback = InetAddress.getLoopbackAddress();
            rpServer = HttpsServer.create(new InetSocketAddress(loopback, settings.rpPort()), 0);
            rpServer.setHttpsConfigurator(new MutualTls(certificates.serverSslContext()));
            rpServer.createContext("/", new RpApi(orders, faults));
            rpServer.setExecutor(executor);

            HttpServer testerServer = HttpServer.create(new InetSocketAddress(loopback, settings.testerPort()), 0);
            String rpBaseUrl = rpBaseUrl(rpServer.getAddress().getPort());
            var view = new TesterPageView(rpBaseUrl, certificates.caCertificate(), certificates.rpClientKeyStore(),
                    settings.unstartedOrderTimeout(), settings.userSignTimeout(), settings.demoOtpAccounts(), clock);
            testerServer.createContext("/api/", new TesterApi(orders, faults, settings.demoOtpAccounts(), clock));
            testerServer.createContext("/", new TesterPage(orders, faults, view));
            testerServer.setExecutor(executor);

            rpServer.start();
            testerServer.start();
            var simulator = new BankIdSimulator(certificates, rpServer, testerServer, executor);
            LOG.log(System.Logger.Level.INFO, "BankID simulator (test only): RP API " + simulator.rpBaseUrl()
                    + ", tester page " + simulator.testerUrl());
            return simulator;
        } catch (IOException e) {
            if (rpServer != null) {
                rpServer.stop(0);
            }
            executor.close();
            throw new UncheckedIOException("Cannot start the BankID simulator", e);
        }
    }

    /** {@code https://localhost:<rpPort>/rp/v6.0/} */
    public String rpBaseUrl() {
        return rpBaseUrl(rpServer.getAddress().getPort());
    }

    /** {@code http://localhost:<testerPort>/} */
    public String testerUrl() {
        return "http://localhost:" + testerServer.getAddress().getPort() + "/";
    }

    /** The PEM file of the test CA that signed the server and RP client certificates: the trust anchor. */
    public Path caCertificate() {
        return certificates.caCertificate();
    }

    /** The PKCS#12 file with the relying party's client key and certificate. */
    public Path rpClientKeyStore() {
        return certificates.rpClientKeyStore();
    }

    /** {@code qwerty123}, like BankID's public test certificate. */
    public String rpClientKeyStorePassword() {
        return CertificateDirectory.PASSWORD;
    }

    /** Stops both servers at once; pending orders are lost. */
    @Override
    public void close() {
        rpServer.stop(0);
        testerServer.stop(0);
        executor.close();
    }

    /**
     * Runs the simulator on ports 8290 (RP API) and 8190 (tester page) with its data in
     * {@code ./.data/bankid-simulator}, until the process is stopped. Options: {@code --data-dir=PATH},
     * {@code --rp-port=N}, {@code --tester-port=N}, {@code --realm-file=PATH} (show the demo accounts' one-time codes
     * from that realm file on the tester page).
     */
    public static void main(String[] args) throws InterruptedException {
        Settings defaults = Settings.standalone();
        Path dataDirectory = defaults.dataDirectory();
        int rpPort = defaults.rpPort();
        int testerPort = defaults.testerPort();
        DemoOtpAccounts demoOtpAccounts = defaults.demoOtpAccounts();
        for (String arg : args) {
            if (arg.startsWith("--data-dir=")) {
                dataDirectory = Path.of(arg.substring("--data-dir=".length()));
            } else if (arg.startsWith("--rp-port=")) {
                rpPort = Integer.parseInt(arg.substring("--rp-port=".length()));
            } else if (arg.startsWith("--tester-port=")) {
                testerPort = Integer.parseInt(arg.substring("--tester-port=".length()));
            } else if (arg.startsWith("--realm-file=")) {
                demoOtpAccounts = DemoOtpAccounts.fromRealmFile(Path.of(arg.substring("--realm-file=".length())));
            } else {
                System.err.println("Unknown option " + arg
                        + " (use --data-dir=PATH --rp-port=N --tester-port=N --realm-file=PATH)");
                System.exit(2);
            }
        }
        var simulator = start(Settings.of(dataDirectory, rpPort, testerPort).withDemoOtpAccounts(demoOtpAccounts));
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
            simulator.close();
            stopped.countDown();
        }));
        System.out.printf("""
                BankID simulator — for tests only, never for production
                  RP API (mutual TLS):  %s
                  Tester page:          %s
                  CA certificate:       %s
                  RP client key store:  %s (password %s)
                Stop with Ctrl-C.%n""", simulator.rpBaseUrl(), simulator.testerUrl(),
                simulator.caCertificate().toAbsolutePath(), simulator.rpClientKeyStore().toAbsolutePath(),
                simulator.rpClientKeyStorePassword());
        stopped.await();
    }

    private static String rpBaseUrl(int port) {
        return "https://localhost:" + port + RpApi.BASE_PATH;
    }

    /** TLS 1.2 or 1.3, and a client certificate signed by the test CA is required. */
    private static final class MutualTls extends HttpsConfigurator {

        MutualTls(SSLContext context) {
            super(context);
        }

        @Override
        public void configure(HttpsParameters parameters) {
            SSLParameters ssl = getSSLContext().getDefaultSSLParameters();
            ssl.setProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
            ssl.setNeedClientAuth(true);
            parameters.setSSLParameters(ssl);
        }
    }
}
