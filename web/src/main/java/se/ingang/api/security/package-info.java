/** Who may call the API: 401 for anonymous callers, protection against cross-site request forgery. */
package se.ingang.api.security;
