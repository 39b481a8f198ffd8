"""What WeasyPrint's PDF/A output still lacks for PDF/UA-1, added with pikepdf.

WeasyPrint writes one conformance claim per file (its `pdf_variant`): the books are
written as PDF/A-3u, tagged, and this adds what PDF/UA-1 asks beyond that: the
`pdfuaid:part` claim in the XMP metadata, the title (`dc:title`, shown by viewers
instead of the file name because `DisplayDocTitle` is set) and the document language
on the catalog. pikepdf keeps the XMP packet and the
document information dictionary in step, as PDF/A requires.
"""
from __future__ import annotations

import io

ARCHIVAL_VARIANT = "pdf/a-3u"
UA_PART = "1"


def declare(pdf_bytes: bytes, title: str, lang: str) -> bytes:
    """The PDF with the PDF/UA-1 claim, its title and the catalog language."""
    import pikepdf
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        claim(pdf, title, lang)
        out = io.BytesIO()
        # Deterministic: no new document id, object streams as WeasyPrint wrote them.
        pdf.save(out, deterministic_id=True)
        return out.getvalue()


def claim(pdf, title: str, lang: str) -> None:
    """Add the PDF/UA-1 claim, the title and the catalog language to an open pikepdf.Pdf."""
    import pikepdf
    pdf.Root.Lang = pikepdf.String(lang)
    prefs = pdf.Root.get("/ViewerPreferences") or pikepdf.Dictionary()
    prefs.DisplayDocTitle = True
    pdf.Root.ViewerPreferences = prefs
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        meta.register_xml_namespace("http://www.aiim.org/pdfua/ns/id/", "pdfuaid")
        meta["pdfuaid:part"] = UA_PART
        meta["dc:title"] = title
