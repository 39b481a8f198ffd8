<?xml version="1.0" encoding="UTF-8"?>
<!--
  One TEI document -> its Dublin Core record, as an OAI-PMH provider serves it
  (oai_dc). Every field comes from the TEI header; the registers supply the
  inverted name forms of persons ("Surname, Forename").
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:lib="https://w3id.org/triglot/ns/library"
    xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    exclude-result-prefixes="xs tei lib">

  <xsl:import href="../modules/library-registers.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <!-- The date of the document's own text (W3CDTF; a range "start/end", EDTF), from
       triglot.library.document_date; "" for an undated document. -->
  <xsl:param name="text-date" as="xs:string" select="''"/>
  <!-- A title the editors devised for a document whose own is still to be supplied ("[Treaty,
       August 10, 1920]", triglot.devised_title), in the base language; "" for a titled one. DC has
       no mark for a devised title: its square brackets, as cataloguers write one, say it. -->
  <xsl:param name="devised-title" as="xs:string" select="''"/>
  <!-- The label of a source's page and pages, in the base language (the print catalog's "p. {page}"
       and "pp. {pages}", passed by triglot.library.dublin_core). -->
  <xsl:param name="page-label" as="xs:string" select="'p. {page}'"/>
  <xsl:param name="pages-label" as="xs:string" select="'pp. {pages}'"/>

  <xsl:mode on-no-match="shallow-skip"/>
  <xsl:mode name="agent" on-no-match="shallow-skip"/>
  <xsl:mode name="source" on-no-match="shallow-skip"/>

  <xsl:template match="/tei:TEI">
    <xsl:variable name="file" select="tei:teiHeader/tei:fileDesc"/>
    <oai_dc:dc xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd">
      <xsl:for-each select="$file/tei:titleStmt/tei:title[@type = 'main'][not(tei:gap)]">
        <dc:title xml:lang="{@xml:lang}"><xsl:value-of select="normalize-space(.)"/></dc:title>
      </xsl:for-each>
      <xsl:if test="$devised-title != ''">
        <dc:title xml:lang="{@xml:lang}"><xsl:value-of select="$devised-title"/></dc:title>
      </xsl:if>
      <xsl:for-each select="distinct-values($file/tei:titleStmt/tei:author ! lib:agent(.))">
        <dc:creator><xsl:value-of select="."/></dc:creator>
      </xsl:for-each>
      <xsl:for-each select="distinct-values($file/tei:titleStmt/(tei:editor | tei:respStmt) ! lib:agent(.))">
        <dc:contributor><xsl:value-of select="."/></dc:contributor>
      </xsl:for-each>
      <xsl:for-each select="$file/tei:publicationStmt/tei:publisher">
        <dc:publisher><xsl:value-of select="normalize-space(.)"/></dc:publisher>
      </xsl:for-each>
      <!-- First the date of the text (a letter of 1805), then the edition's publication. -->
      <xsl:if test="$text-date != ''">
        <dc:date><xsl:value-of select="$text-date"/></dc:date>
      </xsl:if>
      <xsl:for-each select="$file/tei:publicationStmt/tei:date">
        <dc:date><xsl:value-of select="(@when, normalize-space(.))[1]"/></dc:date>
      </xsl:for-each>
      <!-- The languages of the text: the base text's and those of its translations begun (ISO 639-1). -->
      <xsl:for-each select="lib:text-languages(.)">
        <dc:language><xsl:value-of select="."/></dc:language>
      </xsl:for-each>
      <xsl:for-each select="$file/tei:publicationStmt/tei:idno[@type = 'URI']">
        <dc:identifier><xsl:value-of select="normalize-space(.)"/></dc:identifier>
      </xsl:for-each>
      <!-- the licence's URL; when the header says what a licence covers (a public-domain source text's
           mark, the edition's licence beside it for its translations and notes), what it covers, its name,
           its reason and its URL -->
      <xsl:for-each select="$file/tei:publicationStmt/tei:availability/tei:licence[@target]">
        <xsl:variable name="covers" select="lib:licence-covers(.)"/>
        <dc:rights>
          <xsl:value-of select="if (exists($covers)) then concat($covers, ': ', lib:licence-statement(.), ' (', @target, ')')
                                else string(@target)"/>
        </dc:rights>
      </xsl:for-each>
      <xsl:apply-templates select="$file/tei:sourceDesc/*" mode="source"/>
      <xsl:for-each select="$file/tei:titleStmt/tei:title[@type = 'desc']">
        <dc:description xml:lang="{(@xml:lang, /*/@xml:lang)[1]}"><xsl:value-of select="normalize-space(.)"/></dc:description>
      </xsl:for-each>
      <!-- what each language is and whether its translation is a draft (the MODS record's language note) -->
      <xsl:variable name="header-lang" select="(tei:teiHeader/@xml:lang, @xml:lang)[1]"/>
      <xsl:for-each select="lib:language-note(.)">
        <dc:description xml:lang="{$header-lang}"><xsl:value-of select="."/></dc:description>
      </xsl:for-each>
      <dc:type>Text</dc:type>
      <dc:format>application/tei+xml</dc:format>
      <dc:relation><xsl:value-of select="$edition-uri"/></dc:relation>
    </oai_dc:dc>
  </xsl:template>

  <!-- A person or body responsible: the register's "Surname, Forename" where there is one. -->
  <xsl:function name="lib:agent" as="xs:string*">
    <xsl:param name="holder" as="element()"/>
    <xsl:variable name="names" select="$holder/(tei:persName | tei:orgName | tei:name)"/>
    <xsl:sequence select="if (exists($names))
                          then $names ! (lib:sort-name(lib:entry(@ref, .)), normalize-space(.))[.][1]
                          else normalize-space(string-join($holder//text()[not(ancestor::tei:gap)], ''))[.]"/>
  </xsl:function>

  <!-- The source text the edition encodes, and the sources that text itself names. -->
  <xsl:template match="tei:bibl" mode="source">
    <!-- a source still to be supplied (encode's gaps) cites nothing: no empty dc:source -->
    <xsl:variable name="citation" select="lib:citation(.)"/>
    <xsl:if test="normalize-space($citation)">
      <dc:source><xsl:value-of select="$citation"/></dc:source>
    </xsl:if>
    <xsl:apply-templates select="tei:relatedItem[@type = 'source']/tei:bibl" mode="source"/>
  </xsl:template>

  <!-- An archival document: repository, fond/opis/delo and folios. -->
  <xsl:template match="tei:msDesc" mode="source">
    <xsl:variable name="id" select="tei:msIdentifier"/>
    <dc:source>
      <xsl:value-of select="string-join((
          ($id/tei:settlement, $id/tei:repository) ! normalize-space(.),
          $id/tei:idno ! (@type || ' ' || normalize-space(.)),
          tei:msContents/tei:msItem/tei:locus ! normalize-space(.)), ', ')"/>
    </dc:source>
  </xsl:template>

  <!-- Where in the source the text is (journey 25: Rowe's chronicle, page 442, was left out of
       dc:source): a page or pages given as bare numbers with their label, anything else as written. -->
  <xsl:function name="lib:scope" as="xs:string">
    <xsl:param name="scope" as="element(tei:biblScope)"/>
    <xsl:variable name="said" select="lib:said($scope)"/>
    <xsl:variable name="pages" select="'^([0-9ivxlcdm]+)\s*[-&#x2013;&#x2014;]\s*([0-9ivxlcdm]+)$'"/>
    <xsl:sequence select="
      if (not($scope/@unit = ('page', 'pp'))) then $said
      else if (matches($said, '^[0-9ivxlcdm]+$', 'i')) then replace($page-label, '\{page\}', $said)
      else if (matches($said, $pages, 'i'))
        then replace($pages-label, '\{pages\}', replace($said, $pages, '$1&#x2013;$2', 'i'))
      else $said"/>
  </xsl:function>

  <xsl:function name="lib:citation" as="xs:string">
    <xsl:param name="bibl" as="element(tei:bibl)"/>
    <xsl:variable name="parts" select="(
        string-join($bibl/tei:author ! lib:said(.), '; ')[.],
        $bibl/tei:title ! lib:said(.),
        $bibl/(tei:pubPlace, tei:publisher) ! lib:said(.),
        $bibl/tei:date ! (@when, lib:said(.))[.][1],
        $bibl/tei:biblScope ! lib:scope(.))[.]"/>
    <xsl:sequence select="string-join($parts ! (if (ends-with(., '.')) then . else . || '.'), ' ')"/>
  </xsl:function>
</xsl:stylesheet>
