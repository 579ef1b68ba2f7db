/** Failed logins seen by the server, kept apart by where they come from: throttling, metrics and the warning for administrators. */
package se.ingang.login.boundary;
