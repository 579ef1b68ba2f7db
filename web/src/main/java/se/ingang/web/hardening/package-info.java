/** What every HTTP response of the web module carries for the browser's protection: security headers, TLS-only cookies and HSTS, and redirects that never repeat the Host header. */
package se.ingang.web.hardening;
