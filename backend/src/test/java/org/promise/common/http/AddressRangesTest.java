package org.promise.common.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AddressRangesTest {

    @Test
    void anAddressMatchesItselfOnly() {
        AddressRanges ranges = AddressRanges.parse(List.of("127.0.0.2"));
        assertThat(ranges.contains("127.0.0.2")).isTrue();
        assertThat(ranges.contains("127.0.0.1")).isFalse();
        assertThat(ranges.contains("127.0.0.20")).isFalse();
    }

    @Test
    void aRangeMatchesTheAddressesItsPrefixCovers() {
        AddressRanges pods = AddressRanges.parse(List.of("10.244.0.0/16", "192.168.1.128/25"));
        assertThat(pods.contains("10.244.3.7")).isTrue();
        assertThat(pods.contains("10.245.0.1")).isFalse();
        assertThat(pods.contains("192.168.1.128")).isTrue();
        assertThat(pods.contains("192.168.1.255")).isTrue();
        assertThat(pods.contains("192.168.1.127")).isFalse();
        assertThat(AddressRanges.parse(List.of("0.0.0.0/0")).contains("203.0.113.9")).isTrue();
    }

    @Test
    void ipv6RangesMatchIpv6AddressesOnly() {
        AddressRanges ranges = AddressRanges.parse(List.of("fd00::/8"));
        assertThat(ranges.contains("fd12:3456::1")).isTrue();
        assertThat(ranges.contains("fe80::1")).isFalse();
        assertThat(ranges.contains("10.0.0.1")).isFalse();
        assertThat(AddressRanges.parse(List.of("::1")).contains("0:0:0:0:0:0:0:1")).isTrue();
    }

    @Test
    void nothingConfiguredTrustsNobody() {
        assertThat(AddressRanges.parse(List.of()).contains("127.0.0.1")).isFalse();
        assertThat(AddressRanges.parse(List.of(" ")).contains("127.0.0.1")).isFalse();
    }

    @Test
    void aHostNameOrABadPrefixIsRefusedAtStartUpNamingTheEntry() {
        assertThatThrownBy(() -> AddressRanges.parse(List.of("proxy.internal"))).hasMessageContaining("'proxy.internal'")
                .hasMessageContaining("host names are not looked up");
        assertThatThrownBy(() -> AddressRanges.parse(List.of("10.0.0.0/33"))).hasMessageContaining("from 0 to 32");
        assertThatThrownBy(() -> AddressRanges.parse(List.of("10.0.0.0/x"))).hasMessageContaining("'10.0.0.0/x'");
    }
}
