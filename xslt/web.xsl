<?xml version="1.0" encoding="UTF-8"?>
<!-- The web edition: one stylesheet for every page of the static site. The input is a
     page model built by triglot.web (tg:page, carrying an annotated TEI document on
     document pages); interface strings arrive as the $ui-strings document. Shared
     rendering of TEI constructs lives in modules/ and is imported by the print edition too. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tg="urn:triglot:web"
    xmlns:svg="http://www.w3.org/2000/svg"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:import href="modules/strings.xsl"/>
  <xsl:import href="modules/doubt.xsl"/>
  <xsl:import href="modules/inline.xsl"/>
  <xsl:import href="modules/dashes.xsl"/>
  <xsl:import href="modules/blocks.xsl"/>
  <xsl:import href="modules/direction.xsl"/>
  <xsl:include href="modules/web-layout.xsl"/>
  <xsl:include href="modules/web-document.xsl"/>
  <xsl:include href="modules/web-indexes.xsl"/>

  <!-- the right-to-left languages of the edition come with the interface strings (<strings rtl="fa">),
       which are part of every page's cache key -->
  <xsl:variable name="rtl-languages" as="xs:string" select="string($ui-strings/*/@rtl)"/>
  <!-- the interface language's quotation marks (CLDR's, i18n.quotation_marks), for a quotation
       written into the page in any language (web-indexes.xsl, context-line) -->
  <xsl:variable name="quote-start" as="xs:string" select="string($ui-strings/*/@quote-start)"/>
  <xsl:variable name="quote-end" as="xs:string" select="string($ui-strings/*/@quote-end)"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" include-content-type="no" indent="no"/>
  <xsl:mode on-no-match="shallow-skip"/>
</xsl:stylesheet>
