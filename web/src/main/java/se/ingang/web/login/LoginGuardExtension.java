package se.ingang.web.login;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;

/**
 * Puts the {@link LoginGuard} among Undertow's outer handlers of this web module, which run before
 * its security handlers (listed in META-INF/services/io.undertow.servlet.ServletExtension).
 */
public class LoginGuardExtension implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
        deployment.addOuterHandlerChainWrapper(LoginGuard::new);
    }
}
