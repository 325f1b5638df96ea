package se.vardkedjan.dev.demo;

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

    // --- Investigation -------------------------------------------------------------------------------------------

    private static final List<String> SUBJECTS = List.of(
            "Behov av stöd och behandling för alkoholberoende",
            "Behov av öppenvårdsbehandling vid cannabisbruk",
            "Ansökan om behandling på HVB",
            "Behov av stöd i boendet efter avslutad behandling",
            "Behov av insatser vid blandmissbruk",
            "Ansökan om kontaktperson och sysselsättning",
            "Utredning efter anmälan om oro för missbruk");
    private static final List<String[]> SOURCES = List.of(
            new String[] {"CLIENT", "Utredningssamtal med klienten om nuvarande situation och tidigare behandling."},
            new String[] {"CLIENT", "AUDIT och DUDIT genomförda tillsammans med klienten."},
            new String[] {"HEALTH_CARE", "Journalkopia från beroendemottagningen med klientens samtycke."},
            new String[] {"HEALTH_CARE", "Telefonsamtal med vårdcentralens distriktssköterska."},
            new String[] {"RELATIVE", "Samtal med närstående om hur vardagen fungerar."},
            new String[] {"POLICE", "Uppgifter från polisen om omhändertaganden enligt LOB."},
            new String[] {"OTHER_AUTHORITY", "Uppgifter från Försäkringskassan om sjukpenning."},
            new String[] {"OTHER_AUTHORITY", "Kontakt med frivården om pågående övervakning."},
            new String[] {"EARLIER_CASE_FILE", "Genomgång av tidigare utredning och avslutade insatser."},
            new String[] {"OTHER", "Samtal med hyresvärden om störningar i boendet."});
    private static final List<String> CLIENT_VIEWS = List.of(
            "Jag mår okej men sover dåligt.",
            "Det är det här som är mitt största problem just nu.",
            "Jag vill inte prata om det än.",
            "Det fungerar bättre än förut.",
            "Jag behöver hjälp med det här.",
            "Min familj oroar sig mer än jag gör.",
            "Jag har skulder som jag inte får ordning på.",
            "Jag dricker för att kunna sova.",
            "Jag vill tillbaka till jobbet.",
            "Ångesten är värst på morgnarna.");
    private static final List<String> PARTICIPATION = List.of(
            "Jag vill ha hjälp men inte bo på behandlingshem, jag vill vara nära mina barn.",
            "Jag har läst utredningen och känner igen mig i det mesta.",
            "Jag vill att det ska stå att jag själv tog kontakt.",
            "Jag vill börja med samtal och se om det räcker.",
            "Jag tycker att det är bra att ni pratade med min läkare.",
            "Det är skönt att någon lyssnar. Jag vill ha en fast kontakt.",
            "Jag vill inte att min arbetsgivare kontaktas.",
            "Jag håller inte med om allt men jag vill ha behandlingen.");
    private static final List<String> ASSESSMENTS = List.of(
            "Utredningen visar ett omfattande alkoholbruk som påverkar hälsa, arbete och relationer. Klienten är "
                    + "motiverad till förändring och har ett fungerande boende. Bedömningen är att behovet kan "
                    + "tillgodoses genom strukturerad öppenvård med regelbunden uppföljning.",
            "Klienten har ett långvarigt blandmissbruk med flera avbrutna behandlingsförsök. Boendesituationen är "
                    + "instabil och nätverket begränsat. Bedömningen är att klienten behöver behandling i en "
                    + "skyddad miljö för att kunna bryta mönstret.",
            "Cannabisbruket har ökat under det senaste året och påverkar studier och sömn. Klienten har stöd från "
                    + "familjen och vill själv förändra sin situation. Öppenvård bedöms tillräcklig.",
            "Klienten har genomgått behandling och behöver stöd i att etablera ett självständigt boende och en "
                    + "meningsfull sysselsättning för att behålla nykterheten.",
            "Klientens behov rör främst ensamhet och brist på struktur i vardagen. Bedömningen är att en "
                    + "kontaktperson och sysselsättning minskar risken för återfall.");
    private static final List<String> PROPOSALS = List.of(
            "Öppenvårdsbehandling enligt 12-stegsmodellen, två gånger i veckan under sex månader.",
            "Behandling på HVB med inriktning på beroende, tre månader med möjlighet till förlängning.",
            "Återfallsprevention i grupp och individuella samtal under fyra månader.",
            "Stödboende med boendestöd under sex månader.",
            "Kontaktperson två gånger i månaden och sysselsättning på daglig verksamhet.");
    private static final List<String> RESPONSES = List.of(
            "Klienten har tagit del av utredningen och har inget att tillägga.",
            "Klienten instämmer i bedömningen och önskar att insatsen startar snarast.",
            "Klienten vill förtydliga att alkoholbruket har minskat den senaste månaden.",
            "Klienten har inte hörts av inom utsatt tid.",
            "Klienten har lämnat synpunkter per telefon om uppgifterna från vården; de har förts in.");
    private static final List<String> CHILD_NEEDS = List.of(
            "Barnet bor växelvis hos båda föräldrarna. Bedömningen är att barnets behov tillgodoses; föräldern har "
                    + "erbjudits stöd i föräldraskapet.",
            "Barnet bor hos den andra föräldern och träffar klienten varannan helg. Inga uppgifter tyder på att "
                    + "barnet far illa.",
            "Barnet bor med klienten. Oro finns för barnets situation; orosanmälan har gjorts till barn- och "
                    + "familjeenheten.");
    private static final List<String> RELATIONS = List.of("Mamma", "Pappa", "Syster", "Bror", "Sambo", "Vän",
            "Dotter", "Son");

    // --- Decision --------------------------------------------------------------------------------------------------

    private static final List<String> CONTACT_REASONS = List.of(
            "Behovet bedöms kunna tillgodoses genom en kontaktperson en gång i veckan i stället för två.",
            "Insatsen beviljas för kortare tid än ansökt; behovet följs upp innan beslutet löper ut.");
    private static final List<String> REFUSAL_REASONS = List.of(
            "Behovet bedöms kunna tillgodoses genom öppenvård på hemorten; behandling på HVB är inte nödvändig för "
                    + "att tillförsäkra en skälig levnadsnivå.",
            "Klienten har redan behandling genom regionen som tillgodoser behovet.",
            "Utredningen visar inte ett behov av insatsen i nuläget.");
    private static final List<String> PARTLY_REASONS = List.of(
            "Behandling på HVB beviljas i tre månader i stället för ansökta sex; behovet av fortsatt vård prövas vid "
                    + "uppföljningen.",
            "Stödboende beviljas men utan ansökt boendestöd kvällstid, som bedöms kunna ges genom öppenvården.");
    private static final List<String> INTERVENTION_OUTCOMES = List.of(
            "Behandlingen genomförd enligt plan; klienten har varit nykter sedan starten.",
            "Klienten har fullföljt större delen av behandlingen och har ett fortsatt stöd via regionen.",
            "Klienten avbröt behandlingen efter två månader.",
            "Insatsen avslutad i samband med flytt till annan kommun.",
            "Kontakten har upphört; klienten har inte svarat på kallelser.");

    static String subject(RandomGenerator random) {
        return pick(SUBJECTS, random);
    }

    static String[] source(RandomGenerator random) {
        return pick(SOURCES, random);
    }

    static String clientView(RandomGenerator random) {
        return pick(CLIENT_VIEWS, random);
    }

    static String participation(RandomGenerator random) {
        return pick(PARTICIPATION, random);
    }

    static String investigationAssessment(String mainType) {
        return switch (mainType) {
            case "RESIDENTIAL" -> ASSESSMENTS.get(1);
            case "SUPPORTED_HOUSING" -> ASSESSMENTS.get(3);
            case "CONTACT_PERSON" -> ASSESSMENTS.get(4);
            default -> ASSESSMENTS.get(0);
        };
    }

    static String proposal(String mainType, RandomGenerator random) {
        return switch (mainType) {
            case "RESIDENTIAL" -> PROPOSALS.get(1);
            case "SUPPORTED_HOUSING" -> PROPOSALS.get(3);
            case "CONTACT_PERSON" -> PROPOSALS.get(4);
            default -> random.nextBoolean() ? PROPOSALS.get(0) : PROPOSALS.get(2);
        };
    }

    static String communicationResponse(RandomGenerator random) {
        return pick(RESPONSES, random);
    }

    static String childNeeds(boolean concern, RandomGenerator random) {
        return concern ? CHILD_NEEDS.get(2) : CHILD_NEEDS.get(random.nextInt(2));
    }

    static String relation(RandomGenerator random) {
        return pick(RELATIONS, random);
    }

    static String scope(String type, RandomGenerator random) {
        return switch (type) {
            case "OUTPATIENT" -> random.nextBoolean()
                    ? "Öppenvårdsbehandling på beroendeenheten, individuella samtal en gång i veckan."
                    : "Återfallsprevention i grupp två gånger i veckan och individuella samtal varannan vecka.";
            case "RESIDENTIAL" -> "Behandling på HVB med inriktning på beroende, heldygnsvård.";
            case "SUPPORTED_HOUSING" -> "Plats i kommunens stödboende med boendestöd.";
            case "CONTACT_PERSON" -> "Kontaktperson två gånger i månaden.";
            case "OCCUPATION" -> "Sysselsättning på kommunens dagverksamhet tre dagar i veckan.";
            default -> "Stödsamtal på mottagningen utan biståndsbeslut, fem tillfällen.";
        };
    }

    static String partlyReasons(String type, RandomGenerator random) {
        return "CONTACT_PERSON".equals(type) || "OCCUPATION".equals(type) || "OUTPATIENT".equals(type)
                ? pick(CONTACT_REASONS, random) : pick(PARTLY_REASONS, random);
    }

    static String refusalReasons(RandomGenerator random) {
        return pick(REFUSAL_REASONS, random);
    }

    static String interventionOutcome(String reason, RandomGenerator random) {
        return switch (reason) {
            case "GOALS_REACHED" -> INTERVENTION_OUTCOMES.get(0);
            case "PARTLY_REACHED" -> INTERVENTION_OUTCOMES.get(1);
            case "CLIENT_ENDED" -> INTERVENTION_OUTCOMES.get(2);
            case "MOVED_AWAY" -> INTERVENTION_OUTCOMES.get(3);
            case "NO_CONTACT" -> INTERVENTION_OUTCOMES.get(4);
            default -> pick(INTERVENTION_OUTCOMES, random);
        };
    }

    static String returnComment() {
        return "Komplettera utredningen med läkarens bedömning innan HVB prövas.";
    }

    // --- Care plan -------------------------------------------------------------------------------------------------

    private static final List<String[]> GOALS = List.of(
            new String[] {"Jag vill vara nykter på vardagarna.", "Klientens egen dagbok och utandningsprov vid besök"},
            new String[] {"Jag vill sova bättre och orka mer.", "Klientens skattning av sömnen 1–10 vid varje samtal"},
            new String[] {"Jag vill ha kvar min lägenhet.", "Inga hyresskulder och inga klagomål från hyresvärden"},
            new String[] {"Jag vill träffa mina barn varje helg.", "Antal helger med umgänge enligt klientens berättelse"},
            new String[] {"Jag vill börja jobba igen, först på deltid.", "Påbörjad arbetsträning eller anställning"},
            new String[] {"Jag vill sluta röka på.", "Negativa urinprov en gång i veckan"},
            new String[] {"Jag vill ha något att göra på dagarna.", "Närvaro på sysselsättningen minst tre dagar i veckan"},
            new String[] {"Jag vill få ordning på min ekonomi.", "Upprättad budget och kontakt med budget- och skuldrådgivningen"},
            new String[] {"Jag vill må bättre psykiskt.", "Påbörjad kontakt med psykiatrin och klientens egen skattning"});
    private static final List<String[]> ACTIVITIES = List.of(
            new String[] {"Individuella samtal om återfallsprevention.", "MUNICIPALITY", "Varje tisdag"},
            new String[] {"Deltar i gruppbehandling.", "PROVIDER", "Måndagar och torsdagar"},
            new String[] {"Lämnar urinprov på mottagningen.", "CLIENT", "En gång i veckan"},
            new String[] {"Läkarbesök för medicinsk bedömning och förskrivning.", "REGION", "Inom en månad"},
            new String[] {"Följer med på första mötet hos budget- och skuldrådgivningen.", "MUNICIPALITY",
                    "Inom två veckor"},
            new String[] {"Stöttar med att komma iväg på sysselsättningen.", "RELATIVE", "Vardagsmorgnar"},
            new String[] {"Håller kontakt med behandlingshemmet och följer upp vistelsen.", "MUNICIPALITY",
                    "Varannan vecka"},
            new String[] {"Skriver dagbok om suget och vad som hjälper.", "CLIENT", "Varje kväll"});
    private static final List<String> DISAGREEMENTS = List.of(
            "Jag vill inte lämna urinprov varje vecka, det känns som att ni inte litar på mig.",
            "Jag håller inte med om målet om arbete, jag är inte redo för det.");

    static String[] goal(RandomGenerator random) {
        return pick(GOALS, random);
    }

    static String[] activity(RandomGenerator random) {
        return pick(ACTIVITIES, random);
    }

    static String disagreement(RandomGenerator random) {
        return pick(DISAGREEMENTS, random);
    }

    // --- Journal ---------------------------------------------------------------------------------------------------

    /** Journal titles and texts by phase of the case: intake, investigation, after the decision, closure. */
    private static final List<String[]> INTAKE_NOTES = List.of(
            new String[] {"Telefonsamtal med klienten", "Klienten ringde och berättade om sin situation. Hen "
                    + "dricker dagligen och vill ha hjälp. Tid för besök bokad."},
            new String[] {"Kontakt med anmälaren", "Anmälaren bekräftade uppgifterna i anmälan och uppgav att "
                    + "oron har ökat den senaste månaden."},
            new String[] {"Förhandsbedömning", "Uppgifterna i ansökan och samtalet med klienten har bedömts. "
                    + "Klienten önskar stöd och det finns skäl att inleda utredning."},
            new String[] {"Brev till klienten", "Brev skickat med erbjudande om samtal och information om hur "
                    + "utredningen går till."});
    private static final List<String[]> INVESTIGATION_NOTES = List.of(
            new String[] {"Utredningssamtal", "Första utredningssamtalet. Vi gick igenom livsområdena enligt ASI. "
                    + "Klienten beskriver ett ökat alkoholbruk sedan separationen och sömnproblem."},
            new String[] {"Utredningssamtal", "Andra samtalet. Klienten berättade om tidigare behandling och vad som "
                    + "hjälpte då. Klienten vill helst ha öppenvård för att kunna behålla arbetet."},
            new String[] {"Hembesök", "Hembesök tillsammans med kollega. Lägenheten är städad men kylskåpet tomt. "
                    + "Klienten var nykter och samarbetsvillig."},
            new String[] {"Kontakt med beroendemottagningen", "Samtal med sjuksköterska på beroendemottagningen, "
                    + "med klientens samtycke. Klienten har provtagning inbokad och träffar läkare nästa vecka."},
            new String[] {"Inhämtat underlag", "Journalkopia från vårdcentralen inkommen efter klientens samtycke. "
                    + "Underlaget bekräftar leverpåverkan och förhöjda levervärden."},
            new String[] {"AUDIT och DUDIT", "Klienten fyllde i AUDIT och DUDIT. Resultatet tyder på beroende av "
                    + "alkohol; inget narkotikabruk det senaste året."},
            new String[] {"Samtal med närstående", "Samtal med klientens syster med klientens samtycke. Hon beskriver "
                    + "en oro för klientens ekonomi och att klienten isolerat sig."},
            new String[] {"Kommunicering", "Utredningen kommunicerad med klienten vid möte. Klienten fick läsa "
                    + "materialet och lämnade synpunkter som förts in."});
    private static final List<String[]> DECIDED_NOTES = List.of(
            new String[] {"Beslut meddelat", "Beslutet meddelat klienten vid möte. Klienten informerades om hur man "
                    + "överklagar och fick beslutet skriftligt."},
            new String[] {"Vårdplanering", "Vårdplan upprättad tillsammans med klienten. Målen är formulerade med "
                    + "klientens egna ord och tid för uppföljning är bokad."},
            new String[] {"Uppföljningssamtal", "Uppföljning av behandlingen. Klienten har deltagit på alla "
                    + "träffar och beskriver att suget har minskat. Sömnen är fortfarande ett problem."},
            new String[] {"Samtal med behandlare", "Avstämning med behandlaren på öppenvården. Klienten är "
                    + "engagerad i gruppen och har lämnat negativa prover."},
            new String[] {"Återfall", "Klienten berättade om ett återfall under helgen. Vi pratade om vad som "
                    + "hände och vad klienten kan göra annorlunda. Planen ligger fast."},
            new String[] {"Urinprov", "Klienten har lämnat urinprov enligt planen. Samtliga prover negativa."},
            new String[] {"Nätverksmöte", "Nätverksmöte med klienten, beroendemottagningen och klientens syster. "
                    + "Vi gick igenom vem som gör vad fram till nästa uppföljning."},
            new String[] {"Telefonsamtal", "Klienten ringde för att flytta sin tid. Ny tid bokad nästa vecka."},
            new String[] {"Besök på behandlingshemmet", "Besök på behandlingshemmet och samtal med kontaktperson "
                    + "där. Klienten har kommit in i rutinerna och deltar i gruppverksamheten."},
            new String[] {"Uteblivet besök", "Klienten kom inte på bokad tid. Brev skickat med ny tid."});
    private static final List<String[]> CLOSURE_NOTES = List.of(
            new String[] {"Avslutningssamtal", "Avslutande samtal med klienten. Vi gick igenom målen i vårdplanen; "
                    + "klienten upplever att de flesta är uppnådda. Klienten vet hur hen kan söka igen."},
            new String[] {"Avslut", "Ärendet avslutas. Klienten har inte svarat på kallelser och brev under två "
                    + "månader."});
    private static final List<String> SECOND_SENTENCES = List.of(
            "Nästa samtal är bokat om två veckor.",
            "Klienten var på gott humör och pratade öppet.",
            "Klienten verkade trött och ville avsluta samtalet tidigt.",
            "Vi kom överens om att höras per telefon inom en vecka.",
            "",
            "");
    private static final List<String> CORRECTION_REASONS = List.of(
            "Fel datum för nästa samtal angavs.",
            "Uppgiften om anhörig var felaktig och har rättats.",
            "Klienten påpekade att en uppgift var missuppfattad.");
    private static final List<String> OBJECTIONS = List.of(
            "Jag håller inte med om att jag var påverkad vid besöket. Jag hade inte druckit den dagen.",
            "Det står att jag inte vill ha kontakt med min familj, det stämmer inte.",
            "Jag vill att det ska framgå att jag själv bad om att få komma till behandling.");

    /** A journal note for the phase ({@code intake}, {@code investigation}, {@code decided}, {@code closure}). */
    static String[] journalNote(String phase, RandomGenerator random) {
        var notes = switch (phase) {
            case "intake" -> INTAKE_NOTES;
            case "investigation" -> INVESTIGATION_NOTES;
            case "closure" -> CLOSURE_NOTES;
            default -> DECIDED_NOTES;
        };
        var note = pick(notes, random);
        var second = pick(SECOND_SENTENCES, random);
        return new String[] {note[0], second.isEmpty() ? note[1] : note[1] + "\n\n" + second};
    }

    static String correctedText(String text) {
        return text.replace("två veckor", "tre veckor").replace("nästa vecka", "om två veckor")
                .replace("syster", "kusin") + "\n\nRättelse: uppgiften har korrigerats efter samtal med klienten.";
    }

    static String correctionReason(RandomGenerator random) {
        return pick(CORRECTION_REASONS, random);
    }

    static String objection(RandomGenerator random) {
        return pick(OBJECTIONS, random);
    }

    // --- SIP -------------------------------------------------------------------------------------------------------

    private static final List<String[]> REGION_ROLES = List.of(
            new String[] {"Beroendemottagningen", "Läkare"},
            new String[] {"Beroendemottagningen", "Sjuksköterska"},
            new String[] {"Psykiatriska öppenvården", "Kurator"},
            new String[] {"Vårdcentralen Centrum", "Distriktsläkare"});

    static String[] regionRole(RandomGenerator random) {
        return pick(REGION_ROLES, random);
    }

    /** A need and its measure for the principal. */
    static String[] measure(String principal, RandomGenerator random) {
        return switch (principal) {
            case "REGION" -> random.nextBoolean()
                    ? new String[] {"Medicinsk behandling av beroendet", "Läkarbesök och läkemedelsbehandling på "
                    + "beroendemottagningen, provtagning varannan vecka."}
                    : new String[] {"Behandling av ångest och depression", "Samtalsbehandling på psykiatriska "
                    + "öppenvården och uppföljning av medicinering."};
            case "OTHER" -> new String[] {"Sysselsättning och försörjning", "Arbetsförmedlingen utreder "
                    + "arbetsförmåga och erbjuder arbetsträning."};
            default -> random.nextBoolean()
                    ? new String[] {"Stöd att behålla nykterheten", "Öppenvårdsbehandling och återfallsprevention "
                    + "på beroendeenheten."}
                    : new String[] {"Stöd i boendet", "Boendestöd två gånger i veckan och hjälp med ekonomin."};
        };
    }

    static String sipGoals(RandomGenerator random) {
        return random.nextBoolean()
                ? "Jag vill vara nykter och må bättre psykiskt. Jag vill att vården och socialtjänsten pratar med "
                + "varandra så att jag slipper berätta allt flera gånger."
                : "Jag vill ha ett eget boende och en fast läkare. Jag vill ha något att göra på dagarna.";
    }

    static String sipMeetingNote(RandomGenerator random) {
        return random.nextBoolean() ? "SIP-möte med klienten, beroendemottagningen och socialtjänsten."
                : "Uppföljande möte; läkemedelsbehandlingen fungerar och boendestödet har kommit igång.";
    }

    private static <T> T pick(List<T> items, RandomGenerator random) {
        return items.get(random.nextInt(items.size()));
    }
}
