/** Runs next to the test JVM, not in the server: the real mail server the tests' WildFly talks to. */
package se.ingang.itsupport;
