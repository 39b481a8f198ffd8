<?xml version="1.0" encoding="UTF-8"?>
<!--
  A TEI file of the edition (document, register or the corpus) -> the same file with
  its header(s) at TEI in Libraries Level 4 (Best Practices v4), for the export.

  The edition's own headers serve the web, print and editing tools (msDesc, bibl of
  the seed); the practice wants one biblStruct as the source, a tagsDecl, the level
  declared and a few forms of dates and attributes. So the export rewrites the
  headers and leaves the text untouched; the parts derived from the text (the
  tagUsage of divisions) are computed here, so they stay current as the text changes.
  Checked by the rules derived from the practice's ODDs (src/triglot/library/bptl.py).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tg="urn:triglot:web"
    xmlns="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="xs tei tg">

  <xsl:import href="../modules/doubt.xsl"/>
  <xsl:output method="xml" encoding="UTF-8"/>
  <xsl:param name="level4" as="xs:string" select="'bptl:L4-v4.0.0'"/>
  <xsl:param name="level5" as="xs:string" select="'bptl:L5-v4.0.0'"/>
  <!-- The practice's own prefix definition (BPTL.required.prefixDef of bptl-header.odd). -->
  <xsl:variable name="bptl-match" select="'L([1-5])-v(\d+\.\d+\.\d+[aαβb]?)'"/>
  <xsl:variable name="bptl-replacement" select="'http://www.tei-c.org/SIG/Libraries/teiinlibraries/$2/'"/>

  <xsl:mode on-no-match="shallow-copy"/>
  <xsl:mode name="source" on-no-match="shallow-skip"/>

  <xsl:template match="tei:teiHeader">
    <xsl:copy>
      <xsl:apply-templates select="@* except @type"/>
      <xsl:attribute name="xml:lang" select="(@xml:lang, ../@xml:lang, tei:profileDesc/tei:langUsage/tei:language[1]/@ident, 'und')[1]"/>
      <xsl:apply-templates select="tei:fileDesc"/>
      <xsl:apply-templates select="tei:encodingDesc"/>
      <xsl:if test="not(tei:encodingDesc)"><xsl:call-template name="encodingDesc"/></xsl:if>
      <xsl:apply-templates select="tei:profileDesc, tei:revisionDesc"/>
    </xsl:copy>
  </xsl:template>

  <!-- Dates of publication: the machine-readable @when only. -->
  <xsl:template match="tei:publicationStmt/tei:date[@when]">
    <date when="{@when}"/>
  </xsl:template>

  <!-- A letter's correspDesc that encode proposed and the editor has not reviewed (ana="#review") is
       the toolkit's guess, not the edition's statement: a library is not given it. -->
  <xsl:template match="tei:profileDesc/tei:correspDesc[tg:proposed(.)]"/>

  <!-- @status of availability is not among the practice's attributes; the licence says it. -->
  <xsl:template match="tei:teiHeader//tei:availability/@status"/>

  <!-- @source of a licence (the document's own licence, its source's: ENCODING.md "Files") is not among
       the practice's attributes either; the licence itself, its URL and words, is kept. -->
  <xsl:template match="tei:teiHeader//tei:availability/tei:licence/@source"/>

  <!-- The source: one biblStruct. -->
  <xsl:template match="tei:sourceDesc">
    <xsl:copy>
      <xsl:apply-templates select="@*"/>
      <xsl:choose>
        <xsl:when test="tei:biblStruct and count(*) = 1"><xsl:apply-templates select="tei:biblStruct"/></xsl:when>
        <xsl:when test="tei:bibl | tei:biblStruct">
          <xsl:apply-templates select="(tei:bibl | tei:biblStruct)[1]" mode="source">
            <xsl:with-param name="originals" select="tei:msDesc"/>
          </xsl:apply-templates>
        </xsl:when>
        <xsl:otherwise><xsl:call-template name="born-digital"/></xsl:otherwise>
      </xsl:choose>
    </xsl:copy>
  </xsl:template>

  <!-- A citation of the text received (a web page, a book): analytic for an article-level title. -->
  <xsl:template match="tei:bibl" mode="source">
    <xsl:param name="originals" as="element()*" select="()"/>
    <xsl:variable name="article" select="tei:title[@level = 'a']"/>
    <biblStruct>
      <xsl:copy-of select="@xml:id | @type"/>
      <xsl:if test="$article">
        <analytic>
          <xsl:apply-templates select="tei:author | tei:editor"/>
          <xsl:for-each select="$article"><xsl:call-template name="title"/></xsl:for-each>
        </analytic>
      </xsl:if>
      <monogr>
        <xsl:if test="not($article)"><xsl:apply-templates select="tei:author | tei:editor"/></xsl:if>
        <xsl:for-each select="tei:title except $article"><xsl:call-template name="title"/></xsl:for-each>
        <xsl:if test="$article and not(tei:title except $article)">
          <title type="main">[<xsl:value-of select="(tei:publisher, 'website or book not named in the source')[1] ! normalize-space(.)"/>]</title>
        </xsl:if>
        <xsl:apply-templates select="tei:idno"/>
        <xsl:call-template name="imprint"/>
      </monogr>
      <xsl:apply-templates select="tei:note"/>
      <xsl:for-each select="tei:biblScope">
        <citedRange><xsl:apply-templates select="@* | node()"/></citedRange>
      </xsl:for-each>
      <xsl:for-each select="tei:relatedItem[tei:bibl]">
        <relatedItem><xsl:copy-of select="@type | @xml:id"/><xsl:apply-templates select="tei:bibl" mode="source"/></relatedItem>
      </xsl:for-each>
      <xsl:apply-templates select="$originals" mode="source"/>
    </biblStruct>
  </xsl:template>

  <!-- An archival original: a related item, unpublished (level u), with its repository, shelfmark and folios. -->
  <xsl:template match="tei:msDesc" mode="source">
    <xsl:variable name="id" select="tei:msIdentifier"/>
    <relatedItem type="original">
      <xsl:copy-of select="@xml:id"/>
      <biblStruct>
        <monogr>
          <xsl:apply-templates select="tei:msContents/tei:msItem/tei:author"/>
          <xsl:for-each select="tei:msContents/tei:msItem/tei:title">
            <title type="main" level="u"><xsl:apply-templates select="@xml:lang | node()"/></title>
          </xsl:for-each>
          <xsl:for-each select="$id/tei:repository">
            <idno type="repository"><xsl:value-of select="normalize-space(.)"/></idno>
          </xsl:for-each>
          <xsl:for-each select="$id/tei:idno">
            <idno><xsl:copy-of select="@type"/><xsl:value-of select="normalize-space(.)"/></idno>
          </xsl:for-each>
          <imprint>
            <xsl:for-each select="$id/tei:settlement">
              <pubPlace><xsl:apply-templates select="."/></pubPlace>
            </xsl:for-each>
            <xsl:if test="not($id/tei:settlement)"><pubPlace>[s.l.]</pubPlace></xsl:if>
            <publisher>[s.n.]</publisher>
          </imprint>
        </monogr>
        <xsl:for-each select="tei:physDesc[tei:objectDesc/@form or */tei:p or tei:additions]">
          <note type="physDesc">
            <xsl:value-of select="string-join((tei:objectDesc/@form ! ('Form: ' || . || '.'),
                                               (tei:typeDesc, tei:handDesc, tei:additions) ! normalize-space(.)), ' ')"/>
          </note>
        </xsl:for-each>
        <xsl:apply-templates select="tei:additional/tei:adminInfo/tei:note"/>
        <xsl:for-each select="tei:msContents/tei:msItem/tei:locus">
          <citedRange unit="folio"><xsl:copy-of select="@from | @to"/><xsl:value-of select="normalize-space(.)"/></citedRange>
        </xsl:for-each>
        <xsl:for-each select="tei:additional/tei:listBibl/tei:bibl">
          <relatedItem type="edition"><xsl:apply-templates select="." mode="source"/></relatedItem>
        </xsl:for-each>
      </biblStruct>
    </relatedItem>
  </xsl:template>

  <!-- A title in a structured citation must have a type; an article title is level a. -->
  <xsl:template name="title">
    <title type="{(@type, 'main')[1]}">
      <xsl:apply-templates select="@* except @type | node()"/>
    </title>
  </xsl:template>

  <!-- Imprint: what the citation says, with the cataloguers' [s.l.] / [s.n.] where it says nothing. -->
  <xsl:template name="imprint">
    <imprint>
      <xsl:apply-templates select="tei:pubPlace | tei:publisher"/>
      <xsl:apply-templates select="tei:date[@when or (@notBefore and @notAfter)]"/>
      <xsl:for-each select="tei:date[not(@when or (@notBefore and @notAfter))][@from and @to]">
        <date notBefore="{@from}" notAfter="{@to}"><xsl:apply-templates/></date>
      </xsl:for-each>
      <xsl:if test="not(tei:pubPlace | tei:publisher | tei:date)">
        <pubPlace>[s.l.]</pubPlace>
        <publisher>[s.n.]</publisher>
      </xsl:if>
    </imprint>
  </xsl:template>

  <!-- A born-digital file (a register, the corpus): it is its own source. -->
  <xsl:template name="born-digital">
    <xsl:variable name="file" select="ancestor::tei:fileDesc"/>
    <biblStruct type="born-digital">
      <monogr>
        <xsl:for-each select="$file/tei:titleStmt/tei:title[@type = 'main']">
          <title type="main"><xsl:apply-templates select="@xml:lang | node()"/></title>
        </xsl:for-each>
        <xsl:for-each select="$file/tei:publicationStmt/tei:idno[@type = 'URI']">
          <idno type="URI"><xsl:value-of select="normalize-space(.)"/></idno>
        </xsl:for-each>
        <imprint>
          <xsl:apply-templates select="$file/tei:publicationStmt/tei:publisher"/>
          <xsl:for-each select="$file/tei:publicationStmt/tei:date[@when]"><date when="{@when}"/></xsl:for-each>
        </imprint>
      </monogr>
      <xsl:for-each select="tei:p">
        <note><xsl:apply-templates select="node()"/></note>
      </xsl:for-each>
    </biblStruct>
  </xsl:template>

  <!-- encodingDesc in the practice's order, with the level declared, tagsDecl and the bptl prefix. -->
  <xsl:template match="tei:encodingDesc" name="encodingDesc">
    <encodingDesc>
      <!-- Called from a teiHeader that has no encodingDesc too: only an encodingDesc's own attributes. -->
      <xsl:apply-templates select="self::tei:encodingDesc/@*"/>
      <xsl:apply-templates select="tei:projectDesc"/>
      <schemaRef url="{$level4}"><desc>The header follows Best Practices for TEI in Libraries, Level 4.</desc></schemaRef>
      <schemaRef url="{$level5}"><desc>The text is encoded at Level 5 (TEI P5 without restriction).</desc></schemaRef>
      <xsl:apply-templates select="tei:editorialDecl"/>
      <xsl:call-template name="tagsDecl"/>
      <xsl:apply-templates select="tei:refsDecl, tei:classDecl, tei:samplingDecl, tei:appInfo"/>
      <xsl:apply-templates select="self::tei:encodingDesc/* except (tei:projectDesc, tei:schemaRef, tei:editorialDecl, tei:tagsDecl,
                                              tei:refsDecl, tei:classDecl, tei:samplingDecl, tei:appInfo, tei:listPrefixDef)"/>
      <listPrefixDef>
        <prefixDef ident="bptl" matchPattern="{$bptl-match}" replacementPattern="{$bptl-replacement}">
          <p>Levels and versions of Best Practices for TEI in Libraries.</p>
        </prefixDef>
        <xsl:apply-templates select="tei:listPrefixDef/*"/>
      </listPrefixDef>
    </encodingDesc>
  </xsl:template>

  <!-- How the text is divided, as the practice asks: computed from the text itself. -->
  <xsl:template name="tagsDecl">
    <xsl:variable name="text" select="ancestor::tei:TEI[1]/tei:text"/>
    <tagsDecl>
      <namespace name="http://www.tei-c.org/ns/1.0">
        <xsl:choose>
          <xsl:when test="$text//tei:div"><tagUsage gi="div">Unnumbered divs used.</tagUsage></xsl:when>
          <xsl:when test="$text//tei:div1"><tagUsage gi="div1">Numbered divs used.</tagUsage></xsl:when>
          <xsl:otherwise><tagUsage gi="sourceDoc">Logical divisions not encoded.</tagUsage></xsl:otherwise>
        </xsl:choose>
      </namespace>
    </tagsDecl>
  </xsl:template>
</xsl:stylesheet>
