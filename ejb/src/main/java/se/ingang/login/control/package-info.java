/** How failed logins slow down their source: counts per address and account, delays that grow and stay bounded. */
package se.ingang.login.control;
