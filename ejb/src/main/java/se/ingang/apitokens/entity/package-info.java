/** An API token as stored: owner, scopes, lifetime and the SHA-256 of its secret, never the secret. */
package se.ingang.apitokens.entity;
