package se.ingang.api.apitokens;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import se.ingang.apitokens.boundary.ApiTokens;

/** The answer to POST /api/api-tokens: the token, and its secret — the only time it is ever sent. */
@JsonbPropertyOrder({"token", "secret"})
public record CreatedApiTokenView(ApiTokenView token, String secret) {

    static CreatedApiTokenView of(ApiTokens.Created created) {
        return new CreatedApiTokenView(ApiTokenView.of(created.token()), created.secret());
    }
}
