package org.refinery.gateway.problem;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.HttpMethod;
import org.springframework.util.unit.DataSize;

import java.util.regex.Pattern;

/**
 * What one request may be, enforced by {@link RequestLimitsFilter} with problems that name the
 * part at fault. Netty's own decoder limits ({@code server.netty.max-initial-line-length},
 * {@code server.max-http-request-header-size}) are set well above these, so that a request over
 * them reaches the filter; what even exceeds those is refused by {@link MalformedRequests}.
 *
 * @param maxTargetLength characters of path and query together (414 above)
 * @param maxHeaderSize names and values of all headers together, as sent (431 above)
 * @param maxBodySize bytes of a request body (413 above), for every request but an import's
 * @param maxImportSize bytes of the body of {@code POST /api/backlog/products/{key}/imports}: a
 * tracker's export is far larger than any other request, so it has a limit of its own, that of
 * backlog-service ({@code refinery.backlog.imports.max-file-size}), which checks it again
 */
@ConfigurationProperties("refinery.gateway.request-limits")
record RequestLimits(@DefaultValue("4096") int maxTargetLength, @DefaultValue("16KB") DataSize maxHeaderSize,
		@DefaultValue("10MB") DataSize maxBodySize, @DefaultValue("50MB") DataSize maxImportSize) {

	private static final Pattern IMPORT = Pattern.compile("/api/backlog/products/[^/]+/imports/?");

	RequestLimits {
		if (maxTargetLength < 1 || maxHeaderSize.toBytes() < 1 || maxBodySize.toBytes() < 1
				|| maxImportSize.toBytes() < 1) {
			throw new IllegalArgumentException("refinery.gateway.request-limits need positive sizes");
		}
	}

	/** The most the body of this request may be: an import's own limit, or the common one. */
	long maxBodyOf(HttpMethod method, String rawPath) {
		return HttpMethod.POST.equals(method) && IMPORT.matcher(rawPath).matches() ? maxImportSize.toBytes()
				: maxBodySize.toBytes();
	}

}
