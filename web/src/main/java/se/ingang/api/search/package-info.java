/** REST for full-text search over cases. */
package se.ingang.api.search;
