/** The access rules as pure functions of who asks and what they ask about. */
package se.ingang.access.control;
