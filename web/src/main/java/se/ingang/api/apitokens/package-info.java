/** REST boundary of API tokens: make one (the secret in that answer only), list, revoke. */
package se.ingang.api.apitokens;
