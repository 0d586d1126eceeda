package org.dateline.fetch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Which URLs Dateline may request: http and https only, and, unless allowed, no host that resolves to a loopback,
 * private, link-local, shared (carrier-grade NAT), unspecified or multicast address. A feed or a redirect names the
 * next URL, so a hostile page could otherwise point Dateline at services inside the network it runs in. The check
 * is made on every hop; a host whose DNS answer changes between the check and the connection is not caught.
 */
final class AddressGuard {
  private AddressGuard() {}

  /** Why {@code uri} may not be requested, or null when it may. */
  static String refusal(URI uri, boolean allowPrivate) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https"))
      return "not an http or https URL" + (scheme.isEmpty() ? "" : " (scheme " + scheme + ")");
    String host = uri.getHost();
    if (host == null || host.isBlank()) return "no host in URL";
    if (allowPrivate) return null;
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      return "unknown host " + host;
    }
    for (InetAddress a : addresses)
      if (internal(a)) return "host " + host + " resolves to the non-public address " + a.getHostAddress() + " (--allow-private permits it)";
    return null;
  }

  static boolean internal(InetAddress a) {
    if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isMulticastAddress())
      return true;
    byte[] b = a.getAddress();
    if (a instanceof Inet6Address) {
      // fc00::/7 unique local addresses; an IPv4-mapped address is judged as its IPv4 address
      if ((b[0] & 0xFE) == 0xFC) return true;
      boolean mapped = true;
      for (int i = 0; i < 10; i++) mapped &= b[i] == 0;
      if (mapped && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF) {
        try {
          return internal(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
        } catch (UnknownHostException e) {
          return true;
        }
      }
      return false;
    }
    int first = b[0] & 0xFF, second = b[1] & 0xFF;
    return first == 0 || (first == 100 && second >= 64 && second < 128) || (first == 169 && second == 254);
  }
}
