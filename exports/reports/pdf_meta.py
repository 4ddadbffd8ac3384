"""What the PDF says about itself: its language, title, author and dates, in the document information and
in an XMP metadata stream (what archives, search tools and screen readers read)."""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import XMP

_PACKET = """<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li><rdf:li xml:lang="{tag}">{title}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{subject}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>{tag}</rdf:li></rdf:Bag></dc:language>
   <xmp:CreatorTool>Assess</xmp:CreatorTool>
   <xmp:CreateDate>{now}</xmp:CreateDate>
   <xmp:ModifyDate>{now}</xmp:ModifyDate>
   <xmp:MetadataDate>{now}</xmp:MetadataDate>
   <pdf:Producer>ReportLab</pdf:Producer>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""


def xmp(*, title: str, author: str, subject: str, tag: str, now: dt.datetime) -> XMP:
    """The XMP metadata stream of a report (``now`` with its zone)."""
    packet = _PACKET.format(
        title=escape(title),
        author=escape(author),
        subject=escape(subject),
        tag=escape(tag),
        now=now.isoformat(timespec="seconds"),
    )
    stream = XMP(creator=lambda _doc: packet.encode("utf-8"))
    stream.filters = []  # readers that only scan for the packet find it uncompressed
    return stream
