/** Demo data for the run command: staff and a dozen cases in different states. Never loaded otherwise. */
package se.ingang.demo;
