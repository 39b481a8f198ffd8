<?xml version="1.0" encoding="UTF-8"?>
<!--
  Print edition: the text inside a block. Wrappers are emitted only where they carry
  style (italics, signatures) or an anchor (names, read back for the indexes), because
  every inline box changes how WeasyPrint breaks lines.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:t="http://www.tei-c.org/ns/1.0"
    xmlns:b="urn:triglot:print"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:mode name="inline" on-no-match="text-only-copy"/>

  <xsl:key name="block" match="t:div[@type='base']//t:*[@xml:id]" use="@xml:id"/>

  <!-- A mention of a register entry: its anchor "ix.psn.ID.N" tells the index its page. -->
  <xsl:template match="t:persName[@ref] | t:placeName[@ref]" mode="inline">
    <xsl:variable name="ref" select="tokenize(@ref)[1]"/>
    <span id="ix.{substring-before($ref, ':')}.{substring-after($ref, ':')}.{generate-id()}">
      <xsl:apply-templates mode="inline"/>
    </span>
  </xsl:template>

  <!-- An error of the source and its correction, as documentary editions print it. -->
  <xsl:template match="t:choice[t:sic and t:corr]" mode="inline">
    <xsl:apply-templates select="t:sic/node()" mode="inline"/>
    <xsl:text> [</xsl:text><i>recte</i><xsl:text> </xsl:text>
    <xsl:apply-templates select="t:corr/node()" mode="inline"/>
    <xsl:text>]</xsl:text>
  </xsl:template>

  <xsl:template match="t:choice" mode="inline">
    <xsl:apply-templates select="(t:sic, t:orig, t:abbr, *)[1]" mode="inline"/>
  </xsl:template>

  <xsl:template match="t:sic[not(parent::t:choice)]" mode="inline">
    <xsl:apply-templates mode="inline"/>
    <xsl:text> [</xsl:text><i>sic</i><xsl:text>]</xsl:text>
  </xsl:template>

  <xsl:template match="t:supplied" mode="inline">
    <xsl:text>[</xsl:text><xsl:apply-templates mode="inline"/><xsl:text>]</xsl:text>
  </xsl:template>

  <xsl:template match="t:gap" mode="inline"><xsl:text>[…]</xsl:text></xsl:template>

  <xsl:template match="t:title[@level = ('m', 'j', 's')] | t:hi[contains(@rend, 'italic')] | t:emph"
                mode="inline">
    <i><xsl:apply-templates mode="inline"/></i>
  </xsl:template>

  <xsl:template match="t:foreign" mode="inline">
    <i lang="{@xml:lang}"><xsl:apply-templates mode="inline"/></i>
  </xsl:template>

  <!--
    A run in another language than its passage (a Russian title cited in the English text)
    keeps its language, for hyphenation and for the language of the tagged PDF.
  -->
  <xsl:template match="t:*[@xml:lang][not(self::t:foreign)]" mode="inline" priority="10">
    <span lang="{@xml:lang}"><xsl:next-match/></span>
  </xsl:template>

  <xsl:template match="t:lb" mode="inline"><br/></xsl:template>

  <xsl:template match="t:signed" mode="inline">
    <span class="signed"><xsl:apply-templates mode="inline"/></span>
  </xsl:template>

  <!--
    Editorial notes become footnotes. A word joiner keeps the call on the line of the
    word it follows; labels are per language (see b:note-label).
  -->
  <xsl:template match="t:div[@type='base']//t:note" mode="inline">
    <xsl:variable name="n" as="xs:integer">
      <xsl:number level="any" count="t:note" from="t:div[@type='base']"/>
    </xsl:variable>
    <xsl:text>&#x2060;</xsl:text>
    <span class="fn" lang="{$base}" data-n="{b:note-label($n, $base)}">
      <xsl:apply-templates mode="inline"/>
    </span>
  </xsl:template>

  <xsl:template match="t:div[@type='translation']//t:note" mode="inline">
    <xsl:variable name="lang" select="ancestor::t:div[@type='translation']/@xml:lang"/>
    <xsl:variable name="english" select="key('block', substring(@corresp, 2))"/>
    <xsl:variable name="n" as="xs:integer">
      <xsl:number select="$english" level="any" count="t:note" from="t:div[@type='base']"/>
    </xsl:variable>
    <xsl:text>&#x2060;</xsl:text>
    <span class="fn" lang="{$lang}" data-n="{b:note-label($n, $lang)}">
      <xsl:choose>
        <xsl:when test="b:state(.) = 'untranslated'">
          <xsl:attribute name="class">fn missing</xsl:attribute>
          <xsl:value-of select="b:ui(., 'Note not yet translated', $lang)"/>
        </xsl:when>
        <xsl:otherwise><xsl:apply-templates mode="inline"/></xsl:otherwise>
      </xsl:choose>
    </span>
  </xsl:template>

  <!-- untranslated, draft or reviewed (as triglot.edition.slot_state reads @ana). -->
  <xsl:function name="b:state" as="xs:string">
    <xsl:param name="slot" as="element()?"/>
    <xsl:sequence select="(tokenize($slot/@ana) ! substring-after(., '#')
                           [. = ('untranslated', 'draft', 'reviewed')], 'untranslated')[1]"/>
  </xsl:function>
</xsl:stylesheet>
