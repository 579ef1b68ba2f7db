package se.ingang.registry.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import se.ingang.registry.entity.Registration;
import org.junit.jupiter.api.Test;

class RegistryCsvTest {

    @Test
    void anEmptyRegistryIsAHeaderWithAByteOrderMark() {
        assertThat(RegistryCsv.write(List.of(), Registration::getTitle))
                .isEqualTo("\uFEFFregistry_number;registered_on;case_number;title;case_type;status;registered_by\r\n");
    }

    @Test
    void aTitleASpreadsheetWouldRunIsWrittenAsText() {
        assertThat(RegistryCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(RegistryCsv.cell("@SUM(A1)")).startsWith("'");
        assertThat(RegistryCsv.cell("Överklagande")).isEqualTo("Överklagande");
        assertThat(RegistryCsv.cell(null)).isNull();
    }
}
