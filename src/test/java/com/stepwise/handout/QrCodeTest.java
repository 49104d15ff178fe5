package com.stepwise.handout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Whether a link's QR code is one a common decoder reads, asked of ZXing's own reader. The unreadable address was found
 * among 300 random link addresses: drawn perfectly, ZXing still cannot decode it, so the link service draws another.
 */
class QrCodeTest {

    @Test
    void aCodeTheDecoderCannotReadIsTold() {
        assertThat(QrCode.readable("https://stepwise.example/c/fhmq-10v7-127x-vb00-fshc-3qxz-v02x")).isFalse();
    }

    @Test
    void aCodeTheDecoderReadsIsTold() {
        assertThat(QrCode.readable("https://stepwise.example/c/pm1t-envz-gcgq-f2b3-0azz-pqjf-k8y6")).isTrue();
        assertThat(QrCode.readable("https://stepwise.example/c/0a6d-9d6t-1wf9-nhn3-wf9k-4x6k-b6ek")).isTrue();
    }
}
