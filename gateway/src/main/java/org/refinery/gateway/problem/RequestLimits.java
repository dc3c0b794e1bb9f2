package org.refinery.gateway.problem;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What one request may be, enforced by {@link RequestLimitsFilter} with problems that name the
 * part at fault. Netty's own decoder limits ({@code server.netty.max-initial-line-length},
 * {@code server.max-http-request-header-size}) are set well above these, so that a request over
 * them reaches the filter; what even exceeds those is refused by {@link MalformedRequests}.
 *
 * @param maxTargetLength characters of path and query together (414 above)
 * @param maxHeaderSize names and values of all headers together, as sent (431 above)
 * @param maxBodySize bytes of a request body (413 above); imports are the largest bodies expected
 */
@ConfigurationProperties("refinery.gateway.request-limits")
record RequestLimits(@DefaultValue("4096") int maxTargetLength, @DefaultValue("16KB") DataSize maxHeaderSize,
		@DefaultValue("10MB") DataSize maxBodySize) {

	RequestLimits {
		if (maxTargetLength < 1 || maxHeaderSize.toBytes() < 1 || maxBodySize.toBytes() < 1) {
			throw new IllegalArgumentException("refinery.gateway.request-limits need positive sizes");
		}
	}

}
