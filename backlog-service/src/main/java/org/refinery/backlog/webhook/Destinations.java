package org.refinery.backlog.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;

/**
 * Where webhooks may go. A webhook is a request the platform makes on a product owner's
 * behalf from inside the cluster, so without a guard an owner could make it call the cluster's
 * own services or a cloud metadata endpoint (server-side request forgery). Every address the
 * host resolves to must be public: loopback, private (RFC 1918, IPv6 unique-local), shared
 * (100.64/10), link-local (incl. 169.254.169.254), wildcard and multicast addresses are refused
 * unless the installation allows private addresses (local demo and tests only).
 * <p>
 * The check runs when a subscription is created and again before every attempt, so a name that
 * later resolves somewhere private is refused then too.
 */
public final class Destinations {

	/** Resolves a host name to its addresses; throws {@link java.net.UnknownHostException} wrapped or not. */
	public interface Resolver {

		List<InetAddress> addressesOf(String host) throws Exception;

	}

	private final boolean allowPrivate;

	private final Resolver resolver;

	public Destinations(boolean allowPrivate, Resolver resolver) {
		this.allowPrivate = allowPrivate;
		this.resolver = resolver;
	}

	/** The JDK's resolver. */
	public static Destinations resolvingWithDns(boolean allowPrivate) {
		return new Destinations(allowPrivate, host -> List.of(InetAddress.getAllByName(host)));
	}

	/**
	 * Refuses a URL whose host resolves to a forbidden address, or to none.
	 * @throws DestinationRefused naming the rule
	 */
	public void check(URI url) {
		if (allowPrivate) {
			return;
		}
		String host = url.getHost();
		List<InetAddress> addresses;
		try {
			addresses = resolver.addressesOf(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
		}
		catch (Exception ex) {
			throw new DestinationRefused(url, "must name a host that resolves to an address");
		}
		if (addresses.isEmpty()) {
			throw new DestinationRefused(url, "must name a host that resolves to an address");
		}
		for (InetAddress address : addresses) {
			if (!isPublic(address)) {
				throw new DestinationRefused(url, "must not reach a private, loopback or link-local address ("
						+ address.getHostAddress() + ")");
			}
		}
	}

	static boolean isPublic(InetAddress address) {
		if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
				|| address.isAnyLocalAddress() || address.isMulticastAddress()) {
			return false;
		}
		byte[] bytes = address.getAddress();
		if (address instanceof Inet6Address) {
			return (bytes[0] & 0xfe) != 0xfc;
		}
		boolean shared = (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
		boolean unspecified = (bytes[0] & 0xff) == 0;
		return !shared && !unspecified;
	}

}
