/** Phone queues, call records and callbacks as stored. */
package se.ingang.telephony.entity;
