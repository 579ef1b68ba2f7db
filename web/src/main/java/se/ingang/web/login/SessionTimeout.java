package se.ingang.web.login;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Idle sessions end after INGANG_SESSION_TIMEOUT minutes (system property
 * ingang.session-timeout; default 30, as web.xml says for servers without the setting).
 */
@WebListener
public class SessionTimeout implements HttpSessionListener {

    static final int DEFAULT_MINUTES = 30;

    private final int seconds = 60 * ConfigProvider.getConfig()
            .getOptionalValue("ingang.session-timeout", Integer.class).filter(m -> m > 0).orElse(DEFAULT_MINUTES);

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(seconds);
    }
}
