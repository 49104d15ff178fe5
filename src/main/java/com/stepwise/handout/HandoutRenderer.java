package com.stepwise.handout;

import com.stepwise.base.Contrast;
import com.stepwise.base.i18n.ClientTexts;
import com.stepwise.clinic.PaperSize;
import com.stepwise.exercise.ExerciseIllustrations;
import com.stepwise.plan.PlanStatus;
import com.stepwise.progress.Symptom;
import com.stepwise.progress.TrackingSheet;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.xml.xmp.XmpWriter;

/**
 * Draws a handout with OpenPDF: the clinic's header, the stage's exercises with their drawings, what comes next, the
 * stop-and-call signs and a two-week tracking sheet, with a footer on every page; in the client's language, right to
 * left where it is written so, in type an older reader can read (large print on request). A pure function of its
 * data.
 * <p>
 * The layout rules a client would ask for: an exercise, "what comes next" and the stop-and-call box are never split
 * across pages; the box shares its page with an exercise or with the sheet; no page holds only the header.
 */
public final class HandoutRenderer {

    static final Color TEXT = new Color(0x1c2b2f);
    static final Color MUTED = new Color(0x3b4a4f);
    private static final Color RULE = new Color(0xc9d4d6);
    private static final Color WARNING_BACKGROUND = new Color(0xfdf0ee);
    private static final Color WARNING_BORDER = new Color(0xa8231b);
    private static final Color NOTICE_BACKGROUND = new Color(0xfff4d6);
    private static final PdfName H1 = new PdfName("H1");
    private static final PdfName H2 = new PdfName("H2");
    private static final PdfName P = new PdfName("P");
    private static final PdfName TABLE = new PdfName("Table");

    /**
     * Type sizes in points. Normal print: body 12, nothing under 9 (the sheet's day labels and the footer). Large
     * print: body 16, nothing under 14.
     */
    record Type(float title, float heading, float body, float small, float label, float footer, float drawingWidth,
                float rowHeight) {

        static final Type NORMAL = new Type(20, 15, 12, 11, 9.5f, 9, 170, 26);
        static final Type LARGE = new Type(26, 20, 16, 15, 14, 14, 210, 44);

        float leading(float size) {
            return size * 1.3f;
        }
    }

    /** The width of the tracking sheet's label column, in day columns, when all fourteen days are in one grid. */
    private static final float NORMAL_LABEL_COLUMN = 5.5f;

    private final ExerciseIllustrations illustrations;
    private final PrintPictures pictures = new PrintPictures();
    /**
     * Each drawing's vector content, by illustration, size, colour and direction: drawn once, then copied into each
     * handout's own form. Only drawings that need no resources (paths and colours only) are kept.
     */
    private final Map<String, byte[]> drawings = new ConcurrentHashMap<>();
    /** Operators that name a resource (graphics state, picture, font, shading, pattern): such content is not kept. */
    private static final java.util.regex.Pattern RESOURCE_OPERATORS =
            java.util.regex.Pattern.compile("\\s(gs|Do|Tf|sh|scn|SCN)\\s");

    public HandoutRenderer(ExerciseIllustrations illustrations) {
        this.illustrations = illustrations;
    }

    public byte[] render(HandoutData data) {
        return new Drawing(data).draw();
    }

    /** One handout being drawn: its data, language, type and page flow. */
    private final class Drawing {

        private final HandoutData data;
        private final ClientTexts t;
        private final Type type;
        private final boolean rtl;
        private final int direction;
        private final Color accent;
        private final HandoutFonts fonts = HandoutFonts.get();
        private PdfWriter writer;
        private PageFlow flow;

        Drawing(HandoutData data) {
            this.data = data;
            this.t = data.texts();
            this.type = data.largePrint() ? Type.LARGE : Type.NORMAL;
            this.rtl = t.language().rightToLeft();
            this.direction = rtl ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR;
            this.accent = Contrast.readableOnWhite(Color.decode(data.clinic().accentColour()));
        }

        byte[] draw() {
            var page = data.clinic().paperSize() == PaperSize.LETTER ? PageSize.LETTER : PageSize.A4;
            var footer = new HandoutFooter(data, fonts, type, direction);
            float margin = 40;
            float bottom = footer.height(page.getWidth() - 2 * margin) + 24;
            var document = new Document(page, margin, margin, margin, bottom);
            document.setGlyphLayoutManager(fonts.layout());
            var out = new ByteArrayOutputStream();
            try {
                writer = PdfWriter.getInstance(document, out);
                // PDF/UA-1 is defined on PDF 1.7; OpenPDF would otherwise write a PDF 2.0 header.
                writer.setPdfVersion(PdfWriter.VERSION_1_7);
                // The fastest compression: fonts and pictures, most of a handout, come compressed already, so the size
                // hardly changes (87 KB either way for the benchmark's handout).
                writer.setCompressionLevel(java.util.zip.Deflater.BEST_SPEED);
                writer.setTagged();
                writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
                writer.setPageEvent(footer);
                document.addTitle(t.text("handout.documentTitle", "client", data.clientName(), "plan",
                        data.planTitle()));
                document.addAuthor(data.clinicianName() + ", " + data.clinic().name());
                document.addSubject(t.text("handout.subject", "clinic", data.clinic().name()));
                document.addCreator("Stepwise");
                document.open();
                writer.getExtraCatalog().put(PdfName.LANG, new PdfString(t.language().code()));
                writer.setXmpMetadata(xmpMetadata(writer));
                flow = new PageFlow(document, writer);

                var opening = new ArrayList<PageFlow.Block>(List.of(letterhead(), title(), aboutThisPlan()));
                var exercises = data.exercises().stream().map(this::exercise).toList();
                placeOpening(opening, exercises.isEmpty() ? null : exercises.getFirst());
                exercises.stream().skip(1).forEach(this::place);
                if (!data.comesNext().isEmpty()) {
                    place(comesNext());
                }
                var safety = safetyBox();
                if (data.ended() == null) {
                    placeSafetyAndSheet(safety);
                } else {
                    place(safety);
                }
                flow.finish();
                document.close();
            } catch (DocumentException e) {
                throw new IllegalStateException("The handout could not be drawn", e);
            }
            return out.toByteArray();
        }

        /** The document's metadata in XMP, with the PDF/UA identification a screen reader's software looks for. */
        private static byte[] xmpMetadata(PdfWriter writer) {
            var bytes = new ByteArrayOutputStream();
            try {
                var xmp = new XmpWriter(bytes, writer.getInfo(), 0);
                xmp.addRdfDescription("xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"",
                        "<pdfuaid:part>1</pdfuaid:part>");
                xmp.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }

        // --- page layout ----------------------------------------------------------------------------------------

        private void place(PageFlow.Block block) {
            flow.space(type.body() * 0.9f);
            flow.place(block);
        }

        /**
         * The header, title and stage, then the first exercise on the same page. Where the first exercise does not
         * fit under them (large print, a long exercise), it starts there anyway and goes on over the page: a page
         * holding nothing but the header would be worse.
         */
        private void placeOpening(List<PageFlow.Block> opening, PageFlow.Block first) {
            opening.forEach(flow::place);
            if (first != null) {
                flow.space(type.body() * 0.9f);
                flow.placeFromHere(first);
            }
        }

        /**
         * The stop-and-call box goes after the last exercise when there is room for it there, else at the top of the
         * tracking sheet's page, so it never stands alone on a page. The sheet's introduction stays with its grid: a
         * grid that does not fit whole under them goes on over the page, its header row repeated.
         */
        private void placeSafetyAndSheet(PageFlow.Block safety) {
            var sheet = trackingSheet();
            flow.space(type.body());
            boolean boxHere = flow.fits(safety);
            if (boxHere) {
                flow.place(safety);
            }
            flow.newPage();
            if (!boxHere) {
                flow.place(safety);
                flow.space(type.body());
            }
            var intro = sheet.getFirst();
            var firstGrid = sheet.get(1);
            flow.place(intro);
            if (data.reportLink() != null) {
                flow.space(type.body() * 0.6f);
                flow.place(reportLink());
            }
            flow.space(type.body() * 0.6f);
            flow.placeFromHere(firstGrid);
            for (var grid : sheet.subList(2, sheet.size())) {
                flow.space(type.body() * 0.6f);
                flow.place(grid);
            }
        }

        // --- building blocks ------------------------------------------------------------------------------------

        /**
         * A block's table, to be given the page's width when finished ({@link #block}). Columns are given in reading
         * order; OpenPDF lays a right-to-left table's cells from the right but its widths from the left, so they are
         * reversed here.
         */
        private PdfPTable table(float... widths) {
            float[] columns = widths.length == 0 ? new float[] {1} : widths.clone();
            if (rtl) {
                for (int i = 0; i < columns.length / 2; i++) {
                    float swap = columns[i];
                    columns[i] = columns[columns.length - 1 - i];
                    columns[columns.length - 1 - i] = swap;
                }
            }
            var table = new PdfPTable(columns);
            table.setRunDirection(direction);
            return table;
        }

        private PdfPCell cell() {
            var cell = new PdfPCell();
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setRunDirection(direction);
            cell.setPadding(0);
            cell.setPaddingBottom(2);
            return cell;
        }

        private PdfPCell cell(String text, float size, boolean strong, Color colour) {
            var cell = cell();
            cell.addElement(paragraph(text, size, strong, colour, 0));
            return cell;
        }

        private Paragraph paragraph(String text, float size, boolean strong, Color colour, float spaceBefore) {
            var paragraph = new Paragraph(fonts.phrase(text, size, strong, colour));
            paragraph.setFont(new org.openpdf.text.Font(fonts.font(HandoutFonts.Face.LATIN, false), size,
                    org.openpdf.text.Font.NORMAL, colour));
            paragraph.setSpacingBefore(spaceBefore);
            paragraph.setLeading(type.leading(size));
            // "Left" is where a line starts: OpenPDF reads it as the right edge in a right-to-left block.
            paragraph.setAlignment(Element.ALIGN_LEFT);
            return paragraph;
        }

        /**
         * A finished block: its cells set to be laid out without bidi where they need none, then the table given the
         * page's width, which lays every cell out once to know the rows' heights. (A table with a width from the
         * start lays out each row as it is completed, and again when asked for its heights.)
         */
        private PageFlow.Block block(PdfPTable table, PdfName tag, List<PageFlow.Figure> figures) {
            leftToRightWithoutBidi(table);
            table.setTotalWidth(flow.width());
            table.setLockedWidth(true);
            return new PageFlow.Block(table, tag, figures);
        }

        private PageFlow.Block block(PdfPTable table, PdfName tag) {
            return block(table, tag, List.of());
        }

        /**
         * In a left-to-right handout, a cell with no right-to-left text needs no bidirectional layout: OpenPDF's plain
         * line layout is several times cheaper, and most cells are like that.
         */
        private void leftToRightWithoutBidi(PdfPTable table) {
            if (rtl) {
                return;
            }
            for (var row : table.getRows()) {
                for (var cell : row.getCells()) {
                    if (cell != null && cell.getCompositeElements() != null && cell.getCompositeElements().stream()
                            .noneMatch(e -> e instanceof Phrase phrase && needsBidi(phrase.getContent()))) {
                        cell.setRunDirection(PdfWriter.RUN_DIRECTION_NO_BIDI);
                    }
                }
            }
        }

        private static boolean needsBidi(String text) {
            return java.text.Bidi.requiresBidi(text.toCharArray(), 0, text.length());
        }

        private PdfPCell spanning(PdfPCell cell, int columns) {
            cell.setColspan(columns);
            return cell;
        }

        /** A name, title or number typed in any script, kept whole inside a sentence of the handout's language. */
        private String typed(String text) {
            return Bidi.isolated(text, rtl);
        }

        // --- the sections ---------------------------------------------------------------------------------------

        /** The clinic's letterhead: logo, name (made smaller to fit two lines at most) and how to reach it. */
        private PageFlow.Block letterhead() {
            var clinic = data.clinic();
            float logoWidth = data.largePrint() ? 170 : 140;
            float logoHeight = data.largePrint() ? 62 : 52;
            var logo = data.logo() == null ? null
                    : image(pictures.forBox(data.logo(), logoWidth - 12, logoHeight).data());
            var table = logo == null ? table() : table(logoWidth, flow.width() - logoWidth);
            var figures = new ArrayList<PageFlow.Figure>();
            if (logo != null) {
                var space = cell();
                space.setFixedHeight(logoHeight);
                table.addCell(space);
                float x = rtl ? flow.width() - logoWidth : 0;
                figures.add(new PageFlow.Figure(logo, 0, x, 0, logoWidth - 12, logoHeight,
                        t.text("handout.logo", "clinic", clinic.name())));
            }
            float textWidth = logo == null ? flow.width() : flow.width() - logoWidth;
            var text = cell();
            text.setVerticalAlignment(Element.ALIGN_MIDDLE);
            float nameSize = fitting(clinic.name(), type.title(), type.heading(), textWidth * 2 * 0.92f);
            text.addElement(paragraph(typed(clinic.name()), nameSize, true, accent, 0));
            var contact = String.join("  ·  ", Stream.of(clinic.phone(), clinic.email(), clinic.website(),
                            clinic.address() == null ? null : clinic.address().replace('\n', ','))
                    .filter(v -> v != null && !v.isBlank()).map(this::typed).toList());
            text.addElement(paragraph(contact, type.small(), false, MUTED, 2));
            table.addCell(text);
            var rule = cell();
            rule.setColspan(table.getNumberOfColumns());
            rule.setBorder(Rectangle.BOTTOM);
            rule.setBorderColorBottom(accent);
            rule.setBorderWidthBottom(2.5f);
            rule.setFixedHeight(8);
            table.addCell(rule);
            return block(table, P, figures);
        }

        /** The largest size from {@code max} down to {@code min} at which the text takes no more than the width. */
        private float fitting(String text, float max, float min, float width) {
            float size = max;
            while (size > min && fonts.width(text, size, true) > width) {
                size -= 0.5f;
            }
            return size;
        }

        private PageFlow.Block title() {
            var table = table();
            var cell = cell(t.text("handout.title", "plan", typed(data.planTitle())), type.title(), true, TEXT);
            cell.setPaddingTop(type.body());
            table.addCell(cell);
            return block(table, H1);
        }

        private PageFlow.Block aboutThisPlan() {
            var table = table();
            var cell = cell();
            cell.addElement(paragraph(t.text("handout.for", "client", typed(data.clientName()), "date",
                    t.date(data.printDate()), "clinician", typed(data.clinicianName())), type.small(), false, MUTED,
                    0));
            if (data.planGoal() != null && !data.planGoal().isBlank()) {
                cell.addElement(paragraph(t.text("handout.goal", "goal", typed(data.planGoal())), type.body(), false,
                        TEXT, 6));
            }
            table.addCell(cell);
            if (data.ended() != null) {
                var notice = cell(t.text(data.ended().status() == PlanStatus.COMPLETED ? "handout.completed"
                        : "handout.archived", "date", t.date(data.ended().on())), type.body(), true, TEXT);
                notice.setBackgroundColor(NOTICE_BACKGROUND);
                notice.setPadding(8);
                table.addCell(notice);
            }
            var stage = cell();
            stage.setPaddingTop(type.body() * 0.8f);
            stage.addElement(paragraph(t.text("handout.now", "stage", typed(data.stageName())), type.heading(), true,
                    accent, 0));
            if (!data.stageNotes().isBlank()) {
                stage.addElement(paragraph(typed(data.stageNotes()), type.body(), false, TEXT, 3));
            }
            stage.addElement(paragraph(t.text("handout.gentle"), type.small(), false, MUTED, 3));
            table.addCell(stage);
            return block(table, P);
        }

        /**
         * One exercise: its name, then the drawing beside its dose and steps (large print: the steps below), then
         * notes for this client and the cautions. The drawing is placed over an empty cell kept for it, so it can
         * carry its own alternative text.
         */
        private PageFlow.Block exercise(HandoutData.Item item) {
            var wording = item.wording();
            float drawingWidth = type.drawingWidth();
            float drawingHeight = drawingWidth * 0.47f;
            var table = table(drawingWidth, flow.width() - drawingWidth);
            table.addCell(spanning(cell(typed(wording.name()), type.heading(), true, TEXT), 2));
            if (!wording.purpose().isBlank()) {
                table.addCell(spanning(cell(typed(wording.purpose()), type.small(), false, MUTED), 2));
            }
            if (item.untranslatedFrom() != null) {
                var note = cell(t.text("exercise.notTranslated", "clinicLanguage",
                        t.text("language." + item.untranslatedFrom())), type.small(), false, TEXT);
                note.setBackgroundColor(NOTICE_BACKGROUND);
                note.setPadding(4);
                table.addCell(spanning(note, 2));
            }
            int pictureRow = table.size();
            var picture = cell();
            picture.setMinimumHeight(drawingHeight + 8);
            table.addCell(picture);
            var beside = cell();
            beside.setPaddingTop(4);
            beside.setPaddingLeft(rtl ? 0 : 10);
            beside.setPaddingRight(rtl ? 10 : 0);
            String dose = ClientWording.dose(t, item);
            beside.addElement(paragraph(dose, type.body(), true, accent, 0));
            int number = 1;
            if (!data.largePrint()) {
                for (var step : wording.steps()) {
                    beside.addElement(paragraph(step(number++, step), type.body(), false, TEXT, 3));
                }
            }
            table.addCell(beside);
            if (data.largePrint()) {
                // One row a step, so a long exercise can go on over the page between steps.
                for (var step : wording.steps()) {
                    table.addCell(spanning(cell(step(number++, step), type.body(), false, TEXT), 2));
                }
            }
            var after = cell();
            if (!item.notes().isBlank()) {
                after.addElement(paragraph(t.text("exercise.justForYou", "notes", typed(item.notes())), type.body(), true,
                        TEXT, 4));
            }
            for (var caution : wording.cautions()) {
                after.addElement(paragraph(t.text("exercise.takeCare", "caution", typed(caution)), type.small(), false,
                        MUTED, 3));
            }
            after.setPaddingBottom(type.body() * 0.6f);
            after.setBorder(Rectangle.BOTTOM);
            after.setBorderColorBottom(RULE);
            table.addCell(spanning(after, 2));

            PdfTemplate drawing;
            String alt;
            if (item.photo() != null) {
                drawing = image(pictures.forBox(item.photo(), drawingWidth, drawingHeight).data());
                alt = t.text("exercise.photo", "exercise", wording.name());
            } else {
                drawing = drawing(item.illustration(), drawingWidth, drawingHeight);
                alt = t.text("exercise.drawing", "exercise", wording.name(), "label", item.illustrationLabel());
            }
            float x = rtl ? flow.width() - drawingWidth : 0;
            var figure = new PageFlow.Figure(drawing, pictureRow, x, 6, drawingWidth, drawingHeight, alt);
            return block(table, P, List.of(figure));
        }

        private String step(int number, String text) {
            return t.number(number) + ".  " + typed(text);
        }

        private PdfTemplate image(byte[] bytes) {
            try {
                var image = Image.getInstance(bytes);
                var template = writer.getDirectContent().createTemplate(image.getWidth(), image.getHeight());
                template.addImage(image, image.getWidth(), 0, 0, image.getHeight(), 0, 0);
                return template;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (DocumentException e) {
                throw new IllegalStateException("A picture could not be placed", e);
            }
        }

        /** The exercise's figure as vectors, start to end in the reading direction, with the same code as on screen. */
        private PdfTemplate drawing(String illustration, float width, float height) {
            var template = writer.getDirectContent().createTemplate(width, height);
            String key = illustration + "|" + width + "|" + height + "|" + accent.getRGB() + "|" + rtl;
            byte[] known = drawings.get(key);
            if (known != null) {
                template.getInternalBuffer().append(known);
                return template;
            }
            var graphics = template.createGraphicsShapes(width, height);
            try {
                illustrations.draw(illustration, graphics, new Rectangle2D.Double(0, 0, width, height), accent,
                        false, rtl);
            } finally {
                graphics.dispose();
            }
            byte[] content = template.getInternalBuffer().toByteArray();
            if (RESOURCE_OPERATORS.matcher(new String(content, java.nio.charset.StandardCharsets.ISO_8859_1)).find()) {
                return template;
            }
            if (drawings.size() < 512) {
                drawings.put(key, content);
            }
            return template;
        }

        private PageFlow.Block comesNext() {
            var table = table();
            table.addCell(cell(t.text("next.heading", "stage", typed(data.nextStageName())), type.heading(), true,
                    accent));
            for (var next : data.comesNext()) {
                var cell = cell();
                cell.setPaddingTop(4);
                cell.addElement(paragraph(typed(next.exerciseName()), type.body(), true, TEXT, 0));
                if (next.unlocks().isEmpty()) {
                    cell.addElement(paragraph(t.text("next.atVisit", "exercise", typed(next.exerciseName())), type.body(),
                            false, TEXT, 2));
                }
                for (var unlock : next.unlocks()) {
                    cell.addElement(paragraph(ClientWording.unlock(t, unlock, next.exerciseName(), this::typed),
                            type.body(), false, TEXT, 2));
                }
                table.addCell(cell);
            }
            return block(table, P);
        }

        /**
         * The stop-and-call box: the same warning signs, in the same order and with the same letters, as the app
         * records and the tracking sheet asks for; the urgent ones first, with emergency care.
         */
        private PageFlow.Block safetyBox() {
            var table = table();
            var cell = cell();
            cell.setBackgroundColor(WARNING_BACKGROUND);
            cell.setBorder(Rectangle.BOX);
            cell.setBorderColor(WARNING_BORDER);
            cell.setBorderWidth(1.5f);
            cell.setPadding(8);
            cell.setPaddingTop(6);
            cell.addElement(paragraph(t.text("safety.emergency"), type.body() + 1, true, WARNING_BORDER, 0));
            signs(cell, Symptom.Urgency.URGENT);
            cell.addElement(paragraph(t.text("safety.call", "phone", typed(data.clinic().phone())), type.body() + 1,
                    true, WARNING_BORDER, 6));
            signs(cell, Symptom.Urgency.CONTACT);
            cell.addElement(paragraph(t.text("safety.also"), type.small(), false, TEXT, 6));
            table.addCell(cell);
            return block(table, P);
        }

        /**
         * The client's own link beside the paper sheet: a QR code to scan and the address to type, and what to do
         * when neither works (the paper sheet stays an equal way to report).
         */
        private PageFlow.Block reportLink() {
            var qr = new QrCode(data.reportLink());
            // At least 0.5 mm a module (0.6 in large print), so an old phone's camera reads it from arm's length.
            float side = Math.max(type.body() * 5.5f, qr.size() * (data.largePrint() ? 1.7f : 1.42f));
            float quiet = 4 * side / qr.size();
            var table = table(side + 2 * quiet, flow.width() - side - 2 * quiet);
            var code = cell();
            code.setMinimumHeight(side + 2 * quiet);
            table.addCell(code);
            var text = cell();
            text.setPaddingTop(quiet);
            text.addElement(paragraph(t.text("link.heading"), type.heading(), true, accent, 0));
            text.addElement(paragraph(t.text("link.scan"), type.body(), false, TEXT, 3));
            text.addElement(paragraph(typed(data.reportLink()), type.body(), true, TEXT, 2));
            text.addElement(paragraph(t.text("link.trouble"), type.small(), false, TEXT, 4));
            table.addCell(text);
            var template = writer.getDirectContent().createTemplate(side, side);
            qr.draw(template, side);
            float x = rtl ? flow.width() - side - quiet : quiet;
            return block(table, P, List.of(new PageFlow.Figure(template, 0, x, quiet, side, side,
                    t.text("link.qr", "address", data.reportLink()))));
        }

        private void signs(PdfPCell cell, Symptom.Urgency urgency) {
            for (var symptom : Symptom.values()) {
                if (symptom.urgency() == urgency) {
                    var sign = paragraph(symptom.letter() + "   " + t.text("symptom." + symptom.name()), type.body(),
                            false, TEXT, 1);
                    sign.setLeading(type.body() * 1.22f);
                    cell.addElement(sign);
                }
            }
        }

        /**
         * Two weeks, laid out by {@link TrackingSheet} exactly as the clinic's transcription grid: a row per session
         * of each exercise (morning and evening for twice a day), a box per day for how it felt and the pain, and a
         * row for the letters of any warning sign. Large print shows the two weeks as two grids, so its boxes and
         * labels stay large.
         */
        private List<PageFlow.Block> trackingSheet() {
            var blocks = new ArrayList<PageFlow.Block>();
            var intro = table();
            intro.addCell(cell(t.text("sheet.title", "client", typed(data.clientName())), type.heading(), true,
                    accent));
            var howTo = cell(t.text("sheet.howTo"), type.small(), false, TEXT);
            howTo.setPaddingTop(4);
            intro.addCell(howTo);
            blocks.add(block(intro, H2));
            int weeks = data.largePrint() || !fortnightFits() ? 2 : 1;
            int days = TrackingSheet.DAYS / weeks;
            for (int week = 0; week < weeks; week++) {
                blocks.add(grid(week * days, days, weeks > 1 ? t.text("sheet.week", "n", week + 1) : null));
            }
            return blocks;
        }

        /**
         * Whether a day's column in a fourteen-day grid is wide enough for its header as this language writes it: the
         * weekday, the date, and the month where it changes.
         */
        private boolean fortnightFits() {
            float labels = NORMAL_LABEL_COLUMN / (NORMAL_LABEL_COLUMN + TrackingSheet.DAYS);
            float room = flow.width() * (1 - labels) / TrackingSheet.DAYS - 3;
            for (int day = 0; day < TrackingSheet.DAYS; day++) {
                var date = data.sheet().day(day);
                for (String line : dayHeader(day, date, true)) {
                    if (fonts.width(line, type.label(), true) > room) {
                        return false;
                    }
                }
            }
            return true;
        }

        /** "Thu", "3", and "Dec" on the first day and where a month begins. */
        private List<String> dayHeader(int day, java.time.LocalDate date, boolean month) {
            var lines = new ArrayList<String>(List.of(t.format(date, "sheet.weekday.pattern"),
                    t.format(date, "sheet.day.pattern")));
            if (month) {
                lines.add(t.format(date, "sheet.month.pattern"));
            }
            return lines;
        }

        private PageFlow.Block grid(int firstDay, int days, String caption) {
            var layout = data.sheet();
            float[] widths = new float[days + 1];
            widths[0] = days == TrackingSheet.DAYS ? NORMAL_LABEL_COLUMN : 3.2f;
            for (int i = 1; i <= days; i++) {
                widths[i] = 1;
            }
            var grid = table(widths);
            grid.setHeaderRows(caption == null ? 1 : 2);
            if (caption != null) {
                var title = sheetCell(caption, true, 0);
                title.setColspan(days + 1);
                title.setBorder(Rectangle.NO_BORDER);
                grid.addCell(title);
            }
            grid.addCell(sheetCell(t.text("sheet.exercise"), true, 0));
            for (int day = firstDay; day < firstDay + days; day++) {
                var date = layout.day(day);
                boolean month = day == 0 || day == firstDay || date.getDayOfMonth() == 1;
                var cell = cell();
                cell.setBorder(Rectangle.BOX);
                cell.setBorderColor(RULE.darker());
                cell.setPadding(1.5f);
                var lines = dayHeader(day, date, month);
                for (int i = 0; i < lines.size(); i++) {
                    cell.addElement(centred(lines.get(i), i == 0));
                }
                grid.addCell(cell);
            }
            for (var row : layout.rows()) {
                grid.addCell(sheetCell(ClientWording.session(t, row, this::typed), false, type.rowHeight()));
                for (int day = 0; day < days; day++) {
                    grid.addCell(box(type.rowHeight()));
                }
            }
            grid.addCell(sheetCell(t.text("sheet.warningSigns"), true, type.rowHeight()));
            for (int day = 0; day < days; day++) {
                grid.addCell(box(type.rowHeight()));
            }
            return block(grid, TABLE);
        }

        private Paragraph centred(String text, boolean strong) {
            var paragraph = paragraph(text, type.label(), strong, TEXT, 0);
            paragraph.setAlignment(Element.ALIGN_CENTER);
            return paragraph;
        }

        /** An empty box of the sheet, for the client's pen: nothing to lay out. */
        private PdfPCell box(float height) {
            var cell = new PdfPCell();
            cell.setMinimumHeight(height);
            cell.setBorder(Rectangle.BOX);
            cell.setBorderColor(RULE.darker());
            return cell;
        }

        private PdfPCell sheetCell(String text, boolean strong, float height) {
            var cell = cell();
            var label = paragraph(text, type.label(), strong, TEXT, 0);
            label.setLeading(type.label() * 1.15f);
            cell.addElement(label);
            cell.setMinimumHeight(height);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            cell.setBorder(Rectangle.BOX);
            cell.setBorderColor(RULE.darker());
            cell.setPadding(3);
            cell.setPaddingTop(1);
            cell.setPaddingBottom(3);
            return cell;
        }
    }
}
