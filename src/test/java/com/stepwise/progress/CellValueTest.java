package com.stepwise.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stepwise.base.UserFacingException;
import org.junit.jupiter.api.Test;

/** A box of the paper sheet, read as the client wrote it and shown back the same way. */
class CellValueTest {

    @Test
    void readsAMarkAndAPain() {
        assertThat(CellValue.parse("c2", 3)).isEqualTo(CellValue.done(3, Feeling.COMFORTABLE, 2));
        assertThat(CellValue.parse(" P 10 ", null)).isEqualTo(CellValue.done(null, Feeling.PAINFUL, 10));
        assertThat(CellValue.parse("d", null)).isEqualTo(CellValue.done(null, Feeling.SOME_DISCOMFORT, null));
    }

    @Test
    void keepsAPainWrittenWithoutAMark() {
        assertThat(CellValue.parse("6", 2)).isEqualTo(new CellValue(false, null, null, 6));
        assertThat(CellValue.parse("6", 2).boxText()).isEqualTo("6");
    }

    @Test
    void anEmptyBoxIsNotDone() {
        assertThat(CellValue.parse("  ", 2)).isEqualTo(CellValue.EMPTY);
        assertThat(CellValue.EMPTY.boxText()).isEmpty();
    }

    @Test
    void refusesWhatIsNotABox() {
        assertThatThrownBy(() -> CellValue.parse("c11", null)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("C, D or P");
        assertThatThrownBy(() -> CellValue.parse("x", null)).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> CellValue.parse("2c", null)).isInstanceOf(UserFacingException.class);
    }

    @Test
    void showsBackWhatWasRead() {
        for (var text : new String[] {"C0", "D5", "P10", "C", "7", ""}) {
            assertThat(CellValue.parse(text, 1).boxText()).isEqualTo(text);
        }
        assertThat(CellValue.done(1, null, 4).boxText()).as("done without a mark, from one session").isEqualTo("✓4");
        assertThat(CellValue.parse("✓4", 1)).isEqualTo(CellValue.done(1, null, 4));
    }

    @Test
    void saysBothValuesInWords() {
        assertThat(CellValue.done(2, Feeling.PAINFUL, 6).inWords()).isEqualTo("done, painful, pain 6, 2 sets");
        assertThat(CellValue.EMPTY.inWords()).isEqualTo("not done");
    }
}
