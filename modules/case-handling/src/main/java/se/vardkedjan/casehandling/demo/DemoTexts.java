package se.vardkedjan.casehandling.demo;

import java.util.List;
import java.util.random.RandomGenerator;

/** Plausible Swedish case-file texts for demo data: short, varied, and free of anything real. */
final class DemoTexts {

    private static final List<String> APPLICATIONS = List.of(
            "Ansöker om stöd för att sluta dricka. Har försökt själv utan att lyckas.",
            "Ansöker om öppenvårdsbehandling för sitt cannabisbruk.",
            "Vill ha hjälp med sitt alkoholbruk efter påtryckning från arbetsgivaren.",
            "Ansöker om behandling på behandlingshem, bor just nu hos en vän.",
            "Önskar samtalsstöd och hjälp med sysselsättning efter avslutad behandling.",
            "Ansöker om stödboende efter vistelse på HVB.");
    private static final List<String> REPORTS = List.of(
            "Anmälan om oro för missbruk efter omhändertagande enligt LOB.",
            "Anmälan från akutmottagningen efter upprepade besök med berusning.",
            "Anmälan om narkotikabruk i samband med frigivning.",
            "Närstående oroar sig för personens alkoholkonsumtion och hälsa.");
    private static final List<String> REQUESTS = List.of(
            "Begäran från regionens beroendemottagning om samordnad planering.",
            "Begäran om övertagande från annan kommun efter flytt.");
    private static final List<String> RISKS = List.of(
            "Uppger självmordstankar; kontakt tagen med psykiatrisk akutmottagning samma dag.",
            "Saknar boende ikväll; akut plats ordnad på härbärge.",
            "Barn i hushållet; orosanmälan övervägs.");

    private DemoTexts() {
    }

    static String intake(String kind, RandomGenerator random) {
        var texts = switch (kind) {
            case "APPLICATION" -> APPLICATIONS;
            case "REPORT" -> REPORTS;
            default -> REQUESTS;
        };
        return texts.get(random.nextInt(texts.size()));
    }

    static String reporter(String authority, RandomGenerator random) {
        return switch (authority) {
            case "POLICE" -> "Polisen, region Mitt";
            case "HEALTH_CARE" -> "Akutmottagningen, Exempelstads sjukhus";
            case "PRISON_AND_PROBATION" -> "Frivården Exempelstad";
            default -> random.nextBoolean() ? "Anhörig" : "Granne";
        };
    }

    static String risk(RandomGenerator random) {
        return RISKS.get(random.nextInt(RISKS.size()));
    }

    static String assessment(String outcome, RandomGenerator random) {
        return "NO_INVESTIGATION".equals(outcome)
                ? "Personen avböjer kontakt och det finns inte grund för utredning enligt LVM."
                : random.nextBoolean() ? "Uppgifterna visar behov av stöd; utredning inleds."
                : "Personen önskar hjälp och behovet behöver utredas.";
    }

    static String closureReason(RandomGenerator random) {
        return List.of("GOALS_REACHED", "PARTLY_REACHED", "CLIENT_ENDED", "MOVED_AWAY", "NO_CONTACT")
                .get(random.nextInt(5));
    }

    static String closureOutcome(String status, RandomGenerator random) {
        return "NOT_OPENED".equals(status) ? "Ingen utredning inleds."
                : random.nextBoolean() ? "Insatsen avslutad enligt plan." : "Klienten har avslutat kontakten.";
    }
}
