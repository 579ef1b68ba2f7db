package se.ingang.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void markupAndQuotesAreEscapedAndSwedishLettersKept() {
        assertThat(Html.escape("<script>alert('x')</script> & \"åäö\""))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;åäö&quot;");
    }
}
