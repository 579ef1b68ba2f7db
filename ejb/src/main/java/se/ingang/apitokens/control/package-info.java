/** The shape of an API token's secret and the rules for its scopes and lifetime. */
package se.ingang.apitokens.control;
