<?xml version="1.0" encoding="UTF-8"?>
<!--
  Shared by the library exports (Dublin Core, CMIF): looking up the register
  entry a psn:/plc: pointer names, its name in a language, and its authority URI.
  The lookup follows the document's own listPrefixDef, so the exports resolve a
  pointer exactly as the TEI header declares it.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:lib="https://w3id.org/triglot/ns/library"
    exclude-result-prefixes="#all">

  <!-- The folder (URI ending in /) holding persons.xml and places.xml beside the documents. -->
  <xsl:param name="register-folder" as="xs:string" required="yes"/>
  <!-- The edition's permanent-URL base: its own URLs are never authority URIs. -->
  <xsl:param name="edition-uri" as="xs:string" required="yes"/>

  <!-- GeoNames URIs the gazetteer found for places the register gives none ("id=uri" tokens;
       triglot.library.gazetteer): used only when the entry has no authority idno of its own. -->
  <xsl:param name="gazetteer" as="xs:string" select="''"/>

  <!-- What a header element says, without the instructions of the gaps encode leaves for the
       editor ("to be supplied by the editor: title of the source"): "" when it holds only a gap,
       so no record gives an instruction as a title, an author or a publisher (tei.still_to_supply). -->
  <xsl:function name="lib:said" as="xs:string">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="normalize-space(string-join($el//text()[not(ancestor::tei:gap)], ''))"/>
  </xsl:function>

  <!-- A licence's own words, its name, without its notes (what it covers, why the text is in the
       public domain: tei/ENCODING.md, "Files"): the record states the notes apart. Its words in its
       other children too: a name linked in a `ref` (the TEI Guidelines' examples) read from the text
       nodes alone was no name, and MODS and DC gave the reason where the mark's name stood. -->
  <xsl:function name="lib:licence-name" as="xs:string">
    <xsl:param name="licence" as="element(tei:licence)"/>
    <xsl:sequence select="normalize-space(string-join(for $n in $licence/(text() | *)
                          return if ($n/self::tei:note) then ' ' else string($n), ''))"/>
  </xsl:function>

  <!-- What a licence covers ("the source text (English), as received"), when the header says so:
       a public-domain source text's mark and the edition's licence beside it each say what is whose. -->
  <xsl:function name="lib:licence-covers" as="xs:string?">
    <xsl:param name="licence" as="element(tei:licence)"/>
    <xsl:sequence select="($licence/tei:note[@type = 'covers'] ! normalize-space(.))[. != ''][1]"/>
  </xsl:function>

  <!-- A licence's name and its reason ("Public Domain Mark 1.0. Published by …"), as a record states it. -->
  <xsl:function name="lib:licence-statement" as="xs:string">
    <xsl:param name="licence" as="element(tei:licence)"/>
    <xsl:sequence select="string-join((lib:licence-name($licence),
                          $licence/tei:note[@type = 'reason'] ! normalize-space(.))[. != ''], '. ')"/>
  </xsl:function>

  <!-- The languages a reader finds the text in (a teiCorpus: any of its texts): the base text's,
       and each translation's with a slot drafted or reviewed, as triglot.edition.slot_state reads
       @ana. A text encode has just made has every slot untranslated: a record naming those
       languages would send a harvester's readers to a text that is not there. -->
  <xsl:function name="lib:text-languages" as="xs:string*">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="divs" select="$tei/descendant-or-self::tei:TEI/tei:text/tei:body/tei:div"/>
    <xsl:sequence select="distinct-values($divs[@type = 'base' or @type = 'translation' and
        *[lib:slot-state(.) = ('draft', 'reviewed')]]/@xml:lang)"/>
  </xsl:function>

  <!-- What each language a reader finds the text in is (its langUsage: base text, translations),
       with the state of its translations in the header's own words: "(" the catDesc of each state
       its slots are in (draft, reviewed) ")". A langUsage says what a language is, not whether a
       translator has reviewed it: without the state a draft was catalogued as a translation. Empty
       when the header describes none of them. -->
  <xsl:function name="lib:language-note" as="xs:string?">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="read" select="lib:text-languages($tei)"/>
    <xsl:sequence select="string-join($tei/tei:teiHeader/tei:profileDesc/tei:langUsage
                            /tei:language[@ident = $read][normalize-space()]
                            ! string-join((normalize-space(.), lib:slot-states($tei, @ident)), ' '), '; ')[.]"/>
  </xsl:function>

  <xsl:function name="lib:slot-states" as="xs:string*">
    <xsl:param name="tei" as="element()"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:variable name="slots" select="$tei/descendant-or-self::tei:TEI/tei:text/tei:body
                                       /tei:div[@type = 'translation'][@xml:lang = $lang]/*"/>
    <xsl:for-each select="('draft', 'reviewed')">
      <xsl:variable name="state" select="."/>
      <xsl:for-each select="$slots[lib:slot-state(.) = $state][1]">
        <xsl:variable name="category" select="id(tokenize(@ana) ! substring-after(., '#'), .)[self::tei:category]"/>
        <xsl:sequence select="$category[1]/tei:catDesc ! ('(' || normalize-space(.) || ')')"/>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:function>

  <!-- A slot's state (untranslated, draft, reviewed) from its @ana, in a document as in the corpus
       file, where the shared category ids are prefixed with the document id ("#legran1920.draft",
       triglot.library.corpus): read unprefixed, a corpus had no drafted slot and the edition's
       record catalogued a trilingual edition as English only. -->
  <xsl:function name="lib:slot-state" as="xs:string?">
    <xsl:param name="slot" as="element()"/>
    <xsl:variable name="prefix" select="string($slot/ancestor::tei:TEI[1]/@xml:id) || '.'"/>
    <xsl:sequence select="(tokenize($slot/@ana) ! substring-after(., '#')
                           ! (if (starts-with(., $prefix)) then substring-after(., $prefix) else .))
                          [. = ('untranslated', 'draft', 'reviewed')][1]"/>
  </xsl:function>

  <!-- The register entry (person or place) that a pointer such as psn:chicherin names. -->
  <xsl:function name="lib:entry" as="element()?">
    <xsl:param name="ref" as="xs:string?"/>
    <xsl:param name="context" as="element()"/>
    <xsl:variable name="prefix" select="substring-before($ref, ':')"/>
    <xsl:variable name="rest" select="substring-after($ref, ':')"/>
    <xsl:variable name="def" select="($context/ancestor-or-self::tei:TEI[1]/tei:teiHeader
                                       //tei:prefixDef[@ident = $prefix])[1]"/>
    <xsl:if test="exists($def) and matches($rest, '^(?:' || $def/@matchPattern || ')$')">
      <xsl:variable name="target" as="xs:string"
          select="replace($rest, '^(?:' || $def/@matchPattern || ')$', $def/@replacementPattern)"/>
      <xsl:variable name="file" select="resolve-uri(substring-before($target, '#'), $register-folder)"/>
      <xsl:sequence select="doc($file)/id(substring-after($target, '#'))"/>
    </xsl:if>
  </xsl:function>

  <!-- The edition's base language: the language of the corpus (or document) transformed. -->
  <xsl:variable name="lib:base" as="xs:string" select="string(/*/@xml:lang)"/>

  <!-- The entry's name in $lang (not a variant), falling back to the base language; persons, places or organisations. -->
  <xsl:function name="lib:name" as="xs:string?">
    <xsl:param name="entry" as="element()?"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:variable name="names" select="$entry/(tei:persName | tei:placeName | tei:orgName)[not(@type = 'variant')]"/>
    <xsl:sequence select="($names[@xml:lang = $lang], $names[@xml:lang = $lib:base])[1] ! normalize-space(.)"/>
  </xsl:function>

  <!-- "Surname, Forename" for a person whose English name is structured, else the name. -->
  <xsl:function name="lib:sort-name" as="xs:string?">
    <xsl:param name="entry" as="element()?"/>
    <xsl:variable name="en" select="$entry/tei:persName[@xml:lang = $lib:base][not(@type = 'variant')][1]"/>
    <xsl:sequence select="if ($en/tei:surname and $en/tei:forename)
                          then normalize-space($en/tei:surname) || ', ' || string-join($en/(tei:forename | tei:nameLink) ! normalize-space(.), ' ')
                          else lib:name($entry, $lib:base)"/>
  </xsl:function>

  <!-- The entry's authority URI (GeoNames first for places), else the gazetteer's match, or nothing:
       never invented. -->
  <xsl:function name="lib:authority" as="xs:string?">
    <xsl:param name="entry" as="element()?"/>
    <xsl:variable name="uris" select="($entry/tei:idno[@type = 'GeoNames'], $entry/tei:idno)
                                      ! normalize-space(.)
                                      [matches(., '^https?://\S+$')][not(starts-with(., $edition-uri))]"/>
    <xsl:variable name="found" select="tokenize($gazetteer)[substring-before(., '=') = $entry/self::tei:place/@xml:id]"/>
    <xsl:sequence select="($uris, $found ! substring-after(., '='))[1]"/>
  </xsl:function>

  <!-- Elements of a correspAction that CMIF can carry (sent/received actions only). -->
  <xsl:variable name="lib:cmif-parts" as="xs:string+"
      select="('persName', 'orgName', 'roleName', 'placeName', 'date', 'note')"/>
</xsl:stylesheet>
