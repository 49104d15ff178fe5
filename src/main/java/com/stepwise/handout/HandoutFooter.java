package com.stepwise.handout;

import com.stepwise.base.i18n.ClientTexts;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The foot of every page: the clinic and its phone, whom and which plan version the page is for, the clinic's own
 * message, and "Page x of y" at the end of the line. The text wraps in its own column and never runs into the page
 * number; the page's bottom margin is made as tall as the footer needs ({@link #height}). Marked as an artifact, so
 * a screen reader does not read it on every page.
 */
final class HandoutFooter extends PdfPageEventHelper {

    private static final PdfName ARTIFACT = new PdfName("Artifact");

    private final HandoutData data;
    private final HandoutFonts fonts;
    private final HandoutRenderer.Type type;
    private final int direction;
    private final ClientTexts t;
    private final List<String> lines = new ArrayList<>();
    private PdfTemplate total;

    HandoutFooter(HandoutData data, HandoutFonts fonts, HandoutRenderer.Type type, int direction) {
        this.data = data;
        this.fonts = fonts;
        this.type = type;
        this.direction = direction;
        this.t = data.texts();
        var clinic = data.clinic();
        boolean rtl = direction == PdfWriter.RUN_DIRECTION_RTL;
        lines.add(Bidi.isolated(clinic.name(), rtl) + (clinic.phone() == null ? ""
                : "  ·  " + Bidi.isolated(clinic.phone(), rtl)));
        lines.add(t.text("footer.for", "client", Bidi.isolated(data.clientName(), rtl), "plan",
                Bidi.isolated(data.planTitle(), rtl), "version", data.versionNumber(), "date",
                t.date(data.printDate())));
        if (clinic.footerMessage() != null && !clinic.footerMessage().isBlank()) {
            lines.add(clinic.footerMessage());
        }
    }

    /** The height the footer's text takes when wrapped in its column of a page whose text is this wide. */
    float height(float textWidth) {
        var column = column(null, 0, textWidth);
        column.setSimpleColumn(0, -10_000, textWidth - pageNumberWidth(), 0);
        try {
            column.go(true);
        } catch (org.openpdf.text.DocumentException e) {
            throw new IllegalStateException(e);
        }
        return -column.getYLine();
    }

    private float pageNumberWidth() {
        return fonts.width(prefix(888), type.footer(), false) + totalWidth() + type.footer();
    }

    private float totalWidth() {
        return fonts.width(t.number(888), type.footer(), false) + 2;
    }

    /** "Page 3 of ", the part of the page number known while the page is written; the total follows at the end. */
    private String prefix(int page) {
        String text = t.text("footer.page", "page", page);
        int at = text.indexOf("{pages}");
        return at < 0 ? text : text.substring(0, at);
    }

    private ColumnText column(PdfContentByte canvas, float left, float width) {
        var column = new ColumnText(canvas);
        column.setRunDirection(direction);
        for (int i = 0; i < lines.size(); i++) {
            var paragraph = new Paragraph(fonts.phrase(lines.get(i), type.footer(), i == 0, HandoutRenderer.MUTED));
            paragraph.setLeading(type.leading(type.footer()));
            paragraph.setAlignment(Element.ALIGN_LEFT);
            column.addElement(paragraph);
        }
        return column;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(totalWidth(), type.footer() * 1.4f);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        var canvas = writer.getDirectContent();
        canvas.beginMarkedContentSequence(ARTIFACT);
        float width = document.right() - document.left();
        float numberWidth = pageNumberWidth();
        float top = document.bottom() - 14;
        boolean rtl = direction == PdfWriter.RUN_DIRECTION_RTL;
        float textLeft = rtl ? document.left() + numberWidth : document.left();
        var column = column(canvas, textLeft, width - numberWidth);
        column.setSimpleColumn(textLeft, 0, textLeft + width - numberWidth, top);
        try {
            column.go();
        } catch (org.openpdf.text.DocumentException e) {
            throw new IllegalStateException(e);
        }
        float baseline = top - type.footer();
        String prefix = prefix(writer.getPageNumber());
        float prefixWidth = fonts.width(prefix, type.footer(), false);
        if (rtl) {
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, fonts.phrase(prefix, type.footer(), false,
                    HandoutRenderer.MUTED), document.left() + totalWidth(), baseline, 0, direction, 0);
            canvas.addTemplate(total, document.left(), baseline);
        } else {
            float x = document.right() - totalWidth() - prefixWidth;
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, fonts.phrase(prefix, type.footer(), false,
                    HandoutRenderer.MUTED), x, baseline, 0, direction, 0);
            canvas.addTemplate(total, x + prefixWidth, baseline);
        }
        canvas.endMarkedContentSequence();
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        // At close the writer already counts the page that would come next.
        ColumnText.showTextAligned(total, Element.ALIGN_LEFT, fonts.phrase(t.number(writer.getPageNumber() - 1),
                type.footer(), false, HandoutRenderer.MUTED), 0, 0, 0, direction, 0);
    }
}
