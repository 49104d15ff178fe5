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
    void escapesLikeWildcards() {
        assertThat(SearchKey.escapeLike("100%_a\\b")).isEqualTo("100\\%\\_a\\\\b");
    }
}
