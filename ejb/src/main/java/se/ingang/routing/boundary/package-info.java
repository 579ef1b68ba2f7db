/** Administering the routing table: view it, download it, upload a changed one that is validated first. */
package se.ingang.routing.boundary;
