package se.ingang.web.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailHtmlTest {

    @Test
    void plainTextIsNotHtml() {
        assertThat(MailHtml.isHtml("Hej! <script> är ett ord i texten")).isFalse();
        assertThat(MailHtml.isHtml(null)).isFalse();
    }

    @Test
    void anHtmlDocumentIsHtml() {
        assertThat(MailHtml.isHtml("<!DOCTYPE html><html><body>x</body></html>")).isTrue();
        assertThat(MailHtml.isHtml("  <HTML><body>x</body></HTML>")).isTrue();
        assertThat(MailHtml.isHtml("<div>Hej</div>")).isTrue();
    }

    @Test
    void scriptsEventHandlersAndScriptUrlsAreRemoved() {
        String clean = MailHtml.sanitise("<p onclick=\"alert(1)\">Hej</p><script>alert(2)</script>"
                + "<a href=\"javascript:alert(3)\">x</a><iframe src=\"https://evil.example\"></iframe>");

        assertThat(clean).contains("<p>Hej</p>").doesNotContain("script", "onclick", "alert", "iframe", "evil");
    }

    @Test
    void remoteContentIsRemoved() {
        String clean = MailHtml.sanitise("<img src=\"https://tracker.example/p.png\"><p style=\"background:url(https://t.example/x)\">"
                + "Text</p><link rel=\"stylesheet\" href=\"https://css.example/a.css\">");

        assertThat(clean).doesNotContain("img", "tracker", "url(", "t.example", "link", "css.example").contains("Text");
    }

    @Test
    void ordinaryFormattingAndLinksStay() {
        String clean = MailHtml.sanitise("<p><b>Viktigt</b> – se <a href=\"https://www.example.edu/info\">info</a></p>"
                + "<table><tr><td>1</td></tr></table>");

        assertThat(clean).contains("<b>Viktigt</b>", "href=\"https://www.example.edu/info\"", "rel=\"noopener noreferrer\"",
                "<td>1</td>");
    }

    @Test
    void theFrameDocumentForbidsEveryLoad() {
        assertThat(MailHtml.frameDocument("<p>x</p>"))
                .contains("Content-Security-Policy", "default-src 'none'")
                .contains("<p>x</p>");
    }
}
