package se.ingang.web.survey;

import static se.ingang.web.Html.escape;

import java.util.ResourceBundle;

/** The survey's HTML: accessible (labels, fieldset/legend, lang, error announced), no script. */
final class SurveyPage {

    private SurveyPage() {
    }

    static String document(ResourceBundle texts, String title, String body) {
        String lang = texts.getLocale().getLanguage().equals("en") ? "en" : "sv";
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <style>
                body { font-family: system-ui, sans-serif; line-height: 1.5; max-width: 36rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
                fieldset { border: 1px solid #555; padding: 0.5rem 1rem; }
                label { display: block; margin: 0.25rem 0; }
                textarea { width: 100%%; min-height: 6rem; }
                button { margin-top: 1rem; padding: 0.5rem 1rem; font-size: 1rem; }
                .error { color: #a00000; font-weight: bold; }
                a, button { color: #0b5394; }
                :focus-visible { outline: 3px solid #0b5394; outline-offset: 2px; }
                </style>
                </head>
                <body>
                <main>
                <h1>%s</h1>
                %s
                </main>
                </body>
                </html>
                """.formatted(lang, escape(title), escape(title), body);
    }

    static String paragraph(String text) {
        return "<p>" + escape(text) + "</p>";
    }

    static String form(ResourceBundle texts, String intro, String score, String comment, String error, String otherLanguage) {
        var html = new StringBuilder();
        html.append("<p><a href=\"").append(escape(otherLanguage)).append("\">")
                .append(escape(texts.getString("other.language"))).append("</a></p>");
        html.append("<p>").append(escape(intro)).append("</p>");
        if (error != null) {
            html.append("<p class=\"error\" role=\"alert\" id=\"error\">").append(escape(error)).append("</p>");
        }
        html.append("<form method=\"post\" accept-charset=\"UTF-8\">");
        html.append("<fieldset").append(error != null ? " aria-describedby=\"error\"" : "").append("><legend>")
                .append(escape(texts.getString("score.legend"))).append("</legend>");
        for (int i = 5; i >= 1; i--) {
            String checked = String.valueOf(i).equals(score) ? " checked" : "";
            html.append("<label><input type=\"radio\" name=\"score\" value=\"").append(i).append("\" required")
                    .append(checked).append("> ").append(escape(texts.getString("score." + i))).append("</label>");
        }
        html.append("</fieldset>");
        html.append("<label for=\"comment\">").append(escape(texts.getString("comment.label"))).append("</label>");
        html.append("<textarea id=\"comment\" name=\"comment\" maxlength=\"4000\">")
                .append(escape(comment == null ? "" : comment)).append("</textarea>");
        html.append("<button type=\"submit\">").append(escape(texts.getString("submit"))).append("</button>");
        html.append("</form>");
        return html.toString();
    }
}
