/** How a search is written as SQL over MariaDB's full-text indexes, and who may see which cases. */
package se.ingang.search.control;
