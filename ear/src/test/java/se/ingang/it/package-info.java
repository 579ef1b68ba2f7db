/**
 * End-to-end tests inside the WildFly the build made, against the real MariaDB: each test
 * class deploys a small WAR next to the application's EAR, calls the REST API over HTTP
 * and looks at the application's beans and process engine directly.
 */
package se.ingang.it;
