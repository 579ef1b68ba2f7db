/** Browser tests' support: a headless Debian chromium driven by Selenium, with axe-core WCAG checks. */
package se.ingang.itsupport.browser;
