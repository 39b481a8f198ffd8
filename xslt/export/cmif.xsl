<?xml version="1.0" encoding="UTF-8"?>
<!--
  The edition's corpus file (teiCorpus) -> a CMIF file (Correspondence Metadata
  Interchange Format, version 2) listing every letter and telegram, i.e. every
  correspDesc of the documents' profileDesc, for correspSearch to harvest.
  Persons and places carry a ref only when their register entry has an
  authority URI; nothing is invented (xslt/export/cmif-report.xsl lists the gaps).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:lib="https://w3id.org/triglot/ns/library"
    xmlns:tg="urn:triglot:web"
    xmlns="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="xs tei lib tg">

  <xsl:import href="../modules/library-registers.xsl"/>
  <xsl:import href="../modules/doubt.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <!-- Where the CMIF file itself is published (CMIF: idno type="url"). -->
  <xsl:param name="cmif-url" as="xs:string" required="yes"/>
  <!-- The static id of the edition's bibl, which each correspDesc names as its source. -->
  <xsl:param name="bibl-id" as="xs:string" required="yes"/>
  <!-- When the file was last updated (CMIF: publicationStmt/date/@when as xsd:dateTime). -->
  <xsl:param name="updated" as="xs:string" required="yes"/>
  <!-- The editors' contact address, when a header gives one (CMIF: editor/email). -->
  <xsl:param name="editor-email" as="xs:string" select="''"/>

  <!-- The licence statement and URL the CMIF documentation makes mandatory (CC BY 4.0). -->
  <xsl:variable name="cmif-licence" as="xs:string"
      select="'This file is licensed under the terms of the Creative Commons License CC-BY 4.0'"/>
  <xsl:variable name="cmif-licence-url" as="xs:string" select="'https://creativecommons.org/licenses/by/4.0/'"/>

  <xsl:mode on-no-match="shallow-skip"/>
  <xsl:mode name="cmif" on-no-match="shallow-skip"/>

  <xsl:template match="/tei:teiCorpus">
    <xsl:variable name="header" select="tei:teiHeader/tei:fileDesc"/>
    <xsl:variable name="title" select="normalize-space($header/tei:titleStmt/tei:title[@type = 'main'][1])"/>
    <xsl:variable name="publisher" select="normalize-space($header/tei:publicationStmt/tei:publisher)"/>
    <TEI>
      <teiHeader>
        <fileDesc>
          <titleStmt>
            <title>Letters and telegrams in <xsl:value-of select="$title"/></title>
            <editor>
              <xsl:value-of select="$publisher"/>
              <xsl:if test="$editor-email"><email><xsl:value-of select="$editor-email"/></email></xsl:if>
            </editor>
          </titleStmt>
          <publicationStmt>
            <publisher><ref target="{$edition-uri}"><xsl:value-of select="$publisher"/></ref></publisher>
            <idno type="url"><xsl:value-of select="$cmif-url"/></idno>
            <date when="{$updated}"/>
            <availability>
              <licence target="{$cmif-licence-url}"><xsl:value-of select="$cmif-licence"/></licence>
            </availability>
          </publicationStmt>
          <sourceDesc>
            <bibl type="online" xml:id="{$bibl-id}"><xsl:value-of select="$title"/>. <xsl:value-of
                select="$publisher"/>. <ref target="{$edition-uri}"><xsl:value-of select="$edition-uri"/></ref></bibl>
          </sourceDesc>
        </fileDesc>
        <profileDesc>
          <xsl:apply-templates select="tei:TEI/tei:teiHeader/tei:profileDesc/tei:correspDesc[not(tg:proposed(.))]" mode="cmif"/>
        </profileDesc>
      </teiHeader>
      <text><body><p/></body></text>
    </TEI>
  </xsl:template>

  <!-- One letter or telegram: its URL in the edition is the document's URL # the part it describes. -->
  <xsl:template match="tei:correspDesc" mode="cmif">
    <xsl:variable name="doc-uri" select="normalize-space(ancestor::tei:TEI[1]/tei:teiHeader/tei:fileDesc
                                          /tei:publicationStmt/tei:idno[@type = 'URI'])"/>
    <xsl:variable name="target" select="tokenize(@corresp)[starts-with(., '#')][1]"/>
    <correspDesc ref="{$doc-uri}{$target}" source="#{$bibl-id}">
      <xsl:apply-templates select="tei:correspAction[@type = ('sent', 'received')]" mode="cmif"/>
    </correspDesc>
  </xsl:template>

  <!-- An action with nothing CMIF can carry is left out (CMIF requires one part or more). -->
  <xsl:template match="tei:correspAction" mode="cmif">
    <xsl:variable name="parts" as="element()*"><xsl:apply-templates select="*" mode="cmif"/></xsl:variable>
    <xsl:if test="exists($parts)">
      <correspAction type="{@type}"><xsl:sequence select="$parts"/></correspAction>
    </xsl:if>
  </xsl:template>

  <!-- An empty name without a ref (a source's "<persName/>" for a recipient it does not know)
       names no one: it was written as an empty persName, and the report called it "". -->
  <xsl:template match="(tei:persName | tei:orgName | tei:placeName | tei:roleName)[not(@ref)][not(normalize-space())]"
                mode="cmif" priority="2"/>

  <!-- A person: the register's English name; ref only for an authority URI. -->
  <xsl:template match="tei:persName" mode="cmif">
    <xsl:variable name="entry" select="lib:entry(@ref, .)"/>
    <persName>
      <xsl:for-each select="lib:authority($entry)"><xsl:attribute name="ref" select="."/></xsl:for-each>
      <xsl:sequence select="lib:cmif-cert(.)"/>
      <xsl:value-of select="(lib:name($entry, $lib:base), normalize-space(.))[.][1]"/>
    </persName>
  </xsl:template>

  <!-- A recipient known only by office ("Diplomatic Representative of Armenia in Georgia"). -->
  <xsl:template match="tei:roleName" mode="cmif">
    <persName><xsl:sequence select="lib:cmif-cert(.)"/><xsl:value-of select="normalize-space(.)"/></persName>
  </xsl:template>

  <xsl:template match="tei:orgName" mode="cmif">
    <xsl:variable name="entry" select="lib:entry(@ref, .)"/>
    <orgName>
      <xsl:for-each select="lib:authority($entry)"><xsl:attribute name="ref" select="."/></xsl:for-each>
      <xsl:sequence select="lib:cmif-cert(.)"/>
      <xsl:value-of select="(lib:name($entry, $lib:base), normalize-space(.))[.][1]"/>
    </orgName>
  </xsl:template>

  <xsl:template match="tei:placeName" mode="cmif">
    <xsl:variable name="entry" select="lib:entry(@ref, .)"/>
    <placeName>
      <xsl:for-each select="lib:authority($entry)"><xsl:attribute name="ref" select="."/></xsl:for-each>
      <xsl:sequence select="lib:cmif-cert(.)"/>
      <xsl:value-of select="(lib:name($entry, $lib:base), normalize-space(.))[.][1]"/>
    </placeName>
  </xsl:template>

  <!-- A note on an action is prose about it, not a party to it: CMIF leaves it out. -->
  <xsl:template match="tei:note" mode="cmif"/>

  <!-- A date with no value (a day whose year the text never states, kept for review) says nothing a
       harvester can read: it is left out, never written as an empty <date/>. -->
  <xsl:template match="tei:date[not(@when | @from | @to | @notBefore | @notAfter)]" mode="cmif" priority="1"/>

  <!-- Dates: the normalised values only (CMIF allows one of when, or a from/to, notBefore/notAfter range). -->
  <xsl:template match="tei:date" mode="cmif">
    <date>
      <xsl:copy-of select="@when | @from | @to | @notBefore | @notAfter"/>
      <xsl:sequence select="lib:cmif-cert(.)"/>
    </date>
  </xsl:template>

  <!-- CMIF says "uncertain" in one way only, cert="low" (its schema allows no other value): a TEI
       cert of low, medium or unknown, or a probability below 1 (tg:doubted), is uncertain and becomes low; high is the editors' confidence
       and is left out. Copied as it was, cert="high" made the file invalid, and a name's cert was
       dropped, giving a doubtful correspondent as certain. -->
  <xsl:function name="lib:cmif-cert" as="attribute()?">
    <xsl:param name="el" as="element()"/>
    <xsl:if test="tg:doubted($el/@cert)">
      <xsl:attribute name="cert" select="'low'"/>
    </xsl:if>
  </xsl:function>
</xsl:stylesheet>
