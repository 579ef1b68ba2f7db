package se.ingang.registry.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PublicCopyRedactionTest {

    private static final String EMAIL = RedactionMarker.EMAIL.text();
    private static final String LINK = RedactionMarker.LINK.text();
    private static final String PHONE = RedactionMarker.PHONE.text();
    private static final String NUMBER = RedactionMarker.PERSONAL_IDENTITY_NUMBER.text();
    private static final String ADDRESS = RedactionMarker.ADDRESS.text();
    private static final String IDENTIFIER = RedactionMarker.IDENTIFIER.text();
    private static final String NAME = RedactionMarker.NAME.text();

    private final PublicCopyRedaction redaction = new PublicCopyRedaction(
            List.of("Kalle Anka", "Maj-Britt Fagerholm"), List.of("kalle.anka@example.org", "+46701234567"));

    @Test
    void aStudentsLetterAboutAStudyCertificateKeepsItsSenseAndLosesThePerson() {
        String letter = """
                Hej!

                Jag heter Kalle Anka och läser andra året på socionomprogrammet. Jag behöver ett studieintyg till \
                CSN och ett till min hyresvärd. Studievägledningen sa att ni kan hjälpa mig med antagning också.

                Mitt personnummer är 19960314-2382, i kortform 960314-2382. Intyget kan skickas till \
                c/o Holmberg, Storgatan 12 B, 2 tr, 222 21 Lund eller till kalle.anka@example.org.

                Min handledare Johan och min mamma Eva Lindqvist vet om det. Jag flyttar till Lund i höst.

                Tack på förhand!
                Kalle""";

        assertThat(redaction.redact(letter)).isEqualTo("""
                Hej!

                Jag heter %1$s och läser andra året på socionomprogrammet. Jag behöver ett studieintyg till \
                CSN och ett till min hyresvärd. Studievägledningen sa att ni kan hjälpa mig med antagning också.

                Mitt personnummer är %2$s, i kortform %2$s. Intyget kan skickas till \
                %3$s eller till %4$s.

                Min handledare %1$s och min mamma %1$s vet om det. Jag flyttar till Lund i höst.

                Tack på förhand!
                %1$s""".formatted(NAME, NUMBER, ADDRESS, EMAIL));
    }

    @Test
    void aStaffReplyLosesItsSignatureAndPhoneNumbers() {
        String reply = """
                Hej Kalle,

                Studieintyget är skickat. Ring mig gärna på 046-222 15 00 eller 070-123 45 67 om något saknas.

                Vänliga hälsningar
                Maj-Britt Fagerholm
                Studentservice, tfn +46 (0)46-222 15 00, mobil 0046 70 123 45 67""";

        assertThat(redaction.redact(reply)).isEqualTo("""
                Hej %1$s,

                Studieintyget är skickat. Ring mig gärna på %2$s eller %2$s om något saknas.

                Vänliga hälsningar
                %1$s
                Studentservice, tfn %2$s, mobil %2$s""".formatted(NAME, PHONE));
    }

    @Test
    void anEmailAddressWithANameInItBecomesJustTheEmailMarker() {
        assertThat(redaction.redact("Skriv till kalle.anka@example.org, inte till Kalle.Anka@Example.org!"))
                .isEqualTo("Skriv till " + EMAIL + ", inte till " + EMAIL + "!");
        assertThat(redaction.redact("Svara åsa.öberg@exempel.se eller mailto:k.a+kurs@student.lu.se."))
                .isEqualTo("Svara " + EMAIL + " eller " + EMAIL + ".");
    }

    @Test
    void personalIdentityAndCoordinationNumbersInEveryFormGo() {
        for (String number : List.of("19960314-2382", "960314-2382", "9603142382", "199603142382", "960314+2382",
                "19960314 - 2382", "701063-2342", "19701063-2342")) {
            assertThat(redaction.redact("Personnummer: " + number + ".")).as(number).isEqualTo("Personnummer: " + NUMBER + ".");
        }
        assertThat(redaction.redact("Fel kontrollsiffra 960314-2381 men ett datum.")).as("date-shaped, wrong Luhn digit")
                .isEqualTo("Fel kontrollsiffra " + NUMBER + " men ett datum.");
        assertThat(PersonalIdentityNumbers.hasValidCheckDigit("9603142382")).isTrue();
        assertThat(PersonalIdentityNumbers.hasValidCheckDigit("9603142381")).isFalse();
        assertThat(PersonalIdentityNumbers.isDateShaped("7010632342")).as("co-ordination number: day + 60").isTrue();
        assertThat(PersonalIdentityNumbers.isDateShaped("9613142382")).as("month 13").isFalse();
    }

    @Test
    void phoneNumbersInSwedishAndInternationalFormsGo() {
        for (String phone : List.of("070-123 45 67", "070 123 45 67", "0701234567", "08-123 456 78", "08-12 34 56",
                "(08) 123 456 78", "046 - 222 15 00", "+46 70 123 45 67", "+46 (0)70-123 45 67", "+46701234567",
                "0046 70 123 45 67", "+44 20 7946 0958", "+1 415 555 0132")) {
            assertThat(redaction.redact("Ring " + phone + " i dag.")).as(phone).isEqualTo("Ring " + PHONE + " i dag.");
        }
    }

    @Test
    void postalAddressesGoWithTheirFloorFlatAndPostcode() {
        assertThat(redaction.redact("Adress: Stora Södergatan 5 lgh 1102, SE-222 23 Lund."))
                .isEqualTo("Adress: " + ADDRESS + ".");
        assertThat(redaction.redact("Skicka till Box 117, 221 00 Lund eller Sergels torg 12, 111 57 Stockholm."))
                .isEqualTo("Skicka till " + ADDRESS + " eller " + ADDRESS + ".");
        for (String street : List.of("Kungsvägen 3", "Klostergränd 7A", "Fjällstigen 12", "Tornbacken 4", "Stortorget 1",
                "Lilla Allén 9", "S:t Larsgatan 5", "Odenplan 2", "Norra Kustleden 40", "Kvarnstråket 3", "Ekgången 8 B")) {
            assertThat(redaction.redact("Bor på " + street + " sedan maj.")).as(street).isEqualTo("Bor på " + ADDRESS + " sedan maj.");
        }
    }

    @Test
    void accountGiroPassportAndLongNumbersGoButTheirKindStays() {
        assertThat(redaction.redact("IBAN SE45 5000 0000 0583 9825 7466 och clearingnummer 8327-9, 123 456 789-0."))
                .isEqualTo("IBAN " + IDENTIFIER + " och clearingnummer " + IDENTIFIER + ".");
        assertThat(redaction.redact("Bankgiro 5050-1055, plusgiro: 12 34 56-7, passnummer AA1234567, kundnummer 123456789."))
                .isEqualTo("Bankgiro " + IDENTIFIER + ", plusgiro: " + IDENTIFIER + ", passnummer " + IDENTIFIER
                        + ", kundnummer " + IDENTIFIER + ".");
    }

    @Test
    void linksWithAPersonalPathGoAndOrdinaryOnesStay() {
        assertThat(redaction.redact("Se https://www.linkedin.com/in/kalle-anka-123, https://example.org/~kanka/cv.pdf, "
                + "https://ingang.example.se/status/q8Wn3kT0xYz81LmNo2PqR7sT och https://blogg.example.se/kalle."))
                .isEqualTo("Se " + LINK + ", " + LINK + ", " + LINK + " och " + LINK + ".");
        assertThat(redaction.redact("Läs https://www.lu.se/studera/antagning eller www.antagning.se."))
                .isEqualTo("Läs https://www.lu.se/studera/antagning eller www.antagning.se.");
    }

    @Test
    void commonNamesAreWholeCapitalisedWordsAndAFirstNameTakesItsSurnameAlong() {
        assertThat(redaction.redact("Hej Johan! Anna-Karin Berg och Erik Lund ringde om Johanssons kurs."))
                .isEqualTo("Hej " + NAME + "! " + NAME + " och " + NAME + " ringde om " + NAME + " kurs.");
        assertThat(redaction.redact("Svensson har fått svar, liksom Nilsson."))
                .isEqualTo(NAME + " har fått svar, liksom " + NAME + ".");
        assertThat(redaction.redact("Eriksgatan och johan är inga namn här, men Åsa Öberg och Maj-Britt är det."))
                .isEqualTo("Eriksgatan och johan är inga namn här, men " + NAME + " och " + NAME + " är det.");
    }

    @Test
    void namesThatAreAlsoWordsAreNamesOnlyWhereANameCanStand() {
        assertThat(redaction.redact("Per telefon går bra. Stig in! Hej Per, hälsa Bo Ek."))
                .isEqualTo("Per telefon går bra. Stig in! Hej " + NAME + ", hälsa " + NAME + ".");
        assertThat(redaction.redact("Vi har campus i Lund och Helsingborg, nära Berg och Holm."))
                .as("surnames that are places stay unless they follow a first name")
                .isEqualTo("Vi har campus i Lund och Helsingborg, nära Berg och Holm.");
    }

    @Test
    void ordinaryUniversityTextStaysWordForWord() {
        String text = "Ärende 2026-000123 (KT 2026/12) gäller antagning till kursen den 2026-03-14. Studievägledningen "
                + "har öppet 08.30–16.00, avgiften är 1 250 kr och kursen ger 7,5 hp enligt studieplan 2. Per telefon "
                + "nås Lunds universitet via växeln.";
        assertThat(redaction.redact(text)).isEqualTo(text);
        assertThat(redaction.redact("Ansökan om studieuppehåll beviljas för 2 terminer."))
                .isEqualTo("Ansökan om studieuppehåll beviljas för 2 terminer.");
        assertThat(redaction.redact(null)).isNull();
    }
}
