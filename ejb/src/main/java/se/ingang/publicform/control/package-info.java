/** The web form's rules (validation, rate limit, status tokens), its settings and its receipt mail. */
package se.ingang.publicform.control;
