/**
 * Local additions to @types/pdfkit 0.17 for what pdfkit 0.20 does and the published types lag
 * behind: fontkit Font objects as font sources, custom info keys, structure parents on links,
 * outline destinations, buffered-page access and the metadata hook we replace.
 */
import type { Font } from 'fontkit';

declare global {
  namespace PDFKit {
    interface DocumentInfo {
      /** Content digest of the rendered model: feeds pdfkit's /ID, so different notices never share one. */
      NoticeDigest?: string;
    }

    interface PDFOutlineItemOptions {
      expanded?: boolean;
      /** Distance from the top of the page (pdfkit subtracts it from the page height). */
      top?: number;
      /** pdfkit subtracts this from the page width: pass the page width for a left edge of 0. */
      left?: number;
      zoom?: number;
      fit?: boolean;
      pageNumber?: number;
    }

    namespace Mixins {
      interface StructureElementOptions {
        /** Header cell scope (pdfkit writes /A << /O /Table /Scope … >>). */
        scope?: 'Row' | 'Column' | 'Both';
      }
    }

    interface PDFOutline {
      options: { expanded?: boolean };
      addItem(title: string, options?: PDFOutlineItemOptions): PDFOutline;
    }

    interface PDFDocument {
      info: DocumentInfo;
      page: PDFPage;
      /** Writes the XMP description of the info dictionary; replaced per document (see metadata.ts). */
      _addInfo(): void;
    }

    namespace Mixins {
      interface PDFFont {
        font(src: Font, size?: number): this;
      }
      interface AnnotationOption {
        /** Makes the annotation a child (OBJR) of this structure element. */
        structParent?: PDFStructureElement;
      }
    }
  }
}

export {};
