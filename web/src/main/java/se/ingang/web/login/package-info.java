/** The staff login: the login page for FORM login, logout, session timeout. */
package se.ingang.web.login;
