/** The web module: JAX-RS API (api), staff workspace, login, public pages; shared helpers such as Html. */
package se.ingang.web;
