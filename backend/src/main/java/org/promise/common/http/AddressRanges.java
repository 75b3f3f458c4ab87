package org.promise.common.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Addresses as configuration names them: one address ("127.0.0.2") or a range in CIDR notation ("10.0.0.0/8",
 * "fd00::/8"), as a cluster's proxies come and go within its pod network. Only literal addresses: a host name would
 * need a DNS lookup on every request, and a name that cannot be resolved must not silently match nothing, so it is
 * refused at start-up.
 */
final class AddressRanges {

    private static final Pattern LITERAL = Pattern.compile("[0-9.]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private record Range(byte[] network, int prefixBits) {

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int whole = prefixBits / 8;
            if (!Arrays.equals(address, 0, whole, network, 0, whole)) {
                return false;
            }
            int rest = prefixBits % 8;
            int mask = (0xff << (8 - rest)) & 0xff;
            return rest == 0 || (address[whole] & mask) == (network[whole] & mask);
        }
    }

    private final List<Range> ranges;

    private AddressRanges(List<Range> ranges) {
        this.ranges = ranges;
    }

    static AddressRanges parse(List<String> entries) {
        return new AddressRanges(entries.stream().map(String::trim).filter(entry -> !entry.isEmpty())
                .map(AddressRanges::range).toList());
    }

    private static Range range(String entry) {
        int slash = entry.indexOf('/');
        byte[] network = literal(slash < 0 ? entry : entry.substring(0, slash), entry);
        int bits = network.length * 8;
        if (slash < 0) {
            return new Range(network, bits);
        }
        String prefixText = entry.substring(slash + 1);
        int prefix = prefixText.matches("[0-9]{1,3}") ? Integer.parseInt(prefixText) : -1;
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException("promise.trusted-proxies: '" + entry + "' has a prefix that is not "
                    + "a number from 0 to " + bits);
        }
        return new Range(network, prefix);
    }

    private static byte[] literal(String address, String entry) {
        byte[] bytes = bytesOf(address);
        if (bytes == null) {
            throw new IllegalArgumentException("promise.trusted-proxies: '" + entry + "' is not an address or a range"
                    + " of addresses (such as 10.0.0.2 or 10.0.0.0/8); host names are not looked up");
        }
        return bytes;
    }

    /** A literal address's bytes; null for anything else, which is never looked up. */
    private static byte[] bytesOf(String address) {
        if (address == null || !LITERAL.matcher(address).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** Whether a connection's address (always a literal) is one of these. */
    boolean contains(String address) {
        byte[] bytes = ranges.isEmpty() ? null : bytesOf(address);
        return bytes != null && ranges.stream().anyMatch(range -> range.contains(bytes));
    }
}
