<?xml version="1.0" encoding="UTF-8"?>
<!--
  The edition's corpus file -> what the CMIF export could not say: persons and
  places of a letter without an authority URI in their register entry (or
  without an entry), and parts of a correspDesc CMIF has no place for. The
  export prints these as warnings and writes them beside the CMIF file.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tg="urn:triglot:web"
    xmlns:lib="https://w3id.org/triglot/ns/library"
    exclude-result-prefixes="#all">

  <xsl:import href="../modules/library-registers.xsl"/>
  <xsl:import href="../modules/doubt.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <xsl:mode on-no-match="shallow-skip"/>
  <xsl:mode name="gap" on-no-match="shallow-skip"/>

  <xsl:template match="/tei:teiCorpus">
    <gaps>
      <xsl:apply-templates select="tei:TEI/tei:teiHeader/tei:profileDesc/tei:correspDesc[not(tg:proposed(.))]" mode="gap"/>
    </gaps>
  </xsl:template>

  <xsl:template match="tei:correspDesc" mode="gap">
    <xsl:apply-templates select="tei:correspAction" mode="gap"/>
  </xsl:template>

  <xsl:template match="tei:correspAction[not(@type = ('sent', 'received'))]" mode="gap">
    <xsl:sequence select="lib:gap(., 'omitted', 'a correspAction of type ' || @type
                          || ' is omitted: CMIF records only sent and received')"/>
  </xsl:template>

  <xsl:template match="tei:correspAction" mode="gap">
    <xsl:apply-templates select="*" mode="gap"/>
    <xsl:for-each select="*[not(local-name() = $lib:cmif-parts)]">
      <xsl:sequence select="lib:gap(., 'omitted', local-name() || ' is omitted: CMIF has no place for it')"/>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="tei:persName | tei:placeName | tei:orgName" mode="gap">
    <xsl:variable name="entry" select="lib:entry(@ref, .)"/>
    <xsl:choose>
      <xsl:when test="not(@ref) and not(normalize-space())">
        <xsl:sequence select="lib:gap(., 'omitted', 'an empty ' || local-name() || ' names no one: CMIF leaves it out')"/>
      </xsl:when>
      <xsl:when test="not(@ref)">
        <xsl:sequence select="lib:gap(., 'no-entry', '&quot;' || normalize-space(.)
                              || '&quot; points at no register entry, so CMIF gets no authority URI')"/>
      </xsl:when>
      <xsl:when test="empty($entry)">
        <xsl:sequence select="lib:gap(., 'no-entry', @ref || ' resolves to no register entry')"/>
      </xsl:when>
      <xsl:when test="empty(lib:authority($entry))">
        <xsl:sequence select="lib:gap(., 'no-authority', @ref || ' (' || lib:name($entry, $lib:base)
                              || ') has no authority URI (idno) in its register entry')"/>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:roleName" mode="gap">
    <xsl:sequence select="lib:gap(., 'no-entry', '&quot;' || normalize-space(.)
                          || '&quot; is an office, not a register entry: CMIF gets the name without an authority URI')"/>
  </xsl:template>

  <!-- Dates are carried over whole; notes are left out by design (prose, not a party). -->
  <xsl:template match="tei:date | tei:note" mode="gap"/>

  <!-- One gap: the document, the correspDesc (by position), the element and what is missing.
       The element is numbered among its correspDesc's descendants in document order (cmif._line
       reads it so), counted inside the correspDesc alone: counted along the preceding axis, each
       gap walked the whole corpus before it, and the report took 3.6 s at 100 documents, 70 s at 500. -->
  <xsl:function name="lib:gap" as="element(gap)">
    <xsl:param name="el" as="element()"/>
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="message" as="xs:string"/>
    <xsl:variable name="desc" select="$el/ancestor-or-self::tei:correspDesc[1]"/>
    <gap kind="{$kind}" document="{$el/ancestor::tei:TEI[1]/@xml:id}"
         correspDesc="{count($desc/preceding-sibling::tei:correspDesc) + 1}"
         element="{count($desc/descendant::*[. &lt;&lt; $el]) + 1}"
         message="{$message}"/>
  </xsl:function>
</xsl:stylesheet>
