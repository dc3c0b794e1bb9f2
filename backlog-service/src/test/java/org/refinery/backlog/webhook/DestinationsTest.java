package org.refinery.backlog.webhook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DestinationsTest {

	/** Names resolved without DNS, so the rules are checked on known addresses. */
	static final Map<String, List<String>> NAMES = Map.of("hooks.example.com", List.of("93.184.215.14"),
			"sneaky.example.com", List.of("93.184.215.14", "10.0.0.7"), "metadata.example.com",
			List.of("169.254.169.254"));

	final Destinations guarded = new Destinations(false, DestinationsTest::resolve);

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1:9000/hook", "http://localhost/hook", "http://10.1.2.3/",
			"http://172.16.0.1/", "http://192.168.1.10/", "http://169.254.169.254/latest/meta-data",
			"http://100.64.0.1/", "http://0.0.0.0/", "http://[::1]/", "http://[fd00::1]/", "http://[fe80::1]/",
			"http://224.0.0.1/", "https://metadata.example.com/" })
	void privateLoopbackAndLinkLocalAddressesAreRefused(String url) {
		assertThatThrownBy(() -> guarded.check(URI.create(url))).isInstanceOf(DestinationRefused.class)
			.hasMessageContaining("must not reach a private, loopback or link-local address");
	}

	@Test
	void aNameIsRefusedWhenAnyOfItsAddressesIsPrivate() {
		assertThatThrownBy(() -> guarded.check(URI.create("https://sneaky.example.com/hook")))
			.isInstanceOf(DestinationRefused.class)
			.hasMessageContaining("10.0.0.7");
	}

	@Test
	void aNameThatDoesNotResolveIsRefused() {
		assertThatThrownBy(() -> guarded.check(URI.create("https://nowhere.example.com/hook")))
			.isInstanceOf(DestinationRefused.class)
			.hasMessageContaining("must name a host that resolves");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://hooks.example.com/refinery", "http://93.184.215.14/hook",
			"https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/hook" })
	void publicAddressesAreAllowed(String url) {
		assertThatCode(() -> guarded.check(URI.create(url))).doesNotThrowAnyException();
	}

	@Test
	void anInstallationThatAllowsPrivateAddressesSendsToLoopback() {
		var local = new Destinations(true, DestinationsTest::resolve);

		assertThatCode(() -> local.check(URI.create("http://127.0.0.1:9000/hook"))).doesNotThrowAnyException();
	}

	static List<InetAddress> resolve(String host) throws UnknownHostException {
		if (host.equals("localhost")) {
			return List.of(InetAddress.getByName("127.0.0.1"), InetAddress.getByName("::1"));
		}
		if (NAMES.containsKey(host)) {
			return NAMES.get(host).stream().map(DestinationsTest::literal).toList();
		}
		if (host.matches("[0-9.]+|[0-9a-fA-F:]+")) {
			return List.of(InetAddress.getByName(host));
		}
		throw new UnknownHostException(host);
	}

	private static InetAddress literal(String address) {
		try {
			return InetAddress.getByName(address);
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

}
