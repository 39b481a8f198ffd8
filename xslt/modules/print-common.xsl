<?xml version="1.0" encoding="UTF-8"?>
<!-- Print edition: lookups shared by every part of a book (interface strings, note labels). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:t="http://www.tei-c.org/ns/1.0"
    xmlns:b="urn:triglot:print"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:key name="ui" match="b:strings/b:s" use="@key || '|' || @lang"/>

  <!-- An interface string in `lang`, as the Python side took it from the print catalog. -->
  <xsl:function name="b:ui" as="xs:string">
    <xsl:param name="context" as="node()"/>
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:variable name="found" select="key('ui', $key || '|' || $lang, root($context))"/>
    <xsl:if test="empty($found)">
      <xsl:message terminate="yes">print: no interface string <xsl:value-of select="$key"/> for <xsl:value-of select="$lang"/></xsl:message>
    </xsl:if>
    <xsl:sequence select="string($found[1])"/>
  </xsl:function>

  <!--
    The same string in every language of the book, joined: "Contents · Содержание", each
    in a span of its language so that the tagged PDF reads every part with its own rules.
  -->
  <xsl:function name="b:ui-all" as="node()*">
    <xsl:param name="context" as="node()"/>
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="langs" as="xs:string+"/>
    <xsl:for-each-group select="$langs" group-by="b:ui($context, $key, .)">
      <xsl:if test="position() gt 1"><xsl:text> · </xsl:text></xsl:if>
      <span lang="{current-group()[1]}"><xsl:value-of select="current-grouping-key()"/></span>
    </xsl:for-each-group>
  </xsl:function>

  <xsl:function name="b:book-title" as="xs:string">
    <xsl:param name="context" as="node()"/>
    <xsl:param name="langs" as="xs:string+"/>
    <xsl:sequence select="b:ui($context, 'book-title', $langs[1])"/>
  </xsl:function>

  <!-- The base language of the edition (its settings): the first column of every book. -->
  <xsl:param name="base" as="xs:string" required="yes"/>

  <!--
    Footnote labels: each language has its own series so that notes of several columns
    can share one footnote area (1 2 3 for the base text; the letters of each translation
    language come from the settings, print.note-labels, as "ru:абв… hy:աբգ…").
  -->
  <xsl:param name="note-labels" as="xs:string" select="''"/>
  <xsl:variable name="b:letters" as="map(xs:string, xs:string)" select="map:merge(
      for $pair in tokenize($note-labels) return map{substring-before($pair, ':'): substring-after($pair, ':')})"/>

  <xsl:function name="b:note-label" as="xs:string">
    <xsl:param name="n" as="xs:integer"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:variable name="letters" select="$b:letters($lang)"/>
    <xsl:choose>
      <xsl:when test="empty($letters)"><xsl:sequence select="string($n)"/></xsl:when>
      <xsl:otherwise>
        <xsl:variable name="size" select="string-length($letters)"/>
        <xsl:variable name="letter" select="substring($letters, ($n - 1) mod $size + 1, 1)"/>
        <xsl:sequence select="string-join((1 to ($n - 1) idiv $size + 1) ! $letter)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- Page ranges of the back matter, each a link to its first page: 5–6, 9. -->
  <xsl:template match="b:pages" mode="pages">
    <xsl:for-each select="b:r">
      <xsl:if test="position() gt 1"><xsl:text>, </xsl:text></xsl:if>
      <a href="#page-{@from}">
        <xsl:value-of select="if (@from = @to) then @from else @from || '–' || @to"/>
      </a>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
