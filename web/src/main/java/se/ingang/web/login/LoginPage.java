package se.ingang.web.login;

import static se.ingang.web.Html.escape;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The login page's HTML. Accessible: lang, labels bound to fields, autocomplete hints, the
 * error announced (role=alert) and tied to the fields, visible focus, contrast ≥ 4.5:1.
 */
final class LoginPage {

    private LoginPage() {
    }

    /** What the page says above the form: an error (announced, tied to the fields), a status, or nothing. */
    record Notice(String key, boolean error, Object... arguments) {

        static Notice none() {
            return new Notice(null, false);
        }

        static Notice failed() {
            return new Notice("error", true);
        }

        static Notice loggedOut() {
            return new Notice("loggedOut", false);
        }

        static Notice refused() {
            return new Notice("refused", true);
        }

        static Notice waiting(int seconds) {
            return new Notice("wait", true, seconds);
        }
    }

    static String render(ResourceBundle texts, boolean english, String action, String token, Notice shown) {
        String describedBy = shown.error() ? " aria-describedby=\"login-error\" aria-invalid=\"true\"" : "";
        var notice = new StringBuilder();
        if (shown.key() != null) {
            String text = MessageFormat.format(texts.getString(shown.key()), shown.arguments());
            notice.append(shown.error() ? "<p class=\"error\" role=\"alert\" id=\"login-error\">"
                    : "<p class=\"notice\" role=\"status\" id=\"logged-out\">").append(escape(text)).append("</p>");
        }
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <style>
                body { font-family: system-ui, sans-serif; line-height: 1.5; max-width: 28rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; background: #fff; }
                label { display: block; margin-top: 1rem; font-weight: 600; }
                input { display: block; width: 100%%; box-sizing: border-box; padding: 0.5rem; font-size: 1rem; border: 1px solid #555; border-radius: 3px; }
                button { margin-top: 1.5rem; padding: 0.6rem 1.4rem; font: inherit; color: #fff; background: #0b5394; border: 0; border-radius: 3px; cursor: pointer; }
                .error { color: #a00000; font-weight: bold; border-left: 4px solid #a00000; padding-left: 0.5rem; }
                .notice { color: #1d5e20; border-left: 4px solid #1d5e20; padding-left: 0.5rem; }
                a { color: #0b5394; }
                :focus-visible { outline: 3px solid #0b5394; outline-offset: 2px; }
                </style>
                </head>
                <body>
                <header>
                <p><a href="?lang=%s" lang="%s">%s</a></p>
                </header>
                <main>
                <h1>%s</h1>
                %s
                <form method="post" action="%s" accept-charset="UTF-8">
                <input type="hidden" name="%s" value="%s">
                <label for="j_username">%s</label>
                <input type="text" id="j_username" name="j_username" autocomplete="username" autocapitalize="none" spellcheck="false" required%s>
                <label for="j_password">%s</label>
                <input type="password" id="j_password" name="j_password" autocomplete="current-password" required%s>
                <button type="submit">%s</button>
                </form>
                </main>
                </body>
                </html>
                """.formatted(
                english ? "en" : "sv",
                escape(texts.getString("title")),
                english ? "sv" : "en", english ? "sv" : "en", escape(texts.getString("otherLanguage")),
                escape(texts.getString("heading")),
                notice,
                escape(action), LoginToken.NAME, escape(token),
                escape(texts.getString("username")), describedBy,
                escape(texts.getString("password")), describedBy,
                escape(texts.getString("submit")));
    }
}
