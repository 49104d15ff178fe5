package com.stepwise.handout;

import com.stepwise.clinic.PaperSize;
import com.stepwise.exercise.ExerciseIllustrations;
import com.stepwise.progress.Symptom;
import com.stepwise.progress.TrackingSheet;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Locale;
import java.util.stream.Stream;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.FontSelector;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Draws a handout with OpenPDF: clinic header, the stage's exercises with their drawings, what comes next, the
 * stop-and-call signs, a two-week tracking sheet, and a footer on every page. A pure function of its data, with the
 * fonts embedded so every name prints as written. Large print uses bigger type and one exercise per page.
 */
public final class HandoutRenderer {

    private static final Color TEXT = new Color(0x1c2b2f);
    private static final Color MUTED = new Color(0x4c5d62);
    private static final Color WARNING_BACKGROUND = new Color(0xfdf0ee);
    private static final Color WARNING_BORDER = new Color(0xb3261e);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private final ExerciseIllustrations illustrations;
    private final BaseFont regular;
    private final BaseFont bold;
    private final BaseFont cjk;

    public HandoutRenderer(ExerciseIllustrations illustrations) {
        this.illustrations = illustrations;
        this.regular = font("NotoSans-Regular.ttf");
        this.bold = font("NotoSans-Bold.ttf");
        this.cjk = font("NotoSansJP-Regular.ttf");
    }

    private static BaseFont font(String file) {
        try (InputStream in = HandoutRenderer.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the application: " + file);
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] render(HandoutData data) {
        var scale = data.largePrint() ? 1.45f : 1f;
        var accent = Color.decode(data.clinic().accentColour());
        var page = data.clinic().paperSize() == PaperSize.LETTER ? PageSize.LETTER : PageSize.A4;
        var document = new Document(page, 42, 42, 42, 64);
        var out = new ByteArrayOutputStream();
        try {
            var writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Footer(data, this));
            document.addTitle("Home exercises for " + data.clientName() + ": " + data.planTitle());
            document.addAuthor(data.clinicianName() + ", " + data.clinic().name());
            document.addSubject(data.planGoal() == null ? "Home exercise plan" : data.planGoal());
            document.addCreator("Stepwise");
            document.open();
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString("en"));

            header(document, data, accent, scale);
            exercises(document, writer, data, accent, scale);
            comesNext(document, data, accent, scale);
            safety(document, data, scale);
            trackingSheet(document, data, accent, scale);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The handout could not be drawn", e);
        }
        return out.toByteArray();
    }

    // --- text ---------------------------------------------------------------------------------------------------

    /** Text in Noto Sans, falling back to Noto Sans JP for characters it lacks (田中). */
    Phrase text(String text, float size, boolean strong, Color colour) {
        var selector = new FontSelector();
        selector.addFont(new Font(strong ? bold : regular, size, Font.NORMAL, colour));
        selector.addFont(new Font(cjk, size, Font.NORMAL, colour));
        return selector.process(text == null ? "" : text);
    }

    private Paragraph paragraph(String text, float size, boolean strong, Color colour, float spaceBefore) {
        var paragraph = new Paragraph(text(text, size, strong, colour));
        // Spacing is drawn in the paragraph's own font: make that the embedded one, not the Helvetica default.
        paragraph.setFont(new Font(regular, size, Font.NORMAL, colour));
        paragraph.setSpacingBefore(spaceBefore);
        paragraph.setLeading(size * 1.35f);
        return paragraph;
    }

    // --- sections -----------------------------------------------------------------------------------------------

    private void header(Document document, HandoutData data, Color accent, float scale) throws DocumentException {
        var table = new PdfPTable(data.logo() == null ? new float[] {1} : new float[] {1, 3});
        table.setWidthPercentage(100);
        if (data.logo() != null) {
            try {
                var logo = Image.getInstance(data.logo().data());
                logo.scaleToFit(130, 48);
                var cell = new PdfPCell(logo, false);
                cell.setBorder(Rectangle.NO_BORDER);
                cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
                table.addCell(cell);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        var clinic = data.clinic();
        var contact = String.join("  ·  ", Stream.of(clinic.phone(), clinic.email(), clinic.website(),
                clinic.address() == null ? null : clinic.address().replace('\n', ','))
                .filter(v -> v != null && !v.isBlank()).toList());
        var text = new PdfPCell();
        text.setBorder(Rectangle.NO_BORDER);
        text.addElement(paragraph(clinic.name(), 18, true, accent, 0));
        text.addElement(paragraph(contact, 9, false, MUTED, 2));
        table.addCell(text);
        var rule = emptyCell();
        rule.setColspan(table.getNumberOfColumns());
        rule.setBorder(Rectangle.BOTTOM);
        rule.setBorderColorBottom(accent);
        rule.setBorderWidthBottom(2.5f);
        rule.setFixedHeight(6);
        table.addCell(rule);
        document.add(table);

        document.add(paragraph("Your home exercises: " + data.planTitle(), 17 * scale, true, TEXT, 12));
        document.add(paragraph("For " + data.clientName() + "  ·  " + DATE.format(data.printDate()) + "  ·  from "
                + data.clinicianName(), 10 * scale, false, MUTED, 2));
        if (data.planGoal() != null && !data.planGoal().isBlank()) {
            document.add(paragraph("Your goal: " + data.planGoal(), 11 * scale, false, TEXT, 6));
        }
        document.add(paragraph("Now: " + data.stageName(), 12 * scale, true, accent, 10));
        var notes = data.sheet().stages().isEmpty() ? "" : data.sheet().stages().getFirst().notes();
        if (!notes.isBlank()) {
            document.add(paragraph(notes, 11 * scale, false, TEXT, 3));
        }
        document.add(paragraph("Move slowly and breathe. A stretch should feel like a gentle pull, never pain.",
                10 * scale, false, MUTED, 2));
    }

    private void exercises(Document document, PdfWriter writer, HandoutData data, Color accent, float scale)
            throws DocumentException {
        boolean first = true;
        for (var item : data.exercises()) {
            if (data.largePrint() && !first) {
                document.newPage();
            }
            first = false;
            var exercise = item.exercise();
            var prescription = item.prescription();
            float drawingWidth = data.largePrint() ? 480 : 200;
            float drawingHeight = drawingWidth * 0.47f;
            var drawing = item.photo() != null ? photo(item.photo().data(), drawingWidth, drawingHeight)
                    : drawing(writer, exercise.illustration(), drawingWidth, drawingHeight, accent);

            var text = new PdfPCell();
            text.setBorder(Rectangle.NO_BORDER);
            text.setPaddingLeft(data.largePrint() ? 0 : 10);
            text.addElement(paragraph(exercise.name(), 13 * scale, true, TEXT, 0));
            String dose = prescription.dose().inWords() + (prescription.restSeconds() == null ? ""
                    : " · rest " + prescription.restSeconds() + " seconds between rounds");
            text.addElement(paragraph(dose, 11 * scale, true, accent, 3));
            int number = 1;
            for (var step : exercise.steps()) {
                text.addElement(paragraph(number++ + ".  " + step, 10 * scale, false, TEXT, 2));
            }
            if (!prescription.notes().isBlank()) {
                text.addElement(paragraph("Just for you: " + prescription.notes(), 10 * scale, true, TEXT, 5));
            }
            for (var caution : exercise.cautions()) {
                text.addElement(paragraph("Take care: " + caution, 9 * scale, false, MUTED, 3));
            }

            var table = new PdfPTable(data.largePrint() ? new float[] {1} : new float[] {drawingWidth, 310});
            table.setWidthPercentage(100);
            table.setKeepTogether(true);
            table.setSpacingBefore(14);
            var picture = new PdfPCell(drawing, true);
            picture.setBorder(Rectangle.NO_BORDER);
            picture.setFixedHeight(drawingHeight);
            table.addCell(picture);
            table.addCell(text);
            var divider = emptyCell();
            divider.setColspan(table.getNumberOfColumns());
            divider.setBorder(Rectangle.BOTTOM);
            divider.setBorderColorBottom(new Color(0xdbe4e5));
            divider.setFixedHeight(8);
            table.addCell(divider);
            document.add(table);
        }
    }

    /** The clinic's own photo of the exercise, scaled into the same box as a drawing. */
    private static Image photo(byte[] data, float width, float height) {
        try {
            var image = Image.getInstance(data);
            image.scaleToFit(width, height);
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The exercise's figure, drawn as vectors into the PDF with the same code that draws it on screen. */
    private Image drawing(PdfWriter writer, String illustration, float width, float height, Color accent)
            throws DocumentException {
        PdfContentByte canvas = writer.getDirectContent();
        PdfTemplate template = canvas.createTemplate(width, height);
        var graphics = template.createGraphicsShapes(width, height);
        try {
            illustrations.draw(illustration, graphics, new Rectangle2D.Double(0, 0, width, height), accent, true);
        } finally {
            graphics.dispose();
        }
        return Image.getInstance(template);
    }

    private void comesNext(Document document, HandoutData data, Color accent, float scale) throws DocumentException {
        if (data.comesNext().isEmpty()) {
            return;
        }
        if (data.largePrint()) {
            document.newPage();
        }
        document.add(paragraph("What comes next: " + data.nextStageName(), 14 * scale, true, accent, 18));
        for (var next : data.comesNext()) {
            document.add(paragraph(next.exerciseName(), 11 * scale, true, TEXT, 6));
            for (var sentence : next.unlockSentences()) {
                document.add(paragraph(sentence, 10 * scale, false, TEXT, 2));
            }
        }
    }

    /**
     * The stop-and-call box: the same warning signs, in the same order and with the same letters, as the app records
     * and the tracking sheet asks for; the urgent ones first, with emergency care.
     */
    private void safety(Document document, HandoutData data, float scale) throws DocumentException {
        var phone = data.clinic().phone() == null ? "the clinic" : "the clinic on " + data.clinic().phone();
        var box = new PdfPTable(1);
        box.setWidthPercentage(100);
        box.setSpacingBefore(18);
        box.setKeepTogether(true);
        var cell = new PdfPCell();
        cell.setBackgroundColor(WARNING_BACKGROUND);
        cell.setBorderColor(WARNING_BORDER);
        cell.setBorderWidth(1.5f);
        cell.setPadding(10);
        cell.addElement(paragraph("Get emergency care today (an emergency department) if you notice", 12 * scale,
                true, WARNING_BORDER, 0));
        signs(cell, Symptom.Urgency.URGENT, scale);
        cell.addElement(paragraph("Stop the exercises and call " + phone + " if you notice", 12 * scale, true,
                WARNING_BORDER, 8));
        signs(cell, Symptom.Urgency.CONTACT, scale);
        cell.addElement(paragraph("Also get in touch if an exercise makes your pain worse, if the pain is severe, "
                + "does not ease after a few days, or disturbs your sleep or daily life. Write the letter of any "
                + "sign on your record sheet too.", 10 * scale, false, TEXT, 6));
        box.addCell(cell);
        document.add(box);
    }

    private void signs(PdfPCell cell, Symptom.Urgency urgency, float scale) {
        for (var symptom : Symptom.values()) {
            if (symptom.urgency() == urgency) {
                cell.addElement(paragraph(symptom.letter() + "   " + symptom.labelForClient(), 10.5f * scale, false,
                        TEXT, 2));
            }
        }
    }

    /**
     * Two weeks, laid out by {@link TrackingSheet} exactly as the clinic's transcription grid: a row per session of
     * each exercise (morning and evening for twice a day), a box per day for how it felt and the pain, and a row for
     * the letters of any warning sign.
     */
    private void trackingSheet(Document document, HandoutData data, Color accent, float scale)
            throws DocumentException {
        document.newPage();
        document.add(paragraph("Your two-week record: " + data.clientName(), 15 * scale, true, accent, 0));
        document.add(paragraph("After each session, write in its box how it felt: C comfortable, D some "
                + "discomfort, P painful; then your pain during it from 0 (none) to 10 (the worst you can imagine). "
                + "For example: C 2. Leave the box empty if you did not do it. If you notice a warning sign, write "
                + "its letter from the red box (A to I) in that day's last row, and call as it says. Bring this "
                + "sheet to your next visit.", 10 * scale, false, TEXT, 4));
        var layout = data.sheet();
        int days = TrackingSheet.DAYS;
        float[] widths = new float[days + 1];
        widths[0] = data.largePrint() ? 3.4f : 4.2f;
        for (int i = 1; i <= days; i++) {
            widths[i] = 1;
        }
        var sheet = new PdfPTable(widths);
        sheet.setWidthPercentage(100);
        sheet.setSpacingBefore(12);
        sheet.setHeaderRows(1);
        float size = 8 * scale;
        sheet.addCell(sheetCell(text("Exercise", size, true, TEXT), 22));
        for (int day = 0; day < days; day++) {
            var cell = sheetCell(text(layout.dayLabel(day), size * 0.9f, true, TEXT), 22);
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            sheet.addCell(cell);
        }
        float rowHeight = data.largePrint() ? 34 : 24;
        var labels = new ArrayList<String>();
        layout.rows().forEach(row -> labels.add(row.label()));
        labels.add("Warning signs (letters)");
        for (var label : labels) {
            sheet.addCell(sheetCell(text(label, size, label.startsWith("Warning"), TEXT), rowHeight));
            for (int day = 0; day < days; day++) {
                sheet.addCell(sheetCell(blank(), rowHeight));
            }
        }
        document.add(sheet);
    }

    /** An empty cell still names a font: it must be the embedded one, never a non-embedded default. */
    private PdfPCell emptyCell() {
        return new PdfPCell(blank());
    }

    private Phrase blank() {
        return new Phrase(" ", new Font(regular, 4));
    }

    private static PdfPCell sheetCell(Phrase content, float height) {
        var cell = new PdfPCell(content);
        cell.setMinimumHeight(height);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setBorderColor(new Color(0x9aa8ac));
        cell.setPadding(3);
        return cell;
    }

    /** "Page x of y", the clinic's contact, the plan version and the print date on every page. */
    private static final class Footer extends PdfPageEventHelper {

        private final HandoutData data;
        private final HandoutRenderer renderer;
        private PdfTemplate total;

        Footer(HandoutData data, HandoutRenderer renderer) {
            this.data = data;
            this.renderer = renderer;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(30, 12);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            var canvas = writer.getDirectContent();
            var clinic = data.clinic();
            float left = document.left();
            float right = document.right();
            float y = document.bottom() - 22;
            var contact = clinic.name() + (clinic.phone() == null ? "" : "  ·  " + clinic.phone());
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, renderer.text(contact, 8, false, MUTED), left, y, 0);
            var pageText = "Page " + writer.getPageNumber() + " of ";
            var phrase = renderer.text(pageText, 8, false, MUTED);
            float width = renderer.regular.getWidthPoint(pageText, 8);
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, phrase, right - width - 14, y, 0);
            canvas.addTemplate(total, right - 14, y);
            var version = "For " + data.clientName() + "  ·  plan \"" + data.planTitle() + "\", version "
                    + data.versionNumber() + "  ·  printed "
                    + DATE.format(data.printDate())
                    + (clinic.footerMessage() == null ? "" : "  ·  " + clinic.footerMessage());
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, renderer.text(version, 7.5f, false, MUTED), left,
                    y - 11, 0);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(total, Element.ALIGN_LEFT,
                    // At close the writer already counts the page that would come next.
                    renderer.text(String.valueOf(writer.getPageNumber() - 1), 8, false, MUTED), 0, 0, 0);
        }
    }
}
