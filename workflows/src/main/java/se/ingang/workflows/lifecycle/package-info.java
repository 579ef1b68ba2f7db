/** The case lifecycle process: its ids, the delegates it calls and the domain's port onto it. */
package se.ingang.workflows.lifecycle;
