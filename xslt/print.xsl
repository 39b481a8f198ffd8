<?xml version="1.0" encoding="UTF-8"?>
<!--
  Print edition: one stylesheet, three parts of a book, chosen by the root of the input
  that triglot.print.book prepares (the edition is parsed once, in Python):
    b:book  -> the body (documents in parallel columns), laid out first;
    b:back  -> chronology and indexes, whose page numbers come from the laid-out body;
    b:front -> title page and contents, made last when every page number is known;
    b:furniture -> running heads and folios of the body's pages, laid out apart from the
                   text because the body is laid out in parts (triglot.print.parts).
  The output is XHTML for CSS Paged Media (WeasyPrint); the look is in print.css.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:t="http://www.tei-c.org/ns/1.0"
    xmlns:b="urn:triglot:print"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:import href="modules/print-common.xsl"/>
  <xsl:import href="modules/print-inline.xsl"/>
  <xsl:import href="modules/dashes.xsl"/>
  <xsl:import href="modules/print-body.xsl"/>
  <xsl:import href="modules/print-matter.xsl"/>
  <xsl:import href="modules/direction.xsl"/>
  <xsl:import href="modules/blocks.xsl"/>

  <xsl:output method="xhtml" html-version="5" encoding="UTF-8" indent="no"/>
  <xsl:mode on-no-match="shallow-skip"/>

  <!-- WeasyPrint breaks before a dash that opens an element even after an unbreakable run; a word
       joiner holds it there, and is written as no text (modules/dashes.xsl). -->
  <xsl:variable name="dash-opening-joiner" as="xs:string" select="'&#x2060;'"/>

  <!-- The languages of the book, in column order, e.g. "en ru hy". -->
  <xsl:param name="languages" as="xs:string" required="yes"/>

  <!-- A book with a right-to-left language is copied once more to give `dir` where the
       direction changes ($rtl-languages, modules/direction.xsl). -->
  <xsl:template match="/">
    <xsl:choose>
      <xsl:when test="$rtl-languages = ''"><xsl:call-template name="book"/></xsl:when>
      <xsl:otherwise>
        <xsl:variable name="book"><xsl:call-template name="book"/></xsl:variable>
        <xsl:apply-templates select="$book" mode="direction"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="book">
    <xsl:variable name="langs" as="xs:string+" select="tokenize($languages)"/>
    <html lang="{$langs[1]}" xml:lang="{$langs[1]}">
      <!-- a part that begins on a verso (furniture, contents continued): WeasyPrint takes
           the side of the first page from the root element's break-before, not the body's -->
      <xsl:if test="/*/@verso-start = 'true'"><xsl:attribute name="class" select="'verso-start'"/></xsl:if>
      <head>
        <meta charset="UTF-8"/>
        <title><xsl:value-of select="b:book-title(/*, $langs)"/></title>
        <xsl:for-each select="/*/b:editors/b:editor">
          <meta name="author" content="{.}"/>
        </xsl:for-each>
        <meta name="generator" content="triglot"/>
      </head>
      <xsl:apply-templates select="/*" mode="part">
        <xsl:with-param name="langs" select="$langs" tunnel="yes"/>
      </xsl:apply-templates>
    </html>
  </xsl:template>

  <xsl:template match="b:book" mode="part"><xsl:apply-templates select="." mode="body"/></xsl:template>
  <xsl:template match="b:back" mode="part"><xsl:apply-templates select="." mode="back"/></xsl:template>
  <xsl:template match="b:front" mode="part"><xsl:apply-templates select="." mode="front"/></xsl:template>
  <xsl:template match="b:furniture" mode="part"><xsl:apply-templates select="." mode="furniture"/></xsl:template>
</xsl:stylesheet>
