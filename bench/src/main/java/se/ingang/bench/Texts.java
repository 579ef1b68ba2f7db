package se.ingang.bench;

import java.util.Map;
import java.util.SplittableRandom;

/** Names, subjects and messages that read like a university's customer service (Swedish, some English). */
final class Texts {

    static final String[] FIRST = {"Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Sara", "Anders", "Emma",
            "Per", "Elin", "Mikael", "Ida", "Oskar", "Linnea", "Ahmed", "Fatima", "Wei", "Priya", "Lukas", "Sofia",
            "Nils", "Maja", "Ali", "Hanna", "Jonas", "Amira", "Gustav", "Klara", "Mohammed"};
    static final String[] LAST = {"Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson",
            "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Lindberg", "Lindqvist",
            "Berg", "Holm", "Ali", "Chen", "Hussein", "Müller", "Nguyen", "Öberg", "Åkesson", "Ström"};

    private static final Map<String, String[]> SUBJECTS = Map.ofEntries(
            Map.entry("it-account", new String[]{"Kan inte logga in", "Glömt lösenordet", "Kontot är låst",
                    "Cannot log in to Canvas", "Tvåfaktorsinloggning fungerar inte"}),
            Map.entry("it-network", new String[]{"Wifi fungerar inte i biblioteket", "Eduroam kopplar ner",
                    "No network in room", "VPN startar inte"}),
            Map.entry("it-software", new String[]{"Licens för Matlab", "Office installeras inte",
                    "Need SPSS licence", "Programvara till kursen"}),
            Map.entry("telephony", new String[]{"Mobiltelefon till ny anställd", "Vidarekoppling", "Röstbrevlåda"}),
            Map.entry("premises-access", new String[]{"Passerkortet fungerar inte", "Nyckel till kontoret",
                    "Access card expired", "Behörighet till labbet"}),
            Map.entry("premises-fault", new String[]{"Läckande kran", "Trasig belysning i korridoren",
                    "Too cold in lecture hall", "Hissen står still"}),
            Map.entry("equipment", new String[]{"Beställa skrivbordsstol", "Projektorn i sal B2",
                    "Höj- och sänkbart bord"}),
            Map.entry("admission", new String[]{"Fråga om behörighet", "Sen anmälan", "Reservplacering",
                    "Eligibility for master's programme", "Har jag blivit antagen?", "Komplettering av meriter"}),
            Map.entry("exams", new String[]{"Betyget syns inte i Ladok", "Anmälan till omtenta",
                    "Exam registration", "Fel poäng på tentan", "Anpassad examination"}),
            Map.entry("degree", new String[]{"Ansökan om examensbevis", "Degree certificate in English",
                    "Hur lång är handläggningstiden?"}),
            Map.entry("tuition-fees", new String[]{"Studieavgift för höstterminen", "Tuition fee payment",
                    "Återbetalning av avgift"}),
            Map.entry("official-documents", new String[]{"Begäran om allmän handling", "Utlämnande av protokoll",
                    "Request for public documents"}),
            Map.entry("invoices", new String[]{"Fråga om faktura", "Påminnelse om betalning", "Invoice reference missing"}),
            Map.entry("employment", new String[]{"Anställningsbevis", "Fråga om lön", "Ansökan om tjänstledighet"}),
            Map.entry("media", new String[]{"Intervjuförfrågan", "Press enquiry", "Bildmaterial till artikel"}),
            Map.entry("other", new String[]{"Allmän fråga", "Hittegods", "Synpunkt på bemötandet", "General question"}));

    private static final String[] OPENINGS = {"Hej!", "Hej,", "Hello,", "God dag,"};
    private static final String[] ASKS = {"Kan ni hjälpa mig med detta?", "Tacksam för snabbt svar.",
            "Jag har försökt flera gånger utan att lyckas.", "Could you please look into this?",
            "Det är bråttom eftersom sista dagen närmar sig."};
    private static final String[] REPLIES = {"Tack för ditt meddelande. Vi har nu åtgärdat det du frågade om.",
            "Hej! Du hittar informationen på vår webbplats under Studera. Hör av dig om något är oklart.",
            "Thank you for your message. This has now been sorted out.",
            "Vi har skickat ditt ärende vidare till rätt handläggare."};

    private Texts() {
    }

    static String subject(String topic, SplittableRandom rnd) {
        String[] options = SUBJECTS.getOrDefault(topic, SUBJECTS.get("other"));
        String s = options[rnd.nextInt(options.length)];
        return rnd.nextInt(4) == 0 ? s + " (" + (char) ('A' + rnd.nextInt(26)) + (char) ('A' + rnd.nextInt(26))
                + (1000 + rnd.nextInt(9000)) + ")" : s;
    }

    static String message(String subject, String firstName, SplittableRandom rnd) {
        return OPENINGS[rnd.nextInt(OPENINGS.length)] + " " + subject + ". " + ASKS[rnd.nextInt(ASKS.length)]
                + " Mvh " + firstName;
    }

    static String reply(SplittableRandom rnd) {
        return REPLIES[rnd.nextInt(REPLIES.length)];
    }
}
