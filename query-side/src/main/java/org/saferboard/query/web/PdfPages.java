package org.saferboard.query.web;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.OutputStream;

/** What every PDF of the meeting pack shares: a landscape A4 page with the event log's chain head in the footer, and RAG cells. */
final class PdfPages {

    static final Color RED = new Color(0xC0, 0x39, 0x2B);
    static final Color AMBER = new Color(0xE6, 0x9F, 0x00);
    static final Color GREEN = new Color(0x2E, 0x8B, 0x57);
    static final Color GREY = new Color(0x50, 0x5A, 0x5F);

    private PdfPages() {
    }

    /**
     * An open document writing to the stream; close it when done.
     *
     * @param chainHead the event log's chain head as printed, in the footer of every page: minutes that
     *                  record the pack record it, which anchors the log outside the database
     */
    static Document opened(OutputStream out, String chainHead) {
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        HeaderFooter footer = new HeaderFooter(new Phrase(chainHead + "   Page ", FontFactory.getFont(FontFactory.COURIER, 7)), true);
        footer.setBorder(Rectangle.TOP);
        document.setFooter(footer);
        document.open();
        return document;
    }

    /** White bold text on the colour, centred: a RAG rating, a direction of travel. */
    static PdfPCell colouredCell(String text, Color background, Font font) {
        Font white = new Font(font.getFamily(), font.getSize(), Font.BOLD, Color.WHITE);
        PdfPCell cell = new PdfPCell(new Phrase(text, white));
        cell.setBackgroundColor(background);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        return cell;
    }
}
