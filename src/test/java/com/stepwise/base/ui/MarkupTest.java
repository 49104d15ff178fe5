package com.stepwise.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MarkupTest {

    @Test
    void textIsShownAsTextNeverAsMarkup() {
        var html = Fact.list("client-facts", new Fact("Clinician notes", "<img src=x onerror=alert(1)> & \"quoted\""),
                new Fact("Phone", " ")).getInnerHtml();

        var page = Jsoup.parseBodyFragment(html);
        assertThat(page.select("img")).as("no element from the text").isEmpty();
        assertThat(page.select(".fact-value").eachText())
                .containsExactly("<img src=x onerror=alert(1)> & \"quoted\"", "—");
        assertThat(page.select(".fact-label").eachText()).containsExactly("Clinician notes", "Phone");
    }

    @Test
    void blocksNestAndCloseInOrder() {
        var markup = Markup.of("div", "edge").element("span", "edge-name", "Oswestry, 2 Dec 2026");
        Badge.append(markup, "Meaningful improvement", Badge.Tone.SUCCESS);
        var html = markup.toHtml();

        assertThat(html.getElement().getAttribute("class")).isEqualTo("edge");
        assertThat(Jsoup.parseBodyFragment(html.getInnerHtml()).select("span").eachText())
                .containsExactly("Oswestry, 2 Dec 2026", "Meaningful improvement");
        assertThat(html.getInnerHtml()).contains("<span class=\"badge badge-success\">Meaningful improvement</span>");
    }
}
