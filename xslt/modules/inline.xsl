<?xml version="1.0" encoding="UTF-8"?>
<!-- Rendering of TEI phrase-level constructs inside a block, shared by the web and
     print stylesheets (mode "inline"). Persons, places and dates go through the modes
     "entity" and "date", which an output overrides to link them its own way; the
     defaults here render marked-up text without links. Text is always output as text. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tg="urn:triglot:web"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:mode name="inline" on-no-match="text-only-copy"/>
  <xsl:mode name="entity" on-no-match="shallow-skip"/>
  <xsl:mode name="date" on-no-match="shallow-skip"/>
  <xsl:mode name="note-marker" on-no-match="shallow-skip"/>

  <xsl:template match="tei:persName[@tg:entry] | tei:placeName[@tg:entry] | tei:orgName[@tg:entry]" mode="inline">
    <xsl:apply-templates select="." mode="entity"/>
  </xsl:template>

  <xsl:template match="tei:persName | tei:placeName | tei:orgName" mode="entity">
    <span class="{local-name()}"><xsl:apply-templates mode="inline"/></span>
  </xsl:template>

  <xsl:template match="tei:persName | tei:placeName | tei:orgName" mode="inline">
    <span class="{local-name()}"><xsl:apply-templates mode="inline"/></span>
  </xsl:template>

  <xsl:template match="tei:date" mode="inline">
    <xsl:apply-templates select="." mode="date"/>
  </xsl:template>

  <xsl:template match="tei:date" mode="date">
    <time class="date">
      <xsl:if test="@when"><xsl:attribute name="datetime" select="@when"/></xsl:if>
      <xsl:apply-templates mode="inline"/>
    </time>
  </xsl:template>

  <!-- The source's error stays in the text; the editors' correction follows, marked. -->
  <xsl:template match="tei:choice[tei:sic and tei:corr]" mode="inline">
    <span class="choice">
      <xsl:apply-templates select="tei:sic" mode="inline"/>
      <span class="corr"> [<span class="label"><xsl:value-of select="tg:ui('corrected:')"/></span><xsl:text> </xsl:text>
        <xsl:apply-templates select="tei:corr/node()" mode="inline"/>]</span>
    </span>
  </xsl:template>

  <!-- Another choice (orig/reg, abbr/expan, as import-tei keeps them): the text as received, as in print. -->
  <xsl:template match="tei:choice" mode="inline">
    <xsl:apply-templates select="(tei:sic, tei:orig, tei:abbr, *)[1]" mode="inline"/>
  </xsl:template>

  <!-- A correction alone (import-tei: the source gives the editors' reading without the error it
       corrects): the editors' words, marked as theirs, never read as the witness's. -->
  <xsl:template match="tei:corr[not(parent::tei:choice)]" mode="inline">
    <span class="corr">[<span class="label"><xsl:value-of select="tg:ui('corrected:')"/></span><xsl:text> </xsl:text>
      <xsl:apply-templates mode="inline"/>]</span>
  </xsl:template>

  <!-- A stage direction inside a line or paragraph (import-tei): set apart from the words spoken, in
       italics as between blocks (site.css .stage). -->
  <xsl:template match="tei:stage" mode="inline">
    <span class="stage"><xsl:apply-templates mode="inline"/></span>
  </xsl:template>

  <xsl:template match="tei:sic" mode="inline">
    <span class="sic"><xsl:apply-templates mode="inline"/><span class="sic-mark"> [<xsl:value-of
        select="tg:ui('sic')"/>]</span></span>
  </xsl:template>

  <!-- What the editors supply stands in square brackets, and an omission is shown, never silent:
       as in print (print-inline.xsl). -->
  <xsl:template match="tei:supplied" mode="inline">
    <span class="supplied">[<xsl:apply-templates mode="inline"/>]</span>
  </xsl:template>

  <xsl:template match="tei:gap" mode="inline">
    <span class="gap">[…]</span>
  </xsl:template>

  <xsl:template match="tei:note" mode="inline">
    <xsl:apply-templates select="." mode="note-marker"/>
  </xsl:template>

  <xsl:template match="tei:note" mode="note-marker">
    <sup class="noteref">[<xsl:number level="any" count="tei:note[@tg:block or @corresp]"/>]</sup>
  </xsl:template>

  <xsl:template match="tei:foreign[@xml:lang]" mode="inline">
    <span lang="{@xml:lang}"><xsl:apply-templates mode="inline"/></span>
  </xsl:template>

  <xsl:template match="tei:title" mode="inline">
    <cite><xsl:apply-templates mode="inline"/></cite>
  </xsl:template>

  <xsl:template match="tei:hi" mode="inline">
    <xsl:element name="{if (contains(@rend, 'bold')) then 'strong' else 'em'}">
      <xsl:apply-templates mode="inline"/>
    </xsl:element>
  </xsl:template>

  <!-- Only targets the build judged safe (tg:href) become links. -->
  <xsl:template match="tei:ref[@tg:href] | tei:ptr[@tg:href]" mode="inline">
    <a href="{@tg:href}"><xsl:apply-templates mode="inline"/>
      <xsl:if test="self::tei:ptr"><xsl:value-of select="@tg:href"/></xsl:if></a>
  </xsl:template>

  <xsl:template match="tei:lb" mode="inline"><br/></xsl:template>

  <xsl:template match="tei:roleName | tei:idno | tei:biblScope | tei:citedRange | tei:signed
                       | tei:author | tei:publisher | tei:pubPlace | tei:fw | tei:quote | tei:seg"
                mode="inline">
    <span class="{local-name()}"><xsl:apply-templates mode="inline"/></span>
  </xsl:template>

  <xsl:template match="tei:signed" mode="inline" priority="1">
    <span class="signed"><xsl:apply-templates mode="inline"/></span><xsl:text> </xsl:text>
  </xsl:template>
</xsl:stylesheet>
