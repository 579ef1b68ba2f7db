/** A case's registration in the registry and its legal hold. */
package se.ingang.registry.entity;
