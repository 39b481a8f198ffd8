<?xml version="1.0" encoding="UTF-8"?>
<!--
  TEI -> MODS 3.7, the record library catalogues ingest beside Dublin Core.
  A document (TEI) gives one record: its titles in every language (with the
  language and script), its authors, editors and translators with their MARC
  relator roles and, where the register has one, an authority URI; the
  publication; the archival originals (repository, shelfmark, folios, form)
  and the published sources as related items. The corpus file (teiCorpus)
  gives the record of the edition, with every document as a constituent.
  Checked against the bundled MODS 3.7 schema (src/triglot/library/mods/).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:lib="https://w3id.org/triglot/ns/library"
    xmlns:xlink="http://www.w3.org/1999/xlink"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:array="http://www.w3.org/2005/xpath-functions/array"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xmlns:tg="urn:triglot:web"
    xmlns="http://www.loc.gov/mods/v3"
    exclude-result-prefixes="xs tei lib map array tg">

  <xsl:import href="../modules/library-registers.xsl"/>
  <xsl:import href="../modules/doubt.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <!-- The date the record is made (w3cdtf), reproducible: SOURCE_DATE_EPOCH or the publication date. -->
  <xsl:param name="record-date" as="xs:string" required="yes"/>
  <!-- The edition's titles (JSON: language -> title, the base language's first in the settings),
       for each document's host item. -->
  <xsl:param name="edition-titles" as="xs:string" required="yes"/>

  <!-- The date of the document's own text (JSON from triglot.library.document_date: dates, each
       with its point, and a qualifier); '{}' for the edition and an undated document. -->
  <xsl:param name="text-date" as="xs:string" select="'{}'"/>
  <!-- A title the editors devised for a document whose own is still to be supplied ("[Treaty,
       August 10, 1920]", triglot.devised_title), in the base language; "" for a titled one.
       Written as titleInfo supplied="yes": MODS's mark of a title not taken from the resource. -->
  <xsl:param name="devised-title" as="xs:string" select="''"/>
  <xsl:variable name="created" select="parse-json($text-date)" as="map(*)"/>

  <xsl:variable name="schema-location"
      select="'http://www.loc.gov/mods/v3 http://www.loc.gov/standards/mods/v3/mods-3-7.xsd'"/>

  <!-- What the records say of each language tag of the edition (ISO 639-2/B code, ISO 15924
       script), as JSON from triglot.library.languages: maintained data (pycountry, CLDR), not a
       table here, so that an edition in any language gets right records. -->
  <xsl:param name="languages" as="xs:string" select="'{}'"/>
  <xsl:variable name="language-data" select="parse-json($languages)" as="map(*)"/>

  <!-- ISO 15924 script of a language tag's text, when known. -->
  <xsl:function name="lib:script" as="xs:string?">
    <xsl:param name="lang" as="xs:string"/>
    <xsl:sequence select="$language-data($lang)?script[. instance of xs:string]"/>
  </xsl:function>

  <xsl:mode on-no-match="shallow-skip"/>
  <xsl:mode name="name" on-no-match="shallow-skip"/>
  <xsl:mode name="related" on-no-match="shallow-skip"/>

  <!-- One document. -->
  <xsl:template match="/tei:TEI">
    <mods version="3.7" xsi:schemaLocation="{$schema-location}">
      <xsl:apply-templates select="tei:teiHeader/tei:fileDesc" mode="record"/>
      <xsl:apply-templates select="tei:teiHeader/tei:profileDesc" mode="record"/>
      <relatedItem type="host">
        <xsl:variable name="titles" select="parse-json($edition-titles)" as="map(*)"/>
        <xsl:for-each select="($lib:base, sort(map:keys($titles))[. ne $lib:base])[map:contains($titles, .)]">
          <titleInfo lang="{lib:iso639-2b(.)}">
            <xsl:if test="position() gt 1"><xsl:attribute name="type" select="'translated'"/></xsl:if>
            <xsl:for-each select="lib:script(.)"><xsl:attribute name="script" select="."/></xsl:for-each>
            <title><xsl:value-of select="$titles(current())"/></title>
          </titleInfo>
        </xsl:for-each>
        <identifier type="uri"><xsl:value-of select="$edition-uri"/></identifier>
      </relatedItem>
      <xsl:apply-templates select="tei:teiHeader/tei:fileDesc/tei:sourceDesc/*" mode="related"/>
      <xsl:call-template name="record-info">
        <xsl:with-param name="id" select="string(@xml:id)"/>
      </xsl:call-template>
    </mods>
  </xsl:template>

  <!-- The edition as a whole: the corpus header, and each document as a constituent. -->
  <xsl:template match="/tei:teiCorpus">
    <mods version="3.7" xsi:schemaLocation="{$schema-location}">
      <xsl:apply-templates select="tei:teiHeader/tei:fileDesc" mode="record"/>
      <xsl:apply-templates select="tei:teiHeader/tei:profileDesc" mode="record"/>
      <xsl:for-each select="tei:TEI">
        <relatedItem type="constituent">
          <xsl:apply-templates select="tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[@type = 'main'][not(tei:gap)]" mode="record"/>
          <identifier type="uri">
            <xsl:value-of select="normalize-space(tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:idno[@type = 'URI'])"/>
          </identifier>
        </relatedItem>
      </xsl:for-each>
      <xsl:call-template name="record-info">
        <xsl:with-param name="id" select="'edition'"/>
      </xsl:call-template>
    </mods>
  </xsl:template>


  <!-- The document's own letter: its one correspDesc that describes the whole text (no @corresp to
       a part, as a quoted telegram has, or one to the base text itself: ENCODING's
       corresp="#DOC.en" for a single letter lost its addressee and place in MODS) and that the
       editors have reviewed (CMIF's rule). -->
  <xsl:function name="lib:own-letter" as="element()?">
    <xsl:param name="header" as="element()"/>
    <xsl:variable name="whole" select="$header/../tei:text/tei:body/tei:div[@type = 'base']/@xml:id ! concat('#', .)"/>
    <xsl:variable name="own" select="$header/tei:profileDesc/tei:correspDesc[not(@corresp) or normalize-space(@corresp) = $whole][not(tg:proposed(.))]"/>
    <xsl:sequence select="$own[count($own) = 1]"/>
  </xsl:function>

  <xsl:template match="tei:fileDesc" mode="record">
    <xsl:variable name="letter" select="lib:own-letter(ancestor::tei:teiHeader)"/>
    <xsl:variable name="from" select="$letter/tei:correspAction[@type = 'sent']/tei:placeName[not(tg:proposed(.))]"/>
    <xsl:apply-templates select="tei:titleStmt/tei:title[@type = 'main'][not(tei:gap)]" mode="record"/>
    <xsl:if test="$devised-title != '' and ancestor::tei:TEI[not(parent::tei:teiCorpus)]">
      <titleInfo supplied="yes" lang="{lib:iso639-2b($lib:base)}">
        <xsl:for-each select="lib:script($lib:base)"><xsl:attribute name="script" select="."/></xsl:for-each>
        <title><xsl:value-of select="$devised-title"/></title>
      </titleInfo>
    </xsl:if>
    <xsl:apply-templates select="tei:titleStmt/(tei:author | tei:editor | tei:respStmt)" mode="name"/>
    <!-- A letter's addressees, as CMIF gives them (MARC relator rcp). -->
    <xsl:apply-templates mode="name"
        select="$letter/tei:correspAction[@type = 'received']/(tei:persName | tei:orgName)[not(tg:proposed(.))]">
      <xsl:with-param name="role" select="('addressee', 'rcp')"/>
    </xsl:apply-templates>
    <typeOfResource>text</typeOfResource>
    <xsl:for-each select="distinct-values(ancestor::tei:teiHeader/tei:profileDesc/tei:textClass/tei:keywords/tei:term[not(tei:gap)] ! normalize-space(.))">
      <genre><xsl:value-of select="."/></genre>
    </xsl:for-each>
    <originInfo eventType="publication">
      <xsl:for-each select="tei:publicationStmt/tei:publisher">
        <publisher><xsl:value-of select="normalize-space(.)"/></publisher>
      </xsl:for-each>
      <xsl:for-each select="tei:publicationStmt/tei:date[@when]">
        <dateIssued encoding="w3cdtf">
          <!-- one key date a record: the text's own where it has one -->
          <xsl:if test="not(map:contains($created, 'dates'))"><xsl:attribute name="keyDate" select="'yes'"/></xsl:if>
          <xsl:value-of select="@when"/>
        </dateIssued>
      </xsl:for-each>
      <xsl:for-each select="tei:editionStmt/tei:edition">
        <edition><xsl:value-of select="string-join((@n, normalize-space(.))[.], ': ')"/></edition>
      </xsl:for-each>
    </originInfo>
    <!-- When the text itself was written (a letter of 1805), not when the edition published it. -->
    <xsl:if test="map:contains($created, 'dates') or exists($from)">
      <originInfo eventType="production">
        <!-- where a letter was written, as its correspDesc says -->
        <xsl:for-each select="$from">
          <place>
            <placeTerm type="text">
              <xsl:for-each select="lib:authority(lib:entry(@ref, .))">
                <xsl:attribute name="valueURI" select="."/>
              </xsl:for-each>
              <xsl:value-of select="normalize-space(.)"/>
            </placeTerm>
          </place>
        </xsl:for-each>
        <xsl:for-each select="array:flatten($created?dates)">
          <dateCreated encoding="w3cdtf">
            <xsl:if test="position() = 1"><xsl:attribute name="keyDate" select="'yes'"/></xsl:if>
            <xsl:if test="?point != ''"><xsl:attribute name="point" select="?point"/></xsl:if>
            <xsl:if test="$created?qualifier != ''"><xsl:attribute name="qualifier" select="$created?qualifier"/></xsl:if>
            <xsl:value-of select="?value"/>
          </dateCreated>
        </xsl:for-each>
      </originInfo>
    </xsl:if>
    <physicalDescription>
      <form authority="marcform">electronic</form>
      <internetMediaType>application/tei+xml</internetMediaType>
      <digitalOrigin>born digital</digitalOrigin>
    </physicalDescription>
    <xsl:for-each select="tei:titleStmt/tei:title[@type = 'desc']">
      <abstract lang="{lib:iso639-2b(@xml:lang)}"><xsl:value-of select="normalize-space(.)"/></abstract>
    </xsl:for-each>
    <xsl:for-each select="tei:publicationStmt/tei:idno[@type = 'URI']">
      <identifier type="uri"><xsl:value-of select="normalize-space(.)"/></identifier>
      <location><url usage="primary"><xsl:value-of select="normalize-space(.)"/></url></location>
    </xsl:for-each>
    <!-- one per licence; a public-domain source text's mark and the edition's licence beside it each
         name what they cover (displayLabel), the mark with its reason -->
    <xsl:for-each select="tei:publicationStmt/tei:availability/tei:licence">
      <accessCondition type="use and reproduction" xlink:href="{@target}">
        <xsl:for-each select="lib:licence-covers(.)">
          <xsl:attribute name="displayLabel" select="."/>
        </xsl:for-each>
        <xsl:value-of select="lib:licence-statement(.)"/>
      </accessCondition>
    </xsl:for-each>
  </xsl:template>

  <!-- The languages of the text, and a note saying what each one is (base text, draft translation). -->
  <xsl:template match="tei:profileDesc" mode="record">
    <xsl:variable name="read" select="lib:text-languages(ancestor::*[last()])"/>
    <xsl:for-each select="tei:langUsage/tei:language[@ident = $read]">
      <language>
        <languageTerm type="code" authority="rfc5646"><xsl:value-of select="@ident"/></languageTerm>
        <xsl:for-each select="lib:script(@ident)">
          <scriptTerm type="code" authority="iso15924"><xsl:value-of select="."/></scriptTerm>
        </xsl:for-each>
      </language>
    </xsl:for-each>
    <xsl:for-each select="lib:language-note(ancestor::*[last()])">
      <note type="language"><xsl:value-of select="."/></note>
    </xsl:for-each>
  </xsl:template>

  <!-- A title: the base language's first; titles in other languages are translated titles. -->
  <xsl:template match="tei:title" mode="record">
    <xsl:variable name="lang" select="(@xml:lang, ancestor-or-self::*[@xml:lang][1]/@xml:lang, $lib:base)[1]"/>
    <titleInfo lang="{lib:iso639-2b($lang)}">
      <xsl:if test="preceding-sibling::tei:title[@type = 'main']">
        <xsl:attribute name="type" select="'translated'"/>
      </xsl:if>
      <xsl:for-each select="lib:script($lang)"><xsl:attribute name="script" select="."/></xsl:for-each>
      <title><xsl:value-of select="normalize-space(.)"/></title>
    </titleInfo>
  </xsl:template>

  <!-- ISO 639-2/B code of a language tag, as MODS's lang attribute wants ("und" if unknown). -->
  <xsl:function name="lib:iso639-2b" as="xs:string">
    <xsl:param name="lang" as="xs:string?"/>
    <xsl:sequence select="($language-data(($lang, '')[1])?('iso639-2b'), 'und')[1]"/>
  </xsl:function>

  <!-- Persons and bodies responsible, with MARC relator roles. -->
  <xsl:template match="tei:author" mode="name">
    <xsl:apply-templates select="(tei:persName | tei:orgName | tei:name)" mode="name">
      <xsl:with-param name="role" select="('author', 'aut')"/>
    </xsl:apply-templates>
    <xsl:call-template name="lib:plain-name">
      <xsl:with-param name="role" select="('author', 'aut')"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:editor" mode="name">
    <xsl:variable name="role" select="if (@role = 'translator') then ('translator', 'trl')
                                      else if (@role = 'compiler') then ('compiler', 'com') else ('editor', 'edt')"/>
    <xsl:apply-templates select="(tei:persName | tei:orgName | tei:name)" mode="name">
      <xsl:with-param name="role" select="$role"/>
    </xsl:apply-templates>
    <xsl:call-template name="lib:plain-name">
      <xsl:with-param name="role" select="$role"/>
    </xsl:call-template>
  </xsl:template>

  <!-- An author or editor given as plain text ("<author>David R. Francis</author>", as an editor
       fills the gap triglot encode leaves there): a name of no stated type, its text one namePart
       (Dublin Core's creator has it; the MODS record had no name at all). A gap's description
       is no name. -->
  <xsl:template name="lib:plain-name">
    <xsl:param name="role" as="xs:string+"/>
    <xsl:variable name="text" select="normalize-space(string-join(.//text()[not(ancestor::tei:gap)], ''))"/>
    <xsl:if test="not(tei:persName | tei:orgName | tei:name) and $text != ''">
      <name>
        <namePart><xsl:value-of select="$text"/></namePart>
        <role>
          <roleTerm type="text" authority="marcrelator"><xsl:value-of select="$role[1]"/></roleTerm>
          <roleTerm type="code" authority="marcrelator"><xsl:value-of select="$role[2]"/></roleTerm>
        </role>
      </name>
    </xsl:if>
  </xsl:template>

  <!-- A translation's respStmt that no slot credits (@resp) is work still to do: encode writes it
       ahead for every translation language, and a new text's slots are all untranslated. -->
  <xsl:template match="tei:respStmt" mode="name">
    <xsl:variable name="resp" select="lower-case(normalize-space(tei:resp))"/>
    <xsl:variable name="id" select="string(@xml:id)"/>
    <xsl:apply-templates mode="name" select="(tei:persName | tei:orgName | tei:name)
        [not(contains($resp, 'translat') and $id != '' and
             not(ancestor::*[self::tei:TEI or self::tei:teiCorpus][1]//tei:text//@resp[tokenize(.) = '#' || $id]))]">
      <xsl:with-param name="role" select="if (contains($resp, 'translat')) then ('translator', 'trl')
                                          else ('editor', 'edt')"/>
      <xsl:with-param name="description" select="normalize-space(tei:resp)"/>
    </xsl:apply-templates>
  </xsl:template>

  <xsl:template match="tei:persName | tei:orgName | tei:name" mode="name">
    <xsl:param name="role" as="xs:string+"/>
    <xsl:param name="description" as="xs:string?"/>
    <xsl:variable name="entry" select="lib:entry(@ref, .)"/>
    <xsl:variable name="en" select="$entry/tei:persName[@xml:lang = $lib:base][not(@type = 'variant')][1]"/>
    <name type="{if (self::tei:persName) then 'personal' else 'corporate'}">
      <xsl:for-each select="lib:authority($entry)">
        <xsl:attribute name="valueURI" select="."/>
      </xsl:for-each>
      <xsl:choose>
        <xsl:when test="$en/tei:surname and $en/tei:forename">
          <namePart type="family"><xsl:value-of select="normalize-space($en/tei:surname)"/></namePart>
          <namePart type="given"><xsl:value-of select="string-join($en/(tei:forename | tei:nameLink) ! normalize-space(.), ' ')"/></namePart>
        </xsl:when>
        <xsl:otherwise>
          <namePart><xsl:value-of select="(lib:name($entry, $lib:base), normalize-space(.))[.][1]"/></namePart>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:for-each select="$entry/(tei:birth | tei:death)[@when]">
        <xsl:if test="position() = 1">
          <namePart type="date">
            <xsl:value-of select="string-join(($entry/tei:birth/@when, '')[1] || '/' || ($entry/tei:death/@when, '')[1])"/>
          </namePart>
        </xsl:if>
      </xsl:for-each>
      <xsl:if test="$description"><description><xsl:value-of select="$description"/></description></xsl:if>
      <role>
        <roleTerm type="text" authority="marcrelator"><xsl:value-of select="$role[1]"/></roleTerm>
        <roleTerm type="code" authority="marcrelator"><xsl:value-of select="$role[2]"/></roleTerm>
      </role>
    </name>
  </xsl:template>

  <!-- The text the edition was made from (a web page, a book), and the sources it names. -->
  <xsl:template match="tei:bibl" mode="related">
    <relatedItem type="original">
      <xsl:for-each select="tei:title[lib:said(.)][1]">
        <titleInfo>
          <xsl:for-each select="@xml:lang">
            <xsl:attribute name="lang" select="lib:iso639-2b(.)"/>
            <xsl:for-each select="lib:script(.)"><xsl:attribute name="script" select="."/></xsl:for-each>
          </xsl:for-each>
          <title><xsl:value-of select="lib:said(.)"/></title>
        </titleInfo>
      </xsl:for-each>
      <xsl:apply-templates select="tei:author | tei:editor" mode="name"/>
      <xsl:if test="(tei:publisher | tei:pubPlace)[lib:said(.)] | tei:date[@when]">
        <originInfo>
          <xsl:for-each select="tei:pubPlace[lib:said(.)]">
            <place><placeTerm type="text"><xsl:value-of select="lib:said(.)"/></placeTerm></place>
          </xsl:for-each>
          <xsl:for-each select="tei:publisher[lib:said(.)]">
            <publisher><xsl:value-of select="lib:said(.)"/></publisher>
          </xsl:for-each>
          <xsl:for-each select="tei:date[@when]">
            <dateIssued encoding="w3cdtf"><xsl:value-of select="@when"/></dateIssued>
          </xsl:for-each>
        </originInfo>
      </xsl:if>
      <xsl:for-each select="tei:biblScope">
        <part><detail type="{(@unit, 'part')[1]}"><number><xsl:value-of select="(@n, normalize-space(.))[1]"/></number></detail></part>
      </xsl:for-each>
      <xsl:for-each select="tei:note">
        <note><xsl:value-of select="normalize-space(.)"/></note>
      </xsl:for-each>
      <xsl:apply-templates select="tei:relatedItem/tei:bibl" mode="related"/>
    </relatedItem>
  </xsl:template>

  <!-- An archival original: what it is, where it is kept, its shelfmark and folios, its physical form. -->
  <xsl:template match="tei:msDesc" mode="related">
    <xsl:variable name="id" select="tei:msIdentifier"/>
    <relatedItem type="original" ID="{@xml:id}">
      <xsl:for-each select="tei:msContents/tei:msItem[1]/tei:title[1]">
        <titleInfo><title><xsl:value-of select="normalize-space(.)"/></title></titleInfo>
      </xsl:for-each>
      <xsl:apply-templates select="tei:msContents/tei:msItem/tei:author" mode="name"/>
      <typeOfResource manuscript="yes">text</typeOfResource>
      <xsl:if test="tei:physDesc/(tei:objectDesc/@form | tei:typeDesc | tei:handDesc | tei:additions)">
        <physicalDescription>
          <xsl:for-each select="tei:physDesc/tei:objectDesc/@form">
            <form type="object"><xsl:value-of select="."/></form>
          </xsl:for-each>
          <xsl:for-each select="tei:physDesc/(tei:typeDesc | tei:handDesc | tei:additions)">
            <note type="{local-name()}"><xsl:value-of select="normalize-space(.)"/></note>
          </xsl:for-each>
        </physicalDescription>
      </xsl:if>
      <location>
        <physicalLocation>
          <xsl:value-of select="string-join(($id/tei:repository, $id/tei:settlement, $id/tei:country) ! normalize-space(.), ', ')"/>
        </physicalLocation>
        <shelfLocator>
          <xsl:value-of select="string-join(($id/tei:idno ! (@type || ' ' || normalize-space(.)),
                                             tei:msContents/tei:msItem/tei:locus ! normalize-space(.)), ', ')"/>
        </shelfLocator>
      </location>
      <xsl:for-each select="tei:additional/tei:adminInfo/tei:note">
        <note><xsl:value-of select="normalize-space(.)"/></note>
      </xsl:for-each>
      <xsl:apply-templates select="tei:additional/tei:listBibl/tei:bibl" mode="related"/>
    </relatedItem>
  </xsl:template>

  <!-- What the record is and where it comes from. -->
  <xsl:template name="record-info">
    <xsl:param name="id" as="xs:string"/>
    <recordInfo>
      <recordContentSource>
        <xsl:value-of select="normalize-space((//tei:teiHeader)[1]/tei:fileDesc/tei:publicationStmt/tei:publisher)"/>
      </recordContentSource>
      <recordCreationDate encoding="w3cdtf"><xsl:value-of select="$record-date"/></recordCreationDate>
      <recordIdentifier><xsl:value-of select="$id"/></recordIdentifier>
      <recordOrigin>Generated by triglot export from the TEI header.</recordOrigin>
      <languageOfCataloging>
        <languageTerm type="code" authority="iso639-2b">eng</languageTerm>
      </languageOfCataloging>
    </recordInfo>
  </xsl:template>
</xsl:stylesheet>
