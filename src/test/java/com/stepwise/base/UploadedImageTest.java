package com.stepwise.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stepwise.TestImages;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class UploadedImageTest {

    @Test
    void acceptsARealPngAndJpegAndReportsTheirSize() {
        var png = UploadedImage.check(TestImages.png(320, 200));
        assertThat(png.contentType()).isEqualTo("image/png");
        assertThat(png.width()).isEqualTo(320);
        assertThat(png.height()).isEqualTo(200);
        assertThat(UploadedImage.check(TestImages.jpeg(64, 48)).contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> UploadedImage.check(new byte[0])).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void refusesAFileOverTwoMegabytes() {
        byte[] big = Arrays.copyOf(TestImages.png(10, 10), (int) UploadedImage.MAX_BYTES + 1);
        assertThatThrownBy(() -> UploadedImage.check(big)).hasMessageContaining("the limit is 2 MB");
    }

    @Test
    void refusesAnSvgWhateverItIsCalled() {
        byte[] svg = "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> UploadedImage.check(svg)).hasMessageContaining("Only PNG and JPEG");
    }

    @Test
    void refusesATextFileRenamedToPng() {
        byte[] text = "Exercise notes, not a picture".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> UploadedImage.check(text)).hasMessageContaining("Only PNG and JPEG");
    }

    @Test
    void refusesABrokenPng() {
        byte[] broken = Arrays.copyOf(TestImages.png(100, 100), 40);
        assertThatThrownBy(() -> UploadedImage.check(broken)).hasMessageContaining("could not be read");
    }

    @Test
    void refusesHugeDimensionsBeforeDecoding() {
        // A small file that would unpack into 5,000 × 5,000 pixels.
        byte[] bomb = TestImages.png(5000, 5000);
        assertThat(bomb.length).isLessThan((int) UploadedImage.MAX_BYTES);
        assertThatThrownBy(() -> UploadedImage.check(bomb)).hasMessageContaining("5000 × 5000 pixels");
    }
}
