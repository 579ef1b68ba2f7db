package se.ingang.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsrfProtectionTest {

    @Test
    void onlyThePublicEndpointsAreExempt() {
        assertThat(CsrfProtection.isPublic("public/contacts")).isTrue();
        assertThat(CsrfProtection.isPublic("/public/contacts")).isTrue();
        assertThat(CsrfProtection.isPublic("public")).isTrue();
        assertThat(CsrfProtection.isPublic("cases/2026-000001/notes")).isFalse();
        assertThat(CsrfProtection.isPublic("publications")).isFalse();
    }
}
