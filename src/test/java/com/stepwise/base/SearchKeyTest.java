package com.stepwise.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchKeyTest {

    @Test
    void foldsAccentsCaseAndLettersThatDoNotDecompose() {
        assertThat(SearchKey.of("Zoë Ångström")).isEqualTo("zoe angstrom");
        assertThat(SearchKey.of("Łukasz Øvergaard")).isEqualTo("lukasz overgaard");
        assertThat(SearchKey.of("Straße")).isEqualTo("strasse");
        assertThat(SearchKey.of("田中")).isEqualTo("田中");
    }

    @Test
    void splitsASearchBoxIntoWordsIgnoringCommas() {
        assertThat(SearchKey.words("  Ångström,  Zoë ")).containsExactly("angstrom", "zoe");
        assertThat(SearchKey.words("   ")).isEmpty();
        assertThat(SearchKey.words(null)).isEmpty();
    }

    @Test
    void aStoredKeyFitsItsColumnHoweverMuchFoldingLengthensTheName() {
        var eszett = "ß".repeat(80);
        assertThat(SearchKey.of(eszett)).hasSize(160);
        assertThat(SearchKey.stored(eszett)).hasSize(SearchKey.LENGTH).isEqualTo("s".repeat(80));
        var hangul = "김민준".repeat(10);
        assertThat(SearchKey.stored(hangul).length()).isLessThanOrEqualTo(SearchKey.LENGTH);
        assertThat(SearchKey.stored(hangul)).startsWith(SearchKey.of("김민준"));
        assertThat(SearchKey.words(hangul)).singleElement().isEqualTo(SearchKey.stored(hangul));
        var emoji = "a".repeat(79) + "😀";
        assertThat(SearchKey.stored(emoji)).as("never half a character").isEqualTo("a".repeat(79));
    }

    @Test
    void escapesLikeWildcards() {
        assertThat(SearchKey.escapeLike("100%_a\\b")).isEqualTo("100\\%\\_a\\\\b");
    }
}
