/** Browser tests of the staff workspace: headless chromium from the test JVM, data made through a test-only servlet. */
package se.ingang.it.ui;
