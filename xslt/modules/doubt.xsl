<?xml version="1.0" encoding="UTF-8"?>
<!--
  tg:doubted(@cert): whether a TEI @cert says a value may be wrong, as triglot.i18n.doubted says it
  for the Python side. TEI's certainty is a word (high, medium, low, unknown) or a probability from
  0 to 1, and the project schema takes both: the web's date cards and the chronology knew only
  low and medium, CMIF only the words, so a date the editors gave cert="unknown" or cert="0.2" was
  shown as certain. Imported by web.xsl and export/cmif.xsl.

  tg:proposed($el): whether an element is a proposal awaiting the editor's review (ana="#review",
  which the corpus file writes "#DOC.review"): the library exports leave such a correspDesc out.
  Imported by export/cmif.xsl, cmif-report.xsl and library-header.xsl.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tg="urn:triglot:web"
    exclude-result-prefixes="#all">

  <xsl:function name="tg:doubted" as="xs:boolean">
    <xsl:param name="cert" as="xs:string?"/>
    <xsl:variable name="value" select="normalize-space($cert)"/>
    <xsl:sequence select="$value = ('low', 'medium', 'unknown')
                          or ($value castable as xs:double and xs:double($value) lt 1)"/>
  </xsl:function>

  <xsl:function name="tg:proposed" as="xs:boolean">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="tokenize($el/@ana) = ('#review', '#' || $el/ancestor-or-self::*:TEI[1]/@xml:id || '.review')"/>
  </xsl:function>
</xsl:stylesheet>
