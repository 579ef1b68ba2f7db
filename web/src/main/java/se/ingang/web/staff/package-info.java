/** The staff workspace (Jakarta Faces + PrimeFaces): queues, the case view and its actions; thin beans over the domain's services. */
package se.ingang.web.staff;
