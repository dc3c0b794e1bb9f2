/**
 * The OpenAPI documents the gateway serves to its Swagger UI. Each service writes its document for
 * the requests it sees, which come from the gateway to the service's own port: left as it is, the
 * document would send "Try it out" to that internal address, past the gateway's sign-in, rate
 * limits and content security policy. The gateway therefore names itself as the document's one
 * server, and gives each document the title and description people pick the service by.
 */
package org.refinery.gateway.apidocs;
