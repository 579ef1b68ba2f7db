/** Staff notifications over HTTP. */
package se.ingang.api.notifications;
