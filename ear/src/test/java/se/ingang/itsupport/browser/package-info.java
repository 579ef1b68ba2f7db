/** Browser-test support: a headless chromium for tests that drive the staff workspace like a person. */
package se.ingang.itsupport.browser;
