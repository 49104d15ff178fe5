package com.stepwise.handout;

import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfStructureTreeRoot;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Lays the handout's blocks down the pages: a block that fits on a page is never split (it starts a new page
 * instead), and only a block taller than a whole page (a long tracking sheet) is split between rows, its header row
 * repeated. Each block is tagged for screen readers: its text as one structure element, each picture as a Figure
 * with its alternative text, so the PDF reads in order.
 */
final class PageFlow {

    /** A picture drawn over an empty cell of a block: in that row, at x from the block's left and below its top. */
    record Figure(PdfTemplate template, int row, float x, float yInRow, float width, float height, String alt) {
    }

    /**
     * A block: a table laid out at the page's width, its structure type (P, H1, Table...), and the pictures drawn
     * over the empty cells kept for them.
     */
    record Block(PdfPTable table, PdfName tag, List<Figure> figures) {

        Block(PdfPTable table, PdfName tag) {
            this(table, tag, List.of());
        }

        float height() {
            return table.getTotalHeight();
        }
    }

    private static final PdfName DOCUMENT = new PdfName("Document");
    private static final PdfName FIGURE = new PdfName("Figure");

    private final Document document;
    private final PdfWriter writer;
    private final PdfStructureElement root;
    private final float left;
    private final float width;
    private float y;
    private boolean pageEmpty = true;

    PageFlow(Document document, PdfWriter writer) {
        this.document = document;
        this.writer = writer;
        this.left = document.left();
        this.width = document.right() - document.left();
        this.y = document.top();
        PdfStructureTreeRoot tree = writer.getStructureTreeRoot();
        this.root = new PdfStructureElement(tree, DOCUMENT);
    }

    float width() {
        return width;
    }

    /** The room left on this page. */
    float remaining() {
        return y - document.bottom();
    }

    void space(float points) {
        if (!pageEmpty) {
            y -= Math.min(points, remaining());
        }
    }

    void newPage() {
        if (pageEmpty) {
            return;
        }
        writer.setPageEmpty(false);
        document.newPage();
        y = document.top();
        pageEmpty = true;
    }

    /** True when the block would fit in the room left on this page. */
    boolean fits(Block block) {
        return block.height() <= remaining();
    }

    /** Places the block: on this page if it fits, else on the next; split between rows only if taller than a page. */
    void place(Block block) {
        if (!fits(block)) {
            newPage();
        }
        placeFromHere(block);
    }

    /**
     * Places the block starting on this page, split between rows where the page ends. Called directly only for the
     * first exercise when it does not fit under the header: a split is kinder than a page holding only the header.
     */
    void placeFromHere(Block block) {
        var table = block.table();
        var canvas = writer.getDirectContent();
        var element = new PdfStructureElement(root, block.tag());
        int headers = table.getHeaderRows();
        float headerHeight = table.getHeaderHeight();
        int row = headers;
        int rows = table.size();
        while (row < rows) {
            float room = remaining() - headerHeight;
            int end = row;
            float height = 0;
            while (end < rows && height + table.getRowHeight(end) <= room) {
                height += table.getRowHeight(end);
                end++;
            }
            if (end == row) {
                if (!pageEmpty) {
                    newPage();
                    continue;
                }
                end = row + 1; // a single row taller than a page: printed cut rather than never
                height = table.getRowHeight(row);
            }
            canvas.beginMarkedContentSequence(element);
            float top = y;
            if (headers > 0) {
                top = table.writeSelectedRows(0, headers, left, top, canvas);
            }
            table.writeSelectedRows(row, end, left, top, canvas);
            canvas.endMarkedContentSequence();
            drawFigures(block, row, end, top, canvas);
            placed(headerHeight + height);
            row = end;
            if (row < rows) {
                newPage();
            }
        }
    }

    /** Draws the figures of rows {@code from} to {@code to}, the first of which starts at {@code top}. */
    private void drawFigures(Block block, int from, int to, float top, PdfContentByte canvas) {
        for (var figure : block.figures()) {
            if (figure.row() < from || figure.row() >= to) {
                continue;
            }
            float rowTop = top;
            for (int row = from; row < figure.row(); row++) {
                rowTop -= block.table().getRowHeight(row);
            }
            var element = new PdfStructureElement(root, FIGURE);
            element.put(PdfName.ALT, new PdfString(figure.alt(), PdfObject.TEXT_UNICODE));
            canvas.beginMarkedContentSequence(element);
            var template = figure.template();
            float scale = Math.min(figure.width() / template.getWidth(), figure.height() / template.getHeight());
            float drawnWidth = template.getWidth() * scale;
            float drawnHeight = template.getHeight() * scale;
            float x = left + figure.x() + (figure.width() - drawnWidth) / 2;
            float bottom = rowTop - figure.yInRow() - figure.height() + (figure.height() - drawnHeight) / 2;
            canvas.addTemplate(template, scale, 0, 0, scale, x, bottom);
            canvas.endMarkedContentSequence();
        }
    }

    private void placed(float height) {
        y -= height;
        pageEmpty = false;
    }

    /** Closes the last page's bookkeeping; the document itself is closed by its owner. */
    void finish() {
        writer.setPageEmpty(false);
    }
}
