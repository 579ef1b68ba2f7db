/** Cross-cutting helpers every feature uses: the application clock and settings. */
package se.ingang.platform.control;
