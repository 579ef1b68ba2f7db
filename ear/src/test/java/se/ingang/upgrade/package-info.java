/** Upgrade tests that need no server: a database of the previous release migrated to this build. */
package se.ingang.upgrade;
